import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalPath, hasEval as evalPresent, releasesDir } from '../../../scripts/eval/corpus.js';
import type { LanguageCode } from '../src/schema.js';
import { FormalitySchema } from '../src/schema.js';
import { tokenize } from '../src/text/tokenize.js';
import { spearman } from '../scripts/stats.js';
import {
  FORMALITY_MODELS,
  SIGNAL_IDS,
  formalityLabel,
  formalitySignals,
  predictRaw,
  scoreFormality,
  scoreSentence,
} from '../src/formality/index.js';

const hasEval = evalPresent();

function jsonl(rel: string): Record<string, unknown>[] {
  return readFileSync(evalPath(rel), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l.replace(/:\s*NaN\b/g, ': null')) as Record<string, unknown>);
}

function sentences(text: string, language: LanguageCode) {
  const seg = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...seg.segment(text)]
    .map((s) => s.segment.trim())
    .filter(Boolean)
    .map((s) => ({ text: s, tokens: tokenize(s) }));
}

const score = (s: string, lang: LanguageCode = 'en') => scoreSentence(s, tokenize(s), lang)!;

describe('formality weights files', () => {
  it.skipIf(!hasEval)('English weights carry provenance and were fit on exactly the dev rows', () => {
    const m = FORMALITY_MODELS.en;
    const p = m.provenance as Record<string, unknown>;
    const dev = jsonl('formality/pavlick_tetreault_2016.jsonl').filter((r) => r.split === 'dev');
    expect(p.split).toBe('dev');
    expect(p.n).toBe(dev.length);
    expect(String(p.data)).toContain('pavlick_tetreault_2016.jsonl');
    expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.devCvSpearman).toBeGreaterThan(0.6);
    expect((p.regularisation as { lambda: number }).lambda).toBeGreaterThanOrEqual(0);
    expect(m.scale).toEqual([-3, 3]);
  });

  it.skipIf(!hasEval)('the word table of the vocabulary signal was built from the same dev rows', async () => {
    const table = (await import('../src/formality/data/en-words.json', { with: { type: 'json' } })).default as {
      split: string;
      n: number;
      words: number;
      source: string;
      groups: Record<string, string>;
    };
    const dev = jsonl('formality/pavlick_tetreault_2016.jsonl').filter((r) => r.split === 'dev');
    expect(table.split).toBe('dev');
    expect(table.n).toBe(dev.length);
    const all = Object.values(table.groups).flatMap((g) => g.split(' '));
    expect(all.length).toBe(table.words);
    expect(new Set(all).size).toBe(all.length);
  });

  it.skipIf(!hasEval)('German weights were fit on the German dev rows; ru/fr/es are declared transfers', () => {
    const dev = jsonl('formality/eder2023_de.jsonl').filter((r) => r.split === 'dev');
    expect((FORMALITY_MODELS.de.provenance as { n: number; split: string }).n).toBe(dev.length);
    expect((FORMALITY_MODELS.de.provenance as { split: string }).split).toBe('dev');
    for (const lang of ['ru', 'fr', 'es'] as const) {
      expect(FORMALITY_MODELS[lang].model).toMatch(/transfer/);
      expect(FORMALITY_MODELS[lang].provenance).toHaveProperty('transfer');
    }
  });

  it('every feature is a known signal with a finite standardisation', () => {
    for (const m of Object.values(FORMALITY_MODELS)) {
      expect(m.features.length).toBeGreaterThan(10);
      for (const f of m.features) {
        expect(SIGNAL_IDS).toContain(f.id);
        expect(f.sd).toBeGreaterThan(0);
        expect(Number.isFinite(f.weight + f.mean)).toBe(true);
      }
    }
  });
});

