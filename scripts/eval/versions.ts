/**
 * `pnpm eval versions`: composes every audience's versions of the 35 English and 16 Russian
 * releases and of a seeded sample of 100 pool items (80 State Department, 20 kremlin.ru,
 * transcripts included), each with its title as the press officer's document has it, and prints: the share meeting their audience's targets, the share of
 * parts within their channel's limits, and what the verifier found (altered facts, changed
 * attributions, edited quotes, dropped hedges, placeholders).
 */
import { compose, CHANNELS, postLength, type ChannelId } from '../../packages/audiences/src/compose/index.js';
import { loadRussianMorphology } from '@attache/core';
import { isMain, readJsonl, releases } from './corpus.js';

const RUNS: Array<['youth' | 'rural' | 'foreign', ChannelId]> = [
  ['youth', 'x'],
  ['youth', 'bluesky'],
  ['youth', 'instagram'],
  ['rural', 'notice'],
  ['rural', 'sms'],
  ['rural', 'radio'],
  ['foreign', 'plain'],
];

/** A fixed sample: a linear congruential generator seeded with 12. */
function sample<T>(xs: readonly T[], n: number, seed = 12): T[] {
  let s = seed;
  const idx = new Set<number>();
  const want = Math.min(n, xs.length);
  // `s % length` reads the generator's low bits, whose period is short when the length has a
  // large power-of-two factor (200 items: the draw can cycle without ever reaching `want`). The
  // published samples were drawn so and stay as they are; past a bound of draws, the rest is
  // taken from the high bits, which always end.
  for (let draws = 0; idx.size < want && draws < 100 * want; draws++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    idx.add(s % xs.length);
  }
  while (idx.size < want) {
    s = (s * 1103515245 + 12345) % 2147483648;
    let i = Math.floor((s / 2147483648) * xs.length);
    while (idx.has(i)) i = (i + 1) % xs.length;
    idx.add(i);
  }
  return [...idx].sort((a, b) => a - b).map((i) => xs[i]!);
}

/** A release as its press officer holds it: the title, then the text. */
const withTitle = (r: { text: string; title?: string }): string => (r.title ? `${r.title}\n\n${r.text}` : r.text);

interface Row {
  set: string;
  audience: string;
  channel: ChannelId;
  met: boolean;
  partsOk: boolean;
  counts: Record<string, number>;
  /** Each target's figure and whether it was met. */
  targets: Array<{ id: string; value: number; met: boolean }>;
  empty: boolean;
  ms: number;
}

