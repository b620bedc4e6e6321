/**
 * Runs tasks across threads: the main thread always takes part (it has @attache/core loaded and
 * warm already), and `n - 1` worker threads join it. `auto` uses one thread per core, but only
 * when there are enough files to repay each worker's start-up (loading @attache/core and warming
 * its JIT again): see scripts/bench-cli.ts for the measurement behind AUTO_MIN_TASKS.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { distFile } from './paths.js';
import type { Task, TaskResult } from './task.js';

/** Below this many files to analyze, `--concurrency auto` stays in the main thread. */
export const AUTO_MIN_TASKS = 200;
/** Tasks queued per worker, so that it never waits while the main thread analyses a file. */
const IN_FLIGHT = 4;

export type Concurrency = 'auto' | 'off' | number;

/** How many threads, the main one included, a run of `n` tasks uses (1 = the main thread alone). */
export function threadCount(concurrency: Concurrency, n: number, cores = availableParallelism()): number {
  if (concurrency === 'off' || n <= 1) return 1;
  if (concurrency === 'auto') return cores < 2 || n < AUTO_MIN_TASKS ? 1 : cores;
  return Math.max(1, Math.min(concurrency, n));
}

export async function runTasks(
  tasks: readonly Task[],
  concurrency: Concurrency,
  onDone: (done: number) => void = () => {},
): Promise<TaskResult[]> {
  const { runTask } = await import('./task.js');
  const threads = threadCount(concurrency, tasks.length);
  const results: TaskResult[] = [];
  let next = 0;
  let done = 0;
  const finished = (): void => {
    done++;
    onDone(done);
  };
  if (threads === 1) {
    for (; next < tasks.length; next++) {
      results[next] = runTask(tasks[next]!);
      finished();
    }
    return results;
  }

  const workers: Worker[] = [];
  // Shared with the workers' event handlers.
  const state: { failure: Error | undefined; outstanding: number } = { failure: undefined, outstanding: 0 };
  let wake: (() => void) | undefined;
  const feed = (w: Worker): void => {
    if (next >= tasks.length || state.failure) return;
    const id = next++;
    state.outstanding++;
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window
    w.postMessage({ id, task: tasks[id] });
  };
  for (let i = 0; i < threads - 1; i++) {
    const w = new Worker(distFile('./worker.js'));
    workers.push(w);
    w.on('message', (msg: { id: number; result: TaskResult }) => {
      results[msg.id] = msg.result;
      state.outstanding--;
      finished();
      feed(w);
      wake?.();
    });
    w.on('error', (err) => {
      state.failure ??= err;
      wake?.();
    });
    w.on('exit', (code) => {
      if (code !== 0 && state.outstanding > 0) state.failure ??= new Error(`a worker thread stopped with code ${code}`);
      wake?.();
    });
    for (let k = 0; k < IN_FLIGHT; k++) feed(w);
  }
  try {
    // The main thread takes the next task whenever it is free, yielding between tasks so that
    // the workers' messages are handled and their queues refilled.
    while (next < tasks.length && !state.failure) {
      const id = next++;
      results[id] = runTask(tasks[id]!);
      finished();
      await new Promise<void>((r) => setImmediate(r));
    }
    while (state.outstanding > 0 && !state.failure) await new Promise<void>((r) => (wake = r));
    if (state.failure) throw state.failure;
    return results;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