describe('scoreFormality', () => {
  const docs: [string, LanguageCode][] = [
    [
      'The Ministry hereby informs the public that, in accordance with the Regulation, applications shall be submitted prior to 1 March.',
      'en',
    ],
    ["lol u r sooo funny!!! can't wait :) :)", 'en'],
    ['Well, I think we are going to see. You know, it is what it is. And we will get it done.', 'en'],
    ['В соответствии с указом осуществляется реализация мероприятий в рамках программы.', 'ru'],
    ['Ну короче, я щас приду, блин!!!', 'ru'],
    ['Gemäß § 3 ist der Antrag fristgerecht bei der zuständigen Behörde einzureichen.', 'de'],
    ['Le ministre a rappelé, conformément à la loi, les obligations des administrations.', 'fr'],
    ['Conforme a lo dispuesto, el Ministerio publicará la resolución.', 'es'],
  ];

  it('contributions (with the intercept) sum to the score and the result fits the report schema', () => {
    for (const [text, lang] of docs) {
      const { formality, perSentence } = scoreFormality(sentences(text, lang), lang);
      expect(FormalitySchema.parse(formality)).toBeTruthy();
      const sum = formality.signals.reduce((s, x) => s + x.contribution, 0);
      expect(sum).toBeCloseTo(formality.score!, 6);
      expect(formality.signals[0]!.id).toBe('intercept');
      expect(formality.label).toBe(formalityLabel(formality.score));
      expect(perSentence.length).toBe(sentences(text, lang).length);
    }
  });

  it('scores officialese above casual English', () => {
    const formal = [
      'Pursuant to Article 12, the Department shall publish the aforementioned report in accordance with the applicable regulations.',
      'The Government reaffirms its commitment to the implementation of the agreement and will continue its cooperation with international partners.',
      'Applications received after the deadline will not be considered.',
    ];
    const casual = [
      "lol yeah i dunno, it's kinda weird tbh",
      "Hey guys!!! We're gonna have sooo much fun :)",
      'I think you should just go for it, you know?',
    ];
    const minFormal = Math.min(...formal.map((s) => score(s)));
    const maxCasual = Math.max(...casual.map((s) => score(s)));
    expect(minFormal).toBeGreaterThan(maxCasual);
    expect(score(formal[0]!)).toBeGreaterThanOrEqual(60);
    expect(score(casual[0]!)).toBeLessThan(40);
  });

  it('stays within 0..100 and is never NaN on empty or odd input', () => {
    const odd = [
      '',
      '   ',
      '😀😀😀',
      '🎉',
      '12345',
      '3.14 2,718',
      'Hello',
      '!!!???',
      '...',
      'ALL CAPS SHOUTING HERE',
      'a'.repeat(500),
      ':)',
    ];
    for (const lang of ['en', 'ru', 'de', 'fr', 'es'] as const) {
      for (const text of odd) {
        const r = scoreFormality([{ text, tokens: tokenize(text) }], lang);
        expect(r.formality.score).not.toBeNaN();
        expect(r.formality.score).toBeGreaterThanOrEqual(0);
        expect(r.formality.score).toBeLessThanOrEqual(100);
        for (const p of r.perSentence) if (p !== null) expect(p).toBeGreaterThanOrEqual(0);
        for (const s of r.formality.signals) expect(Number.isFinite(s.contribution)).toBe(true);
        const sig = formalitySignals(text, tokenize(text), lang);
        for (const v of Object.values(sig)) expect(Number.isFinite(v)).toBe(true);
      }
      const none = scoreFormality([], lang);
      expect(none.formality.score).not.toBeNaN();
      expect(none.perSentence).toEqual([]);
    }
  });

  it('marks sentences without words as null', () => {
    const r = scoreFormality(
      [
        { text: '😀', tokens: tokenize('😀') },
        { text: 'The report was published.', tokens: tokenize('The report was published.') },
      ],
      'en',
    );
    expect(r.perSentence[0]).toBeNull();
    expect(r.perSentence[1]).toBeTypeOf('number');
  });

  it('a lower-case start and no full stop count in a paragraph, not in a list item or a heading', () => {
    const text = 'countering terrorism and organised crime';
    const sentence = (block?: string) => ({ text, tokens: tokenize(text), ...(block ? { block } : {}) });
    const signal = (r: ReturnType<typeof scoreFormality>, id: string) =>
      r.formality.signals.find((s) => s.id === id)?.value;
    const para = scoreFormality([sentence('paragraph')], 'en');
    const bare = scoreFormality([sentence()], 'en');
    expect(signal(para, 'lowerStart')).toBe(1);
    expect(signal(bare, 'noFinalPunctuation')).toBe(1);
    for (const block of ['list-item', 'heading', 'table-cell']) {
      const r = scoreFormality([sentence(block)], 'en');
      expect(signal(r, 'lowerStart'), block).toBe(0);
      expect(signal(r, 'noFinalPunctuation'), block).toBe(0);
      // Both signals lower the score (negative weights), so layout no longer reads as informal.
      expect(r.formality.score!, block).toBeGreaterThan(para.formality.score!);
    }
  });
});

