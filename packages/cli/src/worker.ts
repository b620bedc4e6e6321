/** Worker thread: runs tasks sent by the pool, one message in, one message out. */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './task.js';

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
port.on('message', (msg: { id: number; task: Task }) => {
  port.postMessage({ id: msg.id, result: runTask(msg.task) });
});
