/**
 * The lint precision harness: a seeded sample of findings over the English and Russian releases
 * and pools, labelled useful / not useful by hand (rules in `lint-labels/LABELLING.md`), and the
 * precision per rule and language those labels give on the current code.
 *
 * A label is keyed by what survives small offset changes: document id + rule + matched text +
 * the sentence it sits in (whitespace collapsed) + the n-th such occurrence. A labelled finding
 * the current code no longer reports leaves the measure (it is printed as "gone"); a finding the
 * current code reports in a sampled document with no label is printed as "unlabelled".
 *
 *   tsx scripts/eval/lint-precision.ts draw --seed 7 --en 160 --ru 140 --out FILE   (a new sample;
 *     --exclude A,B skips the documents of earlier samples, --set state-pool draws from one set)
 *   tsx scripts/eval/lint-precision.ts show FILE [--from N] [--to M]                (read it to label)
 *   tsx scripts/eval/lint-precision.ts label FILE LABELS                            (apply "N y|n note" lines)
 *   tsx scripts/eval/lint-precision.ts extend FILE                                  (add the sampled documents' new findings, unlabelled; flag stale labels)
 *   tsx scripts/eval/lint-precision.ts score FILE...                                (precision now)
 *   tsx scripts/eval/lint-precision.ts silenced --seed 7 --n 40 --exclude FILES     (what speech and agreed text silence, as TSV)
 *
 * `extend` keeps a sample current as the rules change: a finding the code now reports in a
 * sampled document with no label is appended with `useful: null` (to label with `show
 * --unlabelled` and `label`), and a label whose finding the code no longer reports is marked
 * `stale: true` (kept, so it counts again if the finding comes back; `score` leaves it out either
 * way); a label whose finding now comes with other suggestions or another fix is marked
 * `recheck: true` (`show --recheck`) with the new ones stored. Only a dev sample is extended while tuning; a held-out sample is extended and labelled
 * once the rules are fixed, before it is scored.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze, loadRussianMorphology } from '../../packages/core/src/index.js';
import type { Finding } from '../../packages/core/src/schema.js';
import { isMain, readJsonl, releases } from './corpus.js';

export type Lang = 'en' | 'ru';

export interface Doc {
  id: string;
  lang: Lang;
  /** Where it comes from: the 51 releases, or a pool. */
  set: 'releases' | 'state-pool' | 'kremlin-pool';
  text: string;
}

export interface Key {
  doc: string;
  rule: string;
  actual: string;
  sentence: string;
  /** 0 for the first finding with this doc/rule/actual/sentence, 1 for the next… */
  n: number;
}

export interface Labelled {
  key: Key;
  lang: Lang;
  set: Doc['set'];
  message: string;
  suggestions: string[];
  fix?: string;
  /** true = useful, false = not useful, null = not yet labelled. */
  useful: boolean | null;
  note?: string;
  /** The code no longer reports this finding (set by `extend`; cleared when it comes back). */
  stale?: boolean;
  /** Added by `extend` after the draw (not part of the seeded sample). */
  added?: boolean;
  /** The code now offers other suggestions or another fix than when this row was labelled (set
   * by `extend`, with the new ones stored): label it again. */
  recheck?: boolean;
}

/** Every document of the three sets, with a stable id. */
export function allDocs(): Doc[] {
  const out: Doc[] = [];
  for (const lang of ['en', 'ru'] as const)
    for (const r of releases(lang)) out.push({ id: `rel:${lang}/${r.id}`, lang, set: 'releases', text: r.text });
  // A pool item is read with its title, as the page and the press officer's document have it: the
  // title is where "Joint Statement on …" says that the text is agreed (anatomy), and it is no
  // sentence of the prose.
  for (const row of readJsonl<{ url: string; title: string; text: string }>(
    'press-releases/pools/us_state_department_press_releases_2021_2022.jsonl',
  ))
    out.push({ id: `state:${slug(row.url)}`, lang: 'en', set: 'state-pool', text: `${row.title}\n\n${row.text}` });
  for (const row of readJsonl<{ url: string; text_clean: string }>(
    'press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl',
  ))
    out.push({ id: `kremlin:${slug(row.url)}`, lang: 'ru', set: 'kremlin-pool', text: row.text_clean });
  return out;
}

