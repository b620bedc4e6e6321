/**
 * The worker's compromise against compromise/two. The worker's build answers core's
 * `compromise/two` with `src/compromise-two.ts`: compromise assembled from its own modules without
 * the plugins core never uses, its lexicon front-coded (vite.config.ts, `compromiseForWorker`).
 * This builds that module with the plugin and checks that it is compromise/two for everything
 * core does with it: the same model (every word list and tag, key order included), the same
 * compute steps, the same tags for every word of real texts, and the same lint findings from
 * core. The texts: the English fixtures always; with the evaluation material also its English
 * releases and the first 300 State Department pool items (`ATTACHE_TAGGER_POOL=all`: all of them).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as CoreModule from '../../../packages/core/src/index.js';
import { EVAL_SKIP_NOTE, hasEval, readJsonl, releases } from '../../../scripts/eval/corpus.js';
import { decodeFrontCoded, encodeFrontCoded } from '../src/front-coded.js';
import { compromiseForWorker } from '../vite.config.js';
import { ROOT } from './harness.js';

type Core = typeof CoreModule;
type Tagger = Parameters<Core['provideEnglishTagger']>[0];

const out = mkdtempSync(join(tmpdir(), 'attache-tagger-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [compromiseForWorker()],
  build: {
    outDir: out,
    emptyOutDir: true,
    lib: { entry: join(ROOT, 'src', 'compromise-two.ts'), formats: ['es'], fileName: 'compromise-two' },
  },
});
const trimmed = ((await import(pathToFileURL(join(out, 'compromise-two.js')).href)) as { default: Tagger }).default;
// compromise/two as core loads it in Node: its own one-file build, an instance of its own.
const twoModule = createRequire(join(ROOT, '../../packages/core/package.json'))('compromise/two') as {
  default?: Tagger;
} & Tagger;
const two = twoModule.default ?? twoModule;

/** JSON with RegExps, Sets and Maps spelled out and functions named only, key order kept. */
const dump = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x instanceof RegExp
      ? `/${x.source}/${x.flags}`
      : x instanceof Set
        ? { set: [...(x as Set<unknown>)] }
        : x instanceof Map
          ? { map: [...(x as Map<unknown, unknown>)] }
          : typeof x === 'function'
            ? 'function'
            : x,
  );

/** A document's terms (text, whitespace, tags…); a term's `id` is random per run and left out. */
const terms = (nlp: Tagger, text: string): unknown[] =>
  nlp(text).docs.flatMap((sentence) =>
    sentence.map((t) => ({ pre: t.pre, text: t.text, post: t.post, tags: [...(t.tags ?? [])] })),
  );

function texts(): { label: string; text: string }[] {
  const fixtures = releases('en', 'fixtures').map((d) => ({ label: `fixture ${d.id}`, text: d.text }));
  if (!hasEval()) {
    console.log(`[tagger] the English releases and the State Department pool ${EVAL_SKIP_NOTE}`);
    return fixtures;
  }
  const pool = readJsonl<{ text: string }>(
    'press-releases/pools/us_state_department_press_releases_2021_2022.jsonl',
  ).map((d, i) => ({ label: `pool item ${i}`, text: d.text }));
  return [
    ...fixtures,
    ...releases('en').map((d) => ({ label: `release ${d.id}`, text: d.text })),
    ...(process.env['ATTACHE_TAGGER_POOL'] === 'all' ? pool : pool.slice(0, 300)),
  ];
}

/** A fresh instance of core (its caches its own) that tags English with `nlp`. */
async function coreWith(nlp: Tagger): Promise<Core> {
  vi.resetModules();
  const core = (await import('../../../packages/core/src/index.js')) as Core;
  core.provideEnglishTagger(nlp);
  return core;
}

describe('front coding', () => {
  it('round-trips sorted word lists, prefixes longer than 35 characters and the empty word among them', () => {
    const long = 'a'.repeat(40);
    const lists = [
      [],
      [''],
      ['', 'a', 'ab', 'abc', 'abd', 'b'],
      ['abate', 'abated', 'abbey'],
      [long, `${long}b`, `${long}c`],
      ["o'clock", 'über', '€'],
    ];
    for (const words of lists) expect(decodeFrontCoded(encodeFrontCoded(words))).toEqual(words);
    expect(encodeFrontCoded(['abate', 'abated', 'abbey'])).toBe('0abate,5d,2bey');
    expect(() => encodeFrontCoded(['b', 'a'])).toThrow(/not sorted/);
    expect(() => encodeFrontCoded(['a,b'])).toThrow(/separator/);
  });
});

describe("the worker's compromise (src/compromise-two.ts) against compromise/two", () => {
  it('has the same model, key order included, and runs the same steps', () => {
    expect(trimmed).not.toBe(two);
    expect(dump(trimmed.model()) === dump(two.model()), 'the model differs from compromise/two').toBe(true);
    expect(trimmed.hooks()).toEqual(two.hooks());
    const steps = (nlp: Tagger): string[] => Object.keys((nlp.world() as { compute: object }).compute);
    expect(steps(trimmed)).toEqual(steps(two));
    // What it leaves out are methods core never calls.
    const methods = (nlp: Tagger): string[] =>
      Object.keys(nlp).concat(Object.getOwnPropertyNames(Object.getPrototypeOf(nlp('x')) as object));
    const missing = methods(two).filter((m) => !methods(trimmed).includes(m));
    expect(missing.sort()).toEqual(['autoFill', 'buildTrie', 'compile', 'lazy', 'lookup', 'swap', 'typeahead'].sort());
  });

  // Two taggings and two analyses per text, about 0.2 s on this project's machine: a second per
  // text leaves room for a loaded one (the default 60 s would not do for 345 texts, nor all 2,070).
  const all = texts();
  it(
    'tags every word as compromise/two, and core finds the same',
    { timeout: 60_000 + all.length * 1_000 },
    async () => {
      const coreTrimmed = await coreWith(trimmed);
      const coreTwo = await coreWith(two);
      // Two instances of core, each with its own tagger (and its own caches of the lexicon).
      expect(coreTrimmed.analyze).not.toBe(coreTwo.analyze);
      let words = 0;
      for (const { label, text } of all) {
        const a = terms(trimmed, text);
        expect(a, `tags of ${label}`).toEqual(terms(two, text));
        words += a.length;
        const options = { language: 'en' as const };
        const found = coreTrimmed.analyze(text, options).findings;
        expect(found, `findings of ${label}`).toEqual(coreTwo.analyze(text, options).findings);
      }
      console.log(`[tagger] ${all.length} texts, ${words} words: the same tags and the same findings`);
      expect(all.length).toBeGreaterThanOrEqual(10);
    },
  );
});
