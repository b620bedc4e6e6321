/**
 * Sentence segmentation of the real press releases in the evaluation material (35 English: State
 * Department, White House, Kremlin, GOV.UK; 16 Russian: kremlin.ru), or of the fixtures in
 * test/fixtures/releases when it is absent (10 English, 7 Russian). The text of a
 * file starts after its first blank line (the header lines before it are metadata).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasEval, releasesDir } from '../../../scripts/eval/corpus.js';
import { extractProse } from '../src/source/index.js';
import { segmentSentences } from '../src/text/segment.js';

interface Release {
  file: string;
  body: string;
  sentences: string[];
  /** For each sentence: the block it lies in. */
  blockOf: number[];
}

function load(lang: 'en' | 'ru'): Release[] {
  const dir = releasesDir(lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      const body = raw.slice(raw.indexOf('\n\n') + 2);
      const p = extractProse(body, 'text');
      const spans = segmentSentences(p.text, p.blocks, lang);
      return {
        file,
        body,
        sentences: spans.map((s) => body.slice(s.start, s.end)),
        blockOf: spans.map((s) => p.blocks.findIndex((b) => b.start <= s.start && s.end <= b.end)),
      };
    });
}

const en = load('en');
const ru = load('ru');

/** Pairs of consecutive sentences in the same block: [end of the first, start of the next]. */
function joints(r: Release): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < r.sentences.length; i++) {
    if (r.blockOf[i] === r.blockOf[i + 1]) out.push([r.sentences[i]!, r.sentences[i + 1]!]);
  }
  return out;
}

describe('real press releases', () => {
  it('has all the files', () => {
    expect(en).toHaveLength(hasEval() ? 35 : 10);
    expect(ru).toHaveLength(hasEval() ? 16 : 7);
  });

  it('segments every release into sentences inside blocks', () => {
    for (const r of [...en, ...ru]) {
      expect(r.sentences.length, r.file).toBeGreaterThan(0);
      for (const [i, s] of r.sentences.entries()) {
        expect(r.blockOf[i], `${r.file}: ${s}`).toBeGreaterThanOrEqual(0);
        expect(s, r.file).toBe(s.trim());
        expect(s, r.file).toMatch(/[\p{L}\p{N}]/u);
      }
    }
  });

  it('never ends an English sentence after U.S., a title or an initial', () => {
    const bad = /(?:\bU\.S\.|\bU\.K\.|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Lt|Gen|No)\.|(?<![\p{L}.])\p{Lu}\.)$/u;
    const found: string[] = [];
    for (const r of en)
      for (const [a, b] of joints(r)) if (bad.test(a)) found.push(`${r.file}: …${a.slice(-40)} | ${b.slice(0, 30)}…`);
    expect(found).toEqual([]);
  });

  it('never ends a Russian sentence after г. before a number, им., ул., т. е. or an initial', () => {
    const bad = /(?:\bим\.|\bул\.|\bт\.\s?е\.|(?<![\p{L}.])\p{Lu}\.)$/u;
    const found: string[] = [];
    for (const r of ru) {
      for (const [a, b] of joints(r)) {
        if (bad.test(a) || (/(?<!\p{L})гг?\.$/u.test(a) && /^[\p{N}№\p{Ll}]/u.test(b)))
          found.push(`${r.file}: …${a.slice(-40)} | ${b.slice(0, 30)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps known sentences whole', () => {
    const has = (rs: Release[], file: string, sentence: string): void => {
      const r = rs.find((x) => x.file === file)!;
      expect(r.sentences, file).toContain(sentence);
    };
    has(
      en,
      'en_usdos_02.txt',
      'In April, U.S. Special Envoy for Yemen Tim Lenderking and Dutch Ambassador to Yemen Peter Derrek Hof joined UN Resident and Humanitarian Coordinator for Yemen David Gressly on a regional trip in the Gulf to increase awareness of the imminent risks the Safer poses to the entire region.',
    );
    has(
      en,
      'en_usdos_02.txt',
      'Today, Dutch Ambassador to the United States André Haspels hosted a meeting joined by U.S. Special Envoy Lenderking, Yemeni Ambassador to the United States Mohammed al-Hadrami, and representatives from the diplomatic community in Washington, D.C.',
    );
    has(
      en,
      'en_usdos_01.txt',
      'On behalf of the Government of the United States and the American people, I send best wishes to the people of Colombia as you celebrate your Independence Day on July 20.',
    );
    has(en, 'en_govuk_05.txt', 'Prime Minister Theresa May said:');
    has(
      ru,
      'ru_kremlin_01.txt',
      'Президент Соединённых Штатов заверил, что американская сторона выполнит все достигнутые договорённости.',
    );
    const kremlin11 = ru.find((r) => r.file === 'ru_kremlin_11.txt')!;
    const decree = kremlin11.sentences.find((s) => s.includes('от 12 апреля 2016 г.'));
    expect(decree).toBeDefined();
    expect(decree).toContain('от 12 апреля 2016 г. № 179 «О внесении изменений');
    const kremlin12 = ru.find((r) => r.file === 'ru_kremlin_12.txt')!;
    expect(kremlin12.sentences.some((s) => s.includes('МГТУ им. Н.Э.Баумана Денис Мантуров'))).toBe(true);
    const kremlin06 = ru.find((r) => r.file === 'ru_kremlin_06.txt')!;
    expect(kremlin06.sentences.some((s) => s.includes('учреждения г. Москвы «Воробьёвы горы»'))).toBe(true);
  });

  it('splits the one-line Russian releases into many sentences', () => {
    for (const r of ru) {
      const stops = (r.body.match(/[.!?]\s+\p{Lu}/gu) ?? []).length;
      // Some stops are abbreviations; most are sentence ends.
      expect(r.sentences.length, r.file).toBeGreaterThanOrEqual(Math.floor(stops / 2));
    }
  });
});