function slug(url: string): string {
  return url.replace(/\/+$/, '').split('/').pop() ?? url;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The sentence of a finding in the report (the whole text when none holds it). */
function sentenceOf(text: string, sentences: { start: number; end: number }[], f: Finding): string {
  const s = sentences.find((x) => x.start <= f.start && f.end <= x.end);
  return squash(s ? text.slice(s.start, s.end) : text.slice(Math.max(0, f.start - 200), f.end + 200));
}

/** The findings of a document with their keys. */
export function keyed(doc: Doc): { key: Key; f: Finding }[] {
  const r = analyze(doc.text, { language: doc.lang });
  const count = new Map<string, number>();
  return r.findings.map((f) => {
    const sentence = sentenceOf(doc.text, r.sentences, f);
    const base = `${f.ruleId}\u0000${f.actual}\u0000${sentence}`;
    const n = count.get(base) ?? 0;
    count.set(base, n + 1);
    return { key: { doc: doc.id, rule: f.ruleId, actual: squash(f.actual), sentence, n }, f };
  });
}

export const keyString = (k: Key): string => [k.doc, k.rule, k.actual, k.sentence, k.n].join('\u0001');

/** A small seeded generator (mulberry32). */
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

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * Draws a sample: documents in seeded order, at most `perDoc` findings from each (seeded), until
 * `want[lang]` findings are drawn. Documents listed in `exclude` (an earlier sample) are skipped,
 * so a held-out sample shares no document with the one the rules were tuned on.
 */
export function draw(
  seed: number,
  want: Record<Lang, number>,
  exclude: Set<string>,
  perDoc = 4,
  sets?: ReadonlySet<Doc['set']>,
): Labelled[] {
  const rand = rng(seed);
  const out: Labelled[] = [];
  for (const lang of ['en', 'ru'] as const) {
    const docs = shuffle(
      allDocs().filter((d) => d.lang === lang && !exclude.has(d.id) && (!sets || sets.has(d.set))),
      rand,
    );
    let got = 0;
    for (const doc of docs) {
      if (got >= want[lang]) break;
      const picked = shuffle(keyed(doc), rand).slice(0, Math.min(perDoc, want[lang] - got));
      for (const { key, f } of picked) {
        out.push({
          key,
          lang,
          set: doc.set,
          message: f.message,
          suggestions: f.suggestions,
          ...(f.fix ? { fix: f.fix.text } : {}),
          useful: null,
        });
        got++;
      }
    }
  }
  return out;
}

/**
 * Findings the default configuration drops because they lie in speech or agreed text, drawn from
 * the Russian pool items outside `exclude` (documents in seeded order, at most two findings each):
 * TSV lines of document, rule, words, region (kind/how found/speaker) and sentence.
 */
export function silenced(seed: number, n: number, exclude: Set<string>): string[] {
  const rand = rng(seed);
  const docs = shuffle(
    allDocs().filter((d) => d.set === 'kremlin-pool' && !exclude.has(d.id)),
    rand,
  );
  const out: string[] = [];
  for (const d of docs) {
    if (out.length >= n) break;
    const r = analyze(d.text, { language: 'ru', lint: { verbatim: 'suggest' } });
    for (const f of shuffle(r.findings, rand).slice(0, Math.min(2, n - out.length))) {
      const reg = r.regions.find(
        (x) => (x.kind === 'speech' || x.kind === 'agreed-text') && x.start <= f.start && f.end <= x.end,
      );
      const where = reg ? `${reg.kind}/${reg.by ?? ''}/${reg.speaker ?? ''}` : 'none';
      out.push([d.id, f.ruleId, squash(f.actual), where, sentenceOf(d.text, r.sentences, f)].join('\t'));
    }
  }
  return out;
}

export function readSample(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);
}

