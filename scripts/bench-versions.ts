/**
 * Time per version: `compose` on the deterministic path (no model), for ~600-word State Department
 * releases, every channel of every audience. Issue 12's target: ≤ 50 ms a version. Printed, not
 * asserted. Part of `pnpm bench`; alone: `tsx scripts/bench-versions.ts`, which also times the
 * kremlin.ru pool's releases of 570–630 words in Russian, with core's dictionary loaded as
 * `prepare()` loads it for a Russian text.
 */
import { loadRussianMorphology } from '../packages/core/src/index.js';
import { CHANNELS, compose, type ChannelId } from '../packages/audiences/src/index.js';
import { isMain, readJsonl } from './eval/corpus.js';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function benchVersions(docs: readonly string[], runs = 5, language: 'en' | 'ru' = 'en'): void {
  console.log(
    `\n## Time per version (compose, deterministic, ${docs.length} ${language === 'ru' ? 'Russian ' : ''}releases of 570–630 words; target ≤ 50 ms)\n`,
  );
  // warm-up: the first compose loads dictionaries and compiles patterns
  for (const d of docs.slice(0, 2))
    for (const id of Object.keys(CHANNELS))
      compose(d, { audience: CHANNELS[id as ChannelId].audience, channel: id as ChannelId, language });
  const all: number[] = [];
  for (const id of Object.keys(CHANNELS) as ChannelId[]) {
    const c = CHANNELS[id];
    const per: number[] = [];
    for (const d of docs) {
      const xs: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        compose(d, { audience: c.audience, channel: id, language });
        xs.push(performance.now() - t0);
      }
      per.push(median(xs));
    }
    all.push(...per);
    console.log(
      `${`${c.audience}/${id}`.padEnd(26)} median ${median(per).toFixed(1).padStart(6)} ms   max ${Math.max(...per)
        .toFixed(1)
        .padStart(6)} ms`,
    );
  }
  const over = all.filter((x) => x > 50).length;
  console.log(
    `${'all versions'.padEnd(26)} median ${median(all).toFixed(1).padStart(6)} ms   max ${Math.max(...all)
      .toFixed(1)
      .padStart(6)} ms   ${over} of ${all.length} over 50 ms`,
  );
}

if (isMain(import.meta.url)) {
  const pool = readJsonl<{ text: string; words: number }>(
    'press-releases/pools/us_state_department_press_releases_2021_2022.jsonl',
  );
  benchVersions(
    pool
      .filter((d) => d.words >= 570 && d.words <= 630)
      .slice(0, 20)
      .map((d) => d.text),
  );
  const kremlin = readJsonl<{ title: string; place?: string; text_clean: string; words: number }>(
    'press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl',
  );
  await loadRussianMorphology();
  benchVersions(
    kremlin
      .filter((d) => d.words >= 570 && d.words <= 630)
      .slice(0, 20)
      .map((d) => `${d.title}\n\n${d.place ? `${d.place}\n\n` : ''}${d.text_clean}`),
    5,
    'ru',
  );
}
