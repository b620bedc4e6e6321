/**
 * Rewrite fuzz: mutated real releases through `rewrite(…, { accept: 'safe' })` for every
 * audience, looking for lock verdicts that contradict themselves (issue 15, item 4):
 *
 * - UNCHANGED-REFUSED: the rewrite returned the input unchanged, yet its final meaning lock or
 *   hygiene check failed (a text checked against itself must pass);
 * - NOT-REFLEXIVE: the lock fails when the output is checked against itself;
 * - UNTRACED-LOSS: a quoted passage of the input (curly, guillemet or straight quotes; its words,
 *   whitespace collapsed) is missing from the output, no applied proposal touched it, and the
 *   lock still passed.
 *
 * Mutations (seeded, reproducible): characters deleted, duplicated and inserted; markup
 * fragments; NUL; lone surrogates; bidi marks; ZWJ; straight and curly quote marks; names glued
 * to URLs, times and dates. Inputs: the evaluation releases when ../shared is there
 * (scripts/eval/corpus.ts), else the samples in examples/samples.
 *
 * `tsx scripts/fuzz-rewrite.ts [--count N] [--seed S] [--audience youth|rural|foreign]`
 * (default 5,000 per audience) prints the figures and exits with 1 on any violation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  audiences,
  checkMeaning,
  extractFacts,
  rewrite,
  type AudienceId,
  type RewriteResult,
} from '../packages/audiences/src/index.js';
import { hasEval, isMain, releases } from './eval/corpus.js';

export interface Violation {
  kind: 'unchanged-refused' | 'not-reflexive' | 'untraced-loss';
  audience: AudienceId;
  seed: number;
  detail: string;
  input: string;
}

export interface FuzzResult {
  audience: AudienceId;
  inputs: number;
  changed: number;
  unchanged: number;
  refusedProposals: number;
  violations: Violation[];
}

/** mulberry32: a small seeded PRNG, so a violation can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '<p>',
  '</p>',
  '<b>',
  '**',
  '# ',
  '- ',
  '> ',
  '[x](http://y)',
  '\u0000',
  '\uD83D',
  '\uDE00',
  '\u200F',
  '\u202E',
  '\u2066',
  '\u200D',
  '"',
  '"',
  '“',
  '”',
  '«',
  '»',
  "'",
  'J.https://x.org',
  'U9:30',
  'ДНРMarch 12, 2026',
  ' 3.5%',
  ' $2 million',
  '\n\n',
  '. ',
];

/** One mutated copy of `text`: 1–6 edits. */
export function mutate(text: string, random: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(random() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (t.length + 1));
    const op = random();
    if (op < 0.25 && t.length > 0) {
      const len = 1 + Math.floor(random() * 8);
      t = t.slice(0, at) + t.slice(at + len);
    } else if (op < 0.45 && t.length > 0) {
      const len = 1 + Math.floor(random() * 40);
      t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at);
    } else if (op < 0.6) {
      const c = String.fromCharCode(0x20 + Math.floor(random() * 0x5f));
      t = t.slice(0, at) + c + t.slice(at);
    } else {
      const f = FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!;
      t = t.slice(0, at) + f + t.slice(at);
    }
  }
  return t;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The quoted passages of `text` with their spans (the lock's own extraction). */
function quotedPassages(text: string): { inner: string; start: number; end: number }[] {
  return extractFacts(text)
    .filter((f) => f.kind === 'quote')
    .map((f) => ({ inner: f.key, start: f.start, end: f.end }));
}

function loadTexts(): string[] {
  if (hasEval()) return [...releases('en'), ...releases('ru')].map((r) => r.text);
  const dir = fileURLToPath(new URL('../examples/samples/', import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The self-contradictions in one rewrite result of `input`. */
export function verdicts(
  audience: AudienceId,
  input: string,
  result: Pick<RewriteResult, 'text' | 'lock' | 'hygiene' | 'applied'>,
  seed: number,
): Violation[] {
  const v: Violation[] = [];
  const push = (kind: Violation['kind'], detail: string): void => void v.push({ kind, audience, seed, detail, input });
  const changed = result.text !== input;
  if (!changed && (!result.lock.ok || !result.hygiene.ok)) {
    push(
      'unchanged-refused',
      `lock ${result.lock.ok ? 'ok' : JSON.stringify({ lost: result.lock.lost, altered: result.lock.altered, added: result.lock.added })}, hygiene ${result.hygiene.ok ? 'ok' : 'failed'}`,
    );
  }
  const self = checkMeaning(result.text, result.text);
  if (!self.ok) push('not-reflexive', JSON.stringify({ lost: self.lost, altered: self.altered, added: self.added }));
  if (changed && result.lock.ok) {
    const out = norm(result.text);
    const outQuotes = new Set(quotedPassages(result.text).map((q) => q.inner));
    for (const q of quotedPassages(input)) {
      if (outQuotes.has(q.inner) || out.includes(q.inner)) continue;
      // Traced: an applied proposal of the first round overlaps it, or a later one's original
      // text lies in it or holds it.
      const traced = result.applied.some((p) => {
        if (p.pass === 0) return p.start < q.end && q.start < p.end;
        const o = norm(p.original);
        return o.length > 0 && (q.inner.includes(o) || o.includes(q.inner));
      });
      if (!traced) push('untraced-loss', `quote ${JSON.stringify(q.inner.slice(0, 120))} is gone, and the lock passed`);
    }
  }
  return v;
}

/** Rewrites one input for `audience` and checks the result. */
export function checkOne(
  audience: AudienceId,
  input: string,
  seed: number,
): { violations: Violation[]; changed: boolean; refused: number } {
  const result = rewrite(input, { audience: audiences[audience] });
  return {
    violations: verdicts(audience, input, result, seed),
    changed: result.text !== input,
    refused: result.rejected.length,
  };
}

export function fuzzRewrite(options: { count: number; seed?: number; audiences?: AudienceId[] }): FuzzResult[] {
  const texts = loadTexts();
  const seed0 = options.seed ?? 1;
  const out: FuzzResult[] = [];
  for (const audience of options.audiences ?? (['youth', 'rural', 'foreign'] as AudienceId[])) {
    const r: FuzzResult = { audience, inputs: 0, changed: 0, unchanged: 0, refusedProposals: 0, violations: [] };
    for (let i = 0; i < options.count; i++) {
      const seed = seed0 + i;
      const random = rng(seed);
      const input = mutate(texts[Math.floor(random() * texts.length)]!, random);
      const one = checkOne(audience, input, seed);
      r.inputs++;
      if (one.changed) r.changed++;
      else r.unchanged++;
      r.refusedProposals += one.refused;
      r.violations.push(...one.violations);
    }
    out.push(r);
  }
  return out;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(opt('--count') ?? 5000);
  const seed = Number(opt('--seed') ?? 1);
  const only = opt('--audience') as AudienceId | undefined;
  const t0 = performance.now();
  const results = fuzzRewrite({ count, seed, ...(only ? { audiences: [only] } : {}) });
  let total = 0;
  for (const r of results) {
    total += r.violations.length;
    const by = (k: Violation['kind']): number => r.violations.filter((v) => v.kind === k).length;
    console.log(
      `${r.audience.padEnd(8)} ${r.inputs} mutated releases: ${r.changed} rewritten, ${r.unchanged} unchanged, ` +
        `${r.refusedProposals} proposals refused; self-contradicting verdicts: ${r.violations.length} ` +
        `(unchanged-refused ${by('unchanged-refused')}, not-reflexive ${by('not-reflexive')}, untraced-loss ${by('untraced-loss')})`,
    );
    for (const v of r.violations.slice(0, 5)) console.log(`  ${v.kind} seed ${v.seed}: ${v.detail}`);
  }
  console.log(
    `${((performance.now() - t0) / 1000).toFixed(1)} s; inputs from ${hasEval() ? 'the evaluation releases' : 'examples/samples'}.`,
  );
  process.exitCode = total > 0 ? 1 : 0;
}