function writeSample(file: string, rows: Labelled[]): void {
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

export interface Score {
  /** Per language, per rule: [useful, total] among labelled findings the code still reports. */
  perRule: Map<string, [number, number]>;
  gone: number;
  unlabelled: { lang: Lang; key: Key; message: string }[];
}

/** Scores labelled samples against the current code. */
export function score(rows: Labelled[]): Score {
  const docs = new Map(allDocs().map((d) => [d.id, d]));
  const byDoc = new Map<string, Labelled[]>();
  for (const r of rows) {
    let a = byDoc.get(r.key.doc);
    if (!a) byDoc.set(r.key.doc, (a = []));
    a.push(r);
  }
  const perRule = new Map<string, [number, number]>();
  let gone = 0;
  const unlabelled: Score['unlabelled'] = [];
  for (const [id, labelled] of byDoc) {
    const doc = docs.get(id);
    if (!doc) throw new Error(`labelled document ${id} is not in the evaluation material`);
    const now = new Map(keyed(doc).map((x) => [keyString(x.key), x]));
    for (const l of labelled) {
      if (l.useful === null) continue;
      if (!now.has(keyString(l.key))) {
        gone++;
        continue;
      }
      for (const k of [`${l.lang}\u0000${l.key.rule}`, `${l.lang}\u0000*`]) {
        const c = perRule.get(k) ?? [0, 0];
        c[1]++;
        if (l.useful) c[0]++;
        perRule.set(k, c);
      }
    }
    const known = new Set(labelled.filter((l) => l.useful !== null).map((l) => keyString(l.key)));
    for (const [k, x] of now) if (!known.has(k)) unlabelled.push({ lang: doc.lang, key: x.key, message: x.f.message });
  }
  return { perRule, gone, unlabelled };
}

/**
 * Brings a sample up to date with the code: new findings in its documents appended unlabelled,
 * labels of findings the code no longer reports marked stale. Returns the counts.
 */
export function extend(rows: Labelled[]): { added: number; stale: number; recheck: number } {
  const docs = new Map(allDocs().map((d) => [d.id, d]));
  const ids = [...new Set(rows.map((r) => r.key.doc))];
  const have = new Map(rows.map((r) => [keyString(r.key), r]));
  let added = 0;
  let stale = 0;
  let recheck = 0;
  for (const id of ids) {
    const doc = docs.get(id);
    if (!doc) throw new Error(`labelled document ${id} is not in the evaluation material`);
    const now = keyed(doc);
    const present = new Map(now.map((x) => [keyString(x.key), x.f]));
    for (const r of rows)
      if (r.key.doc === id) {
        const f = present.get(keyString(r.key));
        if (f) {
          delete r.stale;
          if (JSON.stringify(f.suggestions) !== JSON.stringify(r.suggestions) || f.fix?.text !== r.fix) {
            r.suggestions = f.suggestions;
            if (f.fix) r.fix = f.fix.text;
            else delete r.fix;
            r.message = f.message;
            if (r.useful !== null) {
              r.recheck = true;
              recheck++;
            }
          }
        } else {
          r.stale = true;
          stale++;
        }
      }
    for (const { key, f } of now) {
      if (have.has(keyString(key))) continue;
      const row: Labelled = {
        key,
        lang: doc.lang,
        set: doc.set,
        message: f.message,
        suggestions: f.suggestions,
        ...(f.fix ? { fix: f.fix.text } : {}),
        useful: null,
        added: true,
      };
      rows.push(row);
      have.set(keyString(key), row);
      added++;
    }
  }
  return { added, stale, recheck };
}

export function printScore(title: string, s: Score): void {
  console.log(`\n### ${title}`);
  for (const lang of ['en', 'ru'] as const) {
    const all = s.perRule.get(`${lang}\u0000*`) ?? [0, 0];
    const pct = (c: [number, number]): string => (c[1] ? ((100 * c[0]) / c[1]).toFixed(1) + '%' : '—');
    console.log(`${lang}: precision ${pct(all)} (${all[0]}/${all[1]} useful)`);
    const rules = [...s.perRule.entries()]
      .filter(([k]) => k.startsWith(lang + '\u0000') && !k.endsWith('\u0000*'))
      .sort((a, b) => b[1][1] - a[1][1]);
    for (const [k, c] of rules)
      console.log(`  ${k.split('\u0000')[1]!.padEnd(28)} ${pct(c).padStart(6)}  ${c[0]}/${c[1]}`);
  }
  console.log(
    `labelled findings the code no longer reports (stale): ${s.gone}; findings in sampled documents with no label: ${s.unlabelled.length}` +
      (s.unlabelled.length ? ' (`lint-precision.ts extend` adds them to label)' : ''),
  );
}

function show(rows: Labelled[], from: number, to: number, only?: 'unlabelled' | 'stale' | 'recheck'): void {
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const r = rows[i]!;
    if (only === 'unlabelled' && (r.useful !== null || r.stale)) continue;
    if (only === 'stale' && !r.stale) continue;
    if (only === 'recheck' && !r.recheck) continue;
    const sug = r.suggestions.length ? ` → ${r.suggestions.slice(0, 3).join(' | ')}` : '';
    const { actual, sentence } = r.key;
    const mark = r.useful === null ? '' : r.useful ? ' y' : ` n ${r.note ?? ''}`;
    let head = `#${i}${r.stale ? ' STALE' : ''}${r.recheck ? ' RECHECK' : ''} [${r.lang} ${r.key.rule}${mark}] `;
    if (actual === sentence) {
      const words = actual.split(' ').length;
      head += `(${words}w) ${/grade [\d.]+/.exec(r.message)?.[0] ?? ''} ${actual.length > 260 ? actual.slice(0, 260) + '…' : actual}`;
    } else {
      const at = sentence.indexOf(actual);
      const a = Math.max(0, at - 110);
      const b = at < 0 ? 240 : at + actual.length + 110;
      const ctx = sentence.slice(a, b).replace(actual, `[[${actual}]]`);
      head += `«${actual}»${sug}${r.fix ? ' (FIX)' : ''} :: ${a > 0 ? '…' : ''}${ctx}${b < sentence.length ? '…' : ''}`;
    }
    console.log(head);
  }
}

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

