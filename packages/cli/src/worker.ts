/**
 * The helper of pool.ts: runs the tasks it is sent, one message in, one message out. In a worker
 * thread it talks through parentPort; in a child process (runs started from the startup
 * snapshot) through process.send.
 */
import { parentPort } from 'node:worker_threads';
import { ensureRussianMorphology, mayBeRussian } from './morph.js';
import { runTask, type Task } from './task.js';

type Message = { id: number; task: Task };

/** Ready for `task`: the Russian dictionary loaded when the text may be Russian (morph.ts). */
async function ready(task: Task): Promise<void> {
  if (mayBeRussian(task.text, task.language)) await ensureRussianMorphology();
}

const port = parentPort;
if (port) {
  port.on('message', (msg: Message) => {
    void ready(msg.task).then(() => {
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a MessagePort, not a window
      port.postMessage({ id: msg.id, result: runTask(msg.task) });
    });
  });
} else if (process.send) {
  process.on('message', (msg: Message) => {
    void ready(msg.task).then(() => process.send!({ id: msg.id, result: runTask(msg.task) }));
  });
  process.on('disconnect', () => process.exit(0));
} else {
  throw new Error('worker.js runs as a worker thread or a forked process of attache');
}
