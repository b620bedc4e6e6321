import { t } from './i18n.js';
import type { RunRequest, VersionsRequest, WorkerMessage } from './protocol.js';

type Listener = { onMessage: (m: WorkerMessage) => void; onError: (message: string) => void };

/** The page's side of the analysis worker: numbered requests, every message to one listener.
 * It is made before the page renders, so that the worker's script loads while the page starts;
 * messages that arrive before a listener is attached wait for it. */
export class AnalysisClient {
  private readonly worker: Worker;
  private id = 0;
  private listener: Listener | undefined;
  private queue: (() => void)[] = [];

  constructor() {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'attache-analysis' });
    this.worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
      if (e.data.type === 'ready') performance.mark('attache:worker-ready');
      this.deliver((l) => l.onMessage(e.data));
    });
    this.worker.addEventListener('error', (e: ErrorEvent) =>
      this.deliver((l) => l.onError(e.message || t('errorCode.worker'))),
    );
  }

  private deliver(fn: (l: Listener) => void): void {
    if (this.listener) fn(this.listener);
    else this.queue.push(() => fn(this.listener!));
  }

  listen(listener: Listener): void {
    this.listener = listener;
    for (const fn of this.queue.splice(0)) fn();
  }

  /** Sends a request and returns its id; the worker answers only the newest. */
  run(req: Omit<RunRequest, 'type' | 'id'>): number {
    const id = ++this.id;
    this.worker.postMessage({ type: 'run', id, ...req } satisfies RunRequest, []);
    return id;
  }

  private versionsId = 0;

  /** Asks for a version (versions view); the worker answers only the newest such request. */
  versions(req: Omit<VersionsRequest, 'type' | 'id'>): number {
    const id = ++this.versionsId;
    this.worker.postMessage({ type: 'versions', id, ...req } satisfies VersionsRequest, []);
    return id;
  }
}
