/**
 * Every threshold of the audiences names ids of core's source registry, and every id resolves:
 * the targets of the three audiences, the version targets of `compose` and the channel limits.
 */
import { citeSource, isSource } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { audiences, CHANNELS, VERSION_TARGETS } from '../src/index.js';

const rows: [string, readonly string[]][] = [
  ...Object.values(audiences).flatMap((a) =>
    Object.entries(a.targetSources).map(([k, t]) => [`${a.id} target ${k}`, t!.sources] as [string, string[]]),
  ),
  ...Object.entries(VERSION_TARGETS).flatMap(([a, ts]) =>
    ts.flatMap((t) => [
      [`${a} version target ${t.id}`, t.sources] as [string, string[]],
      ...(t.ru ? [[`${a} version target ${t.id} (ru)`, t.ru.sources] as [string, string[]]] : []),
    ]),
  ),
  ...Object.values(CHANNELS).map((c) => [`channel ${c.id}`, c.sources] as [string, string[]]),
];

describe('threshold sources', () => {
  it.each(rows)('%s names registry ids that resolve', (_name, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(isSource(id), `unknown source "${id}"`).toBe(true);
  });
  it('every target of every audience has its sources, cited from the registry', () => {
    for (const a of Object.values(audiences))
      for (const k of Object.keys(a.targets)) {
        const t = a.targetSources[k as keyof typeof a.targets];
        expect(t, `${a.id} ${k}`).toBeDefined();
        expect(t!.source).toBe(t!.sources.map((id) => citeSource(id)).join('; '));
        expect(t!.note.length).toBeGreaterThan(5);
      }
  });
  it('an unknown id is caught (the check can fail)', () => {
    expect(isSource('no-such-source')).toBe(false);
  });
});