describe('English ratings (test split, evaluation only)', () => {
  it.skipIf(!hasEval)('Spearman ρ ≥ 0.55 on a sample of the test split', () => {
    const test = jsonl('formality/pavlick_tetreault_2016.jsonl').filter((r) => r.split === 'test');
    const sample = test.filter((_, i) => i % 4 === 0);
    const text = (r: Record<string, unknown>) => String(r.text_detok ?? r.text);
    const pred = sample.map((r) => predictRaw(FORMALITY_MODELS.en, formalitySignals(text(r), tokenize(text(r)), 'en')));
    const rho = spearman(
      pred,
      sample.map((r) => Number(r.score)),
    );
    expect(sample.length).toBeGreaterThan(1000);
    expect(rho).toBeGreaterThanOrEqual(0.55);
  });
});

describe('Russian', () => {
  it('scores канцелярит above colloquial Russian', () => {
    const formal = [
      'В целях обеспечения реализации указанных мероприятий Правительство осуществляет взаимодействие с органами власти.',
      'В соответствии с достигнутыми договорённостями стороны обсудили вопросы двустороннего сотрудничества.',
    ];
    const informal = [
      'Ну короче, я щас приду, ладно?',
      'Блин, ты чё, реально не знал?! :)',
      'Привет! Как дела? Давай завтра созвонимся!',
    ];
    const minFormal = Math.min(...formal.map((s) => score(s, 'ru')));
    const maxInformal = Math.max(...informal.map((s) => score(s, 'ru')));
    expect(minFormal).toBeGreaterThan(maxInformal);
  });

  it('counts Russian pronouns, nominalisations and officialese', () => {
    const s = 'Мы осуществляем реализацию решения в рамках программы.';
    const sig = formalitySignals(s, tokenize(s), 'ru');
    expect(sig.firstPersonPlural).toBeGreaterThan(0);
    expect(sig.nominalisations).toBeGreaterThan(0);
    expect(sig.formalMarkers).toBeGreaterThan(0);
    expect(sig.fScore).toBe(50); // no Russian tagger: neutral
  });

  it('counts every case of the Russian possessives and no soft-stem adjective as a nominalisation', () => {
    const sig = (s: string) => formalitySignals(s, tokenize(s), 'ru');
    // accusative feminine and prepositional forms: «нашу», «вашу», «мою», «нашем», «твоём»
    expect(sig('Мы поддержим нашу страну.').firstPersonPlural).toBe(2 / 4);
    expect(sig('Расскажите про вашу работу и о вашем городе.').secondPerson).toBe(2 / 8);
    expect(sig('Это мою книгу нашли в моём доме.').firstPersonSingular).toBe(2 / 7);
    expect(sig('Спасибо ей и с нею.').thirdPerson).toBe(2 / 5);
    // «последние», «сегодняшний», «внутренний», «крайний» are adjectives; «решение», «знаний» are not
    expect(sig('Последние сегодняшний внутренний крайний.').nominalisations).toBe(0);
    expect(sig('Решение знаний.').nominalisations).toBe(1);
  });

  it('scores the Russian releases formal (the evaluation material, else the fixtures)', () => {
    const dir = releasesDir('ru');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(hasEval ? 16 : 7);
    for (const f of files) {
      const raw = readFileSync(join(dir, f), 'utf8');
      const body = raw.slice(raw.search(/\r?\n\r?\n/)).trim();
      const r = scoreFormality(sentences(body, 'ru'), 'ru');
      expect(r.formality.score).toBeGreaterThanOrEqual(60);
      expect(['formal', 'very-formal']).toContain(r.formality.label);
    }
  });
});
