/**
 * `--cache`: a file per result under `.attache-cache/`, keyed by a hash of the file's content,
 * every setting that shapes its analysis (format, language, locale, lint config, targets, fix)
 * and a fingerprint of the installed @attache/core and @attache/cli (versions plus the size and
 * time of every file in their dist/), so a rebuilt or upgraded analyser never serves stale results.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReportSchema } from '@attache/core';
import { z } from 'zod';
import { writeAtomic } from './atomic.js';
import { getLocale, m } from './messages.js';
import { toolFingerprint } from './fingerprint.js';
import type { Task, TaskResult } from './task.js';

export const DEFAULT_CACHE_DIR = '.attache-cache';
/** Version of the entry format: entries of another version are misses. */
const FORMAT = 2;

const TargetResultSchema = z.object({
  id: z.string(),
  limit: z.number(),
  actual: z.number().nullable(),
  met: z.boolean(),
  comparison: z.enum(['<=', '>=']),
});

/** What a cache file must hold to be used: anything else (another version, another key, a
 * truncated or hand-edited file, a report of the wrong shape) is a miss and is recomputed. */
const EntrySchema = z.object({
  attacheCache: z.literal(FORMAT),
  key: z.string(),
  result: z.object({
    report: ReportSchema,
    fixed: z
      .object({
        text: z.string(),
        applied: z.number().int().min(0),
        skipped: z.number().int().min(0),
        report: ReportSchema,
      })
      .optional(),
    policy: z
      .object({ met: z.boolean(), results: z.array(TargetResultSchema), failed: z.array(TargetResultSchema) })
      .optional(),
  }),
});

export class ResultCache {
  private readonly fingerprint: string;
  private made = false;
  hits = 0;
  misses = 0;
  /** Entries that were there but unusable, with the reason (shown with --verbose). */
  readonly rejected: string[] = [];

  constructor(private readonly dir: string) {
    this.fingerprint = toolFingerprint();
  }

  key(task: Task): string {
    const h = createHash('sha256');
    h.update(`attache-cache ${FORMAT} ${this.fingerprint}\n`);
    h.update(
      JSON.stringify([
        task.format,
        task.language,
        task.locale,
        task.lint,
        task.targets,
        task.fix,
        task.maxLength ?? null,
      ]),
    );
    h.update('\n');
    h.update(task.text);
    return h.digest('hex');
  }

  /** The stored result for `key`, if there is one that is whole and fits `task`. */
  get(key: string, task: Task): TaskResult | undefined {
    const p = this.path(key);
    let raw: string;
    try {
      raw = readFileSync(p, 'utf8');
    } catch {
      this.misses++;
      return undefined;
    }
    const why = (reason: string): undefined => {
      this.misses++;
      this.rejected.push(`${p}: ${reason}`);
      return undefined;
    };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return why(m('cache.notJson'));
    }
    const parsed = EntrySchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return why(
        m('cache.otherVersion', {
          // zod's own message is English: other languages get its issue code (a name).
          detail: issue
            ? `${issue.path.join('.') || m('cache.topLevel')}: ${getLocale() === 'en' ? issue.message : issue.code}`
            : m('cache.wrongShape'),
        }),
      );
    }
    if (parsed.data.key !== key) return why(m('cache.otherKey'));
    // The entry as stored, not zod's copy: that one drops the keys the schema does not list.
    const result = (data as { result: TaskResult }).result;
    // The report must be of this very text, and a fixed text must come with its own report.
    if (result.report!.length !== task.text.length) return why(m('cache.reportMismatch'));
    if (result.fixed && result.fixed.report.length !== result.fixed.text.length) return why(m('cache.fixedMismatch'));
    if (Object.keys(task.targets).length > 0 && !result.policy) return why(m('cache.noTargets'));
    this.hits++;
    return result;
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
      // Atomic: a concurrent run reads the old entry, the new one, or none; never half of one.
      // Not flushed to disk (fsync) for speed: after a power cut a torn entry fails validation
      // and is a miss.
      writeAtomic(p, JSON.stringify({ attacheCache: FORMAT, key, result }), { durable: false });
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }
}
