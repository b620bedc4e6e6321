/**
 * `--cache`: a file per result under `.attache-cache/`, keyed by a hash of the file's content,
 * every setting that shapes its analysis (format, language, locale, lint config, targets, fix)
 * and a fingerprint of the installed @attache/core and @attache/cli (versions plus the size and
 * time of every file in their dist/), so a rebuilt or upgraded analyser never serves stale results.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toolFingerprint } from './fingerprint.js';
import type { Task, TaskResult } from './task.js';

export const DEFAULT_CACHE_DIR = '.attache-cache';
const FORMAT = 1;

export class ResultCache {
  private readonly fingerprint: string;
  private made = false;
  hits = 0;
  misses = 0;

  constructor(private readonly dir: string) {
    this.fingerprint = toolFingerprint();
  }

  key(task: Task): string {
    const h = createHash('sha256');
    h.update(`attache-cache ${FORMAT} ${this.fingerprint}\n`);
    h.update(JSON.stringify([task.format, task.language, task.locale, task.lint, task.targets, task.fix]));
    h.update('\n');
    h.update(task.text);
    return h.digest('hex');
  }

  get(key: string): TaskResult | undefined {
    try {
      const r = JSON.parse(readFileSync(this.path(key), 'utf8')) as TaskResult;
      this.hits++;
      return r;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  set(key: string, result: TaskResult): void {
    if (result.error) return;
    const p = this.path(key);
    try {
      if (!this.made) {
        mkdirSync(this.dir, { recursive: true });
        this.made = true;
      }
      mkdirSync(dirname(p), { recursive: true });
      const tmp = `${p}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(result));
      renameSync(tmp, p);
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }
}
