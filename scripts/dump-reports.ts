/**
 * Dumps the JSON reports of a built @attache/core over the evaluation releases and a fixed sample
 * of the pools, so a change that should not change any output (a cache, a faster loop) can be
 * checked for exactly that: dump before, dump after, compare.
 *
 *   tsx scripts/dump-reports.ts --out before.jsonl [--core DIR] [--reverse]   (DIR: a package directory with dist/)
 *   tsx scripts/dump-reports.ts --compare before.jsonl after.jsonl
 *
 * What is dumped: the 51 releases of ../shared/eval/press-releases (English and Russian), every
 * 20th item of the State Department pool and every 2nd of the kremlin.ru pool (≈ 200 items), as
 * plain text, then Markdown for the releases; the Russian ones once more after
 * `loadRussianMorphology()` (inflected replacements). Needs the evaluation material.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVAL_SKIP_NOTE, hasEval, isMain, readJsonl, releases } from './eval/corpus.js';

interface Core {
  analyze(text: string, options: { language: 'en' | 'ru'; format?: 'text' | 'markdown' }): unknown;
  /** Builds of core before issue 14 loaded compromise for English: an older one may have it. */
  loadEnglishTagger?(): Promise<unknown>;
  loadRussianMorphology(): Promise<unknown>;
}

interface Item {
  id: string;
  language: 'en' | 'ru';
  text: string;
  format: 'text' | 'markdown';
}

function items(): Item[] {
  const out: Item[] = [];
  for (const language of ['en', 'ru'] as const)
    for (const r of releases(language)) {
      out.push({ id: r.id, language, text: r.text, format: 'text' });
      out.push({ id: `${r.id}#md`, language, text: r.text, format: 'markdown' });
    }
  readJsonl<{ url: string; text: string }>('press-releases/pools/us_state_department_press_releases_2021_2022.jsonl')
    .filter((_, i) => i % 20 === 0)
    .forEach((d) => out.push({ id: d.url, language: 'en', text: d.text, format: 'text' }));
  readJsonl<{ url: string; title: string; place?: string; text_clean: string }>(
    'press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl',
  )
    .filter((_, i) => i % 2 === 0)
    .forEach((d) =>
      out.push({
        id: d.url,
        language: 'ru',
        text: `${d.title}\n\n${d.place ? `${d.place}\n\n` : ''}${d.text_clean}`,
        format: 'text',
      }),
    );
  return out;
}

export async function dump(coreDir: string | undefined, outFile: string, reverse = false): Promise<number> {
  const entry = coreDir ? pathToFileURL(join(resolve(coreDir), 'dist', 'index.js')).href : '@attache/core';
  const core = (await import(entry)) as Core;
  await core.loadEnglishTagger?.();
  const all = items();
  const lines: string[] = [];
  // Analysed in reverse order when asked (written in the same order): a cache keyed by less than
  // what decides its value would show as a difference.
  const run = (tag: string, list: Item[]): void => {
    const done = new Map<Item, string>();
    for (const it of reverse ? list.toReversed() : list)
      done.set(
        it,
        JSON.stringify({
          id: `${tag}${it.id}`,
          report: core.analyze(it.text, { language: it.language, format: it.format }),
        }),
      );
    for (const it of list) lines.push(done.get(it)!);
  };
  run('', all);
  await core.loadRussianMorphology();
  run(
    'morph:',
    all.filter((it) => it.language === 'ru'),
  );
  writeFileSync(outFile, `${lines.join('\n')}\n`);
  return lines.length;
}

/** The ids whose reports differ between two dumps (and ids present in one only). */
export function compare(a: string, b: string): string[] {
  const read = (f: string): Map<string, string> =>
    new Map(
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const { id } = JSON.parse(l) as { id: string };
          return [id, l] as const;
        }),
    );
  const x = read(a);
  const y = read(b);
  const ids = new Set([...x.keys(), ...y.keys()]);
  return [...ids].filter((id) => x.get(id) !== y.get(id));
}

if (isMain(import.meta.url)) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const cmp = process.argv.indexOf('--compare');
  if (cmp > 0) {
    const a = process.argv[cmp + 1]!;
    const b = process.argv[cmp + 2]!;
    const diff = compare(a, b);
    const n = readFileSync(a, 'utf8').split('\n').filter(Boolean).length;
    console.log(`${diff.length} of ${n} reports differ${diff.length ? `:\n${diff.slice(0, 20).join('\n')}` : ''}`);
    process.exitCode = diff.length ? 1 : 0;
  } else if (!hasEval()) {
    console.log(EVAL_SKIP_NOTE);
  } else {
    const out = arg('--out') ?? 'reports.jsonl';
    const n = await dump(arg('--core'), out, process.argv.includes('--reverse'));
    console.log(`${n} reports written to ${out}`);
  }
}