if (isMain(import.meta.url)) {
  await loadRussianMorphology();
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === 'draw') {
    const exclude = new Set<string>();
    const ex = arg('--exclude');
    if (ex) for (const f of ex.split(',')) for (const r of readSample(f)) exclude.add(r.key.doc);
    const only = arg('--set');
    const rows = draw(
      Number(arg('--seed', '1')),
      { en: Number(arg('--en', '150')), ru: Number(arg('--ru', '150')) },
      exclude,
      4,
      only ? new Set(only.split(',') as Doc['set'][]) : undefined,
    );
    writeSample(arg('--out')!, rows);
    console.log(`${rows.length} findings drawn`);
  } else if (cmd === 'show') {
    const only = process.argv.includes('--unlabelled')
      ? 'unlabelled'
      : process.argv.includes('--stale')
        ? 'stale'
        : process.argv.includes('--recheck')
          ? 'recheck'
          : undefined;
    show(readSample(rest[0]!), Number(arg('--from', '0')), Number(arg('--to', '100000')), only);
  } else if (cmd === 'extend') {
    const rows = readSample(rest[0]!);
    const { added, stale, recheck } = extend(rows);
    writeSample(rest[0]!, rows);
    console.log(
      `${added} new findings added unlabelled; ${stale} labels stale (the code no longer reports them); ${recheck} to label again (other suggestions or fix: show --recheck)`,
    );
  } else if (cmd === 'label') {
    const rows = readSample(rest[0]!);
    for (const line of readFileSync(rest[1]!, 'utf8').split('\n')) {
      const m = /^#?(\d+)\s+([yn])\b\s*(.*)$/.exec(line.trim());
      if (!m) continue;
      const row = rows[Number(m[1])];
      if (!row) throw new Error(`no row ${m[1]}`);
      row.useful = m[2] === 'y';
      delete row.recheck;
      if (m[3]) row.note = m[3];
      else delete row.note;
    }
    writeSample(rest[0]!, rows);
    console.log(`${rows.filter((r) => r.useful !== null).length}/${rows.length} labelled`);
  } else if (cmd === 'score') {
    for (const f of rest) printScore(f, score(readSample(f)));
  } else if (cmd === 'silenced') {
    // What the default configuration silences as speech or agreed text, in documents of no sample:
    // a seeded draw of the findings those documents would carry with `verbatim: 'suggest'`, printed
    // as TSV to judge whether each sentence is really someone else's words (LABELLING.md, rule 1).
    const exclude = new Set<string>();
    for (const f of (arg('--exclude') ?? '').split(',').filter(Boolean))
      for (const r of readSample(f)) exclude.add(r.key.doc);
    for (const row of silenced(Number(arg('--seed', '1')), Number(arg('--n', '40')), exclude)) console.log(row);
  } else {
    console.error('usage: lint-precision.ts draw|show|label|extend|score|silenced …');
    process.exit(2);
  }
}
