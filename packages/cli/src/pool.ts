/**
 * Runs tasks across threads: the main thread always takes part (it has @attache/core loaded and
 * warm already), and `n - 1` helpers join it: worker threads, or child processes in a run started
 * from the startup snapshot (Node 20 cannot start a worker thread there: its process.cwd() fails). `auto` uses one thread per core, but only
 * when there are enough files to repay each worker's start-up (loading @attache/core and warming
 * its JIT again): see scripts/bench-cli.ts for the measurement behind AUTO_MIN_TASKS.
 */
import { availableParallelism, loadavg } from 'node:os';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { distFile, inSnapshot } from './paths.js';
import type { Task, TaskResult } from './task.js';

/** Below this many files to analyze, `--concurrency auto` stays in the main thread. */
export const AUTO_MIN_TASKS = 200;
/** Tasks queued per worker, so that it never waits while the main thread analyses a file. */
const IN_FLIGHT = 4;

export type Concurrency = 'auto' | 'off' | number;

/**
 * How many threads, the main one included, a run of `n` tasks uses (1 = the main thread alone).
 * `auto` counts only idle cores (like `make -l`): a helper on a core that other processes keep
 * busy costs its start-up and wins nothing (measured: scripts/bench-cli.ts).
 */
export function threadCount(
  concurrency: Concurrency,
  n: number,
  cores = availableParallelism(),
  load = loadavg()[0] ?? 0,
): number {
  if (concurrency === 'off' || n <= 1) return 1;
  if (concurrency === 'auto') {
    if (cores < 2 || n < AUTO_MIN_TASKS) return 1;
    const idle = Math.floor(cores - load);
    return Math.max(1, Math.min(cores, idle));
  }
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

  const workers: Helper[] = [];
  // Shared with the helpers' event handlers.
  const state: { failure: Error | undefined; outstanding: number } = { failure: undefined, outstanding: 0 };
  let wake: (() => void) | undefined;
  const feed = (w: Helper): void => {
    if (next >= tasks.length || state.failure) return;
    const id = next++;
    state.outstanding++;
    w.send({ id, task: tasks[id]! });
  };
  for (let i = 0; i < threads - 1; i++) {
    const w = startHelper({
      message: (msg) => {
        results[msg.id] = msg.result;
        state.outstanding--;
        finished();
        feed(w);
        wake?.();
      },
      failed: (err) => {
        if (state.outstanding > 0) state.failure ??= err;
        wake?.();
      },
    });
    workers.push(w);
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

interface Helper {
  send(msg: { id: number; task: Task }): void;
  terminate(): Promise<unknown>;
}

interface HelperEvents {
  message(msg: { id: number; result: TaskResult }): void;
  failed(err: Error): void;
}

/** A worker thread, or (from the startup snapshot) a child process running the same worker.js. */
function startHelper(on: HelperEvents): Helper {
  const script = distFile('./worker.js');
  if (inSnapshot()) {
    const child = fork(fileURLToPath(script), [], {
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (msg) => on.message(msg as { id: number; result: TaskResult }));
    child.on('error', (err) => on.failed(err));
    child.on('exit', (code, signal) => on.failed(new Error(`a helper process stopped (${signal ?? `code ${code}`})`)));
    return {
      send: (msg) => void child.send(msg),
      terminate: () =>
        new Promise<void>((resolveExit) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolveExit();
          child.once('exit', () => resolveExit());
          child.kill();
        }),
    };
  }
  const w = new Worker(script);
  w.on('message', (msg: { id: number; result: TaskResult }) => on.message(msg));
  w.on('error', (err) => on.failed(err));
  w.on('exit', (code) => on.failed(new Error(`a worker thread stopped with code ${code}`)));
  return {
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window
    send: (msg) => w.postMessage(msg),
    terminate: () => w.terminate(),
  };
}