export async function evaluate(): Promise<void> {
  // as the CLI and the Payload plugin do before a Russian text: the splitter's gerunds and the
  // plain words' inflection need the OpenCorpora dictionary
  await loadRussianMorphology();
  const sets: Array<[string, string[]]> = [
    ['en releases (35)', releases('en').map(withTitle)],
    ['ru releases (16)', releases('ru').map(withTitle)],
    [
      'pool sample (100)',
      [
        ...sample(
          readJsonl<{ title: string; text: string; url: string }>(
            'press-releases/pools/us_state_department_press_releases_2021_2022.jsonl',
          ),
          80,
        ).map((p) => `${p.title}\n\n${p.text}\n\n${p.url}`),
        ...sample(
          readJsonl<{ title: string; text_clean: string; url: string }>(
            'press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl',
          ),
          20,
        ).map((p) => `${p.title}\n\n${p.text_clean}\n\n${p.url}`),
      ],
    ],
  ];
  // VERSIONS_SETS=en,ru,pool runs only the sets whose name starts with one of these words
  const only = (process.env.VERSIONS_SETS ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  // on request only (VERSIONS_SETS=kremlin): 30 kremlin.ru pool items of up to 1,200 words (news
  // items, no long transcripts), held out from the Russian work, which fits on the 16 releases
  // (the README's dev set); seeded apart from the sample above
  if (only.includes('kremlin'))
    sets.push([
      'kremlin pool (30)',
      sample(
        readJsonl<{ title: string; text_clean: string; url: string }>(
          'press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl',
        ).filter((p) => p.text_clean.split(/\s+/).length <= 1200),
        30,
        2026,
      ).map((p) => `${p.title}\n\n${p.text_clean}\n\n${p.url}`),
    ]);
  const chosen = sets.filter(([name]) => only.length === 0 || only.some((o) => name.startsWith(o)));
  const rows: Row[] = [];
  for (const [set, texts] of chosen) {
    for (const text of texts) {
      for (const [audience, channel] of RUNS) {
        const t0 = performance.now();
        const v = compose(text, { audience, channel });
        const ms = performance.now() - t0;
        const ch = CHANNELS[channel];
        const partsOk = v.parts.every(
          (p) =>
            (ch.maxChars ? postLength(p, ch) <= ch.maxChars : true) &&
            (ch.maxWords ? p.split(/\s+/).length <= ch.maxWords + 12 : true),
        );
        rows.push({
          set,
          audience,
          channel,
          met: v.parts.length > 0 && v.targets.every((t) => t.met),
          partsOk,
          counts: v.verification.counts,
          targets: v.targets.map((t) => ({ id: t.id, value: t.value, met: t.met })),
          empty: v.parts.length === 0,
          ms,
        });
      }
    }
  }
  console.log('\n## versions (compose): targets, channel limits, verifier');
  console.log(
    '| set | audience/channel | versions | empty | targets met | parts within limits | altered facts | attributions | edited quotes | hedges | placeholders | ms (median) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)}%`);
  for (const [set] of chosen) {
    for (const [audience, channel] of RUNS) {
      const rs = rows.filter((r) => r.set === set && r.audience === audience && r.channel === channel);
      const sum = (k: string): number => rs.reduce((s, r) => s + (r.counts[k] ?? 0), 0);
      const ms = rs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(rs.length / 2)] ?? 0;
      console.log(
        `| ${set} | ${audience}/${channel} | ${rs.length} | ${rs.filter((r) => r.empty).length} | ${pct(rs.filter((r) => r.met).length, rs.length)} | ${pct(rs.filter((r) => r.partsOk).length, rs.length)} | ${sum('altered-fact')} | ${sum('attribution')} | ${sum('edited-quote')} | ${sum('modality')} | ${sum('placeholder')} | ${ms.toFixed(0)} |`,
      );
    }
  }
  console.log('\n### targets missed (share of versions missing each, and the median figure)');
  console.log('| set | audience/channel | missed: target share (median) |');
  console.log('|---|---|---|');
  for (const [set] of chosen) {
    for (const [audience, channel] of RUNS) {
      const rs = rows.filter((r) => r.set === set && r.audience === audience && r.channel === channel && !r.empty);
      const ids = [...new Set(rs.flatMap((r) => r.targets.map((t) => t.id)))];
      const cells = ids
        .map((id) => {
          const ts = rs.map((r) => r.targets.find((t) => t.id === id)!).filter(Boolean);
          const vals = ts.map((t) => t.value).sort((a, b) => a - b);
          const missed = ts.filter((t) => !t.met).length;
          return missed === 0 ? '' : `${id} ${pct(missed, ts.length)} (${vals[Math.floor(vals.length / 2)]})`;
        })
        .filter(Boolean);
      console.log(`| ${set} | ${audience}/${channel} | ${cells.join(', ') || 'none'} |`);
    }
  }
  console.log(
    'Targets (compose/targets.ts, sources there): youth grade ≤ 9, formality ≤ 60 (briefing answers ≈ 58; Russian ≤ 64, the President’s spoken turns ≈ 61), ≤ 12 words a sentence; rural grade ≤ 8, ≤ 15 words average, none over 25; foreign grade ≤ 10, no idioms, acronyms spelled out, dates unambiguous.',
  );
}

if (isMain(import.meta.url)) await evaluate();
