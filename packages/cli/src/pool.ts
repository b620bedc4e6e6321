/**
 * Runs tasks in the main thread or across worker threads. `auto` uses workers only when there
 * are enough files to repay each worker's start-up (loading @attache/core again): see
 * scripts/bench-cli.ts for the measurement behind AUTO_MIN_TASKS.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './task.js';

/** Below this many files to analyze, `--concurrency auto` stays in the main thread. */
export const AUTO_MIN_TASKS = 40;
/** Tasks in flight per worker, so a worker never waits for the main thread between files. */
const IN_FLIGHT = 2;

export type Concurrency = 'auto' | 'off' | number;

/** How many workers a run of `n` tasks uses (0 = the main thread). */
export function workerCount(concurrency: Concurrency, n: number, cores = availableParallelism()): number {
  if (concurrency === 'off' || n === 0) return 0;
  if (concurrency === 'auto') {
    if (cores < 2 || n < AUTO_MIN_TASKS) return 0;
    return Math.min(cores, Math.ceil(n / 20));
  }
  return Math.min(concurrency, n);
}

export async function runTasks(
  tasks: readonly Task[],
  concurrency: Concurrency,
  onDone: (done: number) => void = () => {},
): Promise<TaskResult[]> {
  const workers = workerCount(concurrency, tasks.length);
  if (workers === 0) {
    const { runTask } = await import('./task.js');
    const out: TaskResult[] = [];
    for (const t of tasks) {
      out.push(runTask(t));
      onDone(out.length);
    }
    return out;
  }
  return runInWorkers(tasks, workers, onDone);
}

function runInWorkers(tasks: readonly Task[], size: number, onDone: (done: number) => void): Promise<TaskResult[]> {
  const results = new Array<TaskResult>(tasks.length);
  let next = 0;
  let done = 0;
  const pool: Worker[] = [];
  return new Promise<TaskResult[]>((resolvePromise, rejectPromise) => {
    let failed = false;
    const finish = (err?: Error): void => {
      if (failed) return;
      if (err) failed = true;
      void Promise.all(pool.map((w) => w.terminate())).then(() => (err ? rejectPromise(err) : resolvePromise(results)));
    };
    const feed = (w: Worker): void => {
      if (next >= tasks.length) return;
      const id = next++;
      w.postMessage({ id, task: tasks[id] });
    };
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url));
      pool.push(w);
      w.on('message', (msg: { id: number; result: TaskResult }) => {
        results[msg.id] = msg.result;
        done++;
        onDone(done);
        if (done === tasks.length) finish();
        else feed(w);
      });
      w.on('error', (err) => finish(err));
      w.on('exit', (code) => {
        if (code !== 0 && done < tasks.length) finish(new Error(`a worker thread stopped with code ${code}`));
      });
      for (let k = 0; k < IN_FLIGHT; k++) feed(w);
    }
  });
}
