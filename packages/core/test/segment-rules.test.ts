import { describe, expect, it } from 'vitest';
import { extractProse } from '../src/source/index.js';
import type { SourceFormat } from '../src/source/types.js';
import { segmentSentences } from '../src/text/segment.js';
import { ABBREVIATIONS, abbreviationsFor, primaryLanguage } from '../src/text/abbreviations.js';

/** The sentences of `input`, as slices of the original input. */
function sentences(input: string, language: string, format: SourceFormat = 'text'): string[] {
  const p = extractProse(input, format);
  return segmentSentences(p.text, p.blocks, language).map((s) => {
    const [a, b] = p.toOriginal(s.start, s.end);
    return input.slice(a, b);
  });
}

describe('segmentSentences: English abbreviations', () => {
  it.each([
    [
      'The U.S. Department of State and the U.K. Foreign Office met. They agreed.',
      ['The U.S. Department of State and the U.K. Foreign Office met.', 'They agreed.'],
    ],
    [
      'Mr. Smith, Mrs. Jones, Ms. Brown and Dr. Green spoke. It ended.',
      ['Mr. Smith, Mrs. Jones, Ms. Brown and Dr. Green spoke.', 'It ended.'],
    ],
    ['They met at St. Paul’s Cathedral. Then they left.', ['They met at St. Paul’s Cathedral.', 'Then they left.']],
    [
      'He lives at No. 5 Downing Street. No. It is No. 10.',
      ['He lives at No. 5 Downing Street.', 'No.', 'It is No. 10.'],
    ],
    ['It began on Jan. 6 and ended. Next came Feb. 12.', ['It began on Jan. 6 and ended.', 'Next came Feb. 12.']],
    [
      'Some agencies, e.g. The Times, agreed. Others, i.e. Reuters, did not.',
      ['Some agencies, e.g. The Times, agreed.', 'Others, i.e. Reuters, did not.'],
    ],
    [
      'Apples, pears, etc. and more. Apples, pears, etc. The end. Items 1, 2, etc. 3 more.',
      ['Apples, pears, etc. and more.', 'Apples, pears, etc.', 'The end.', 'Items 1, 2, etc. 3 more.'],
    ],
    [
      'Sen. Warren and Gov. Newsom met Lt. Gen. Smith. They talked.',
      ['Sen. Warren and Gov. Newsom met Lt. Gen. Smith.', 'They talked.'],
    ],
    [
      'J. R. R. Tolkien wrote it. John F. Kennedy read it. It was Plan B. The end.',
      ['J. R. R. Tolkien wrote it.', 'John F. Kennedy read it.', 'It was Plan B.', 'The end.'],
    ],
    [
      'Growth was 3.5% in 2021. It rose to $1.2 billion. Version 2.0.1 shipped.',
      ['Growth was 3.5% in 2021.', 'It rose to $1.2 billion.', 'Version 2.0.1 shipped.'],
    ],
    [
      'We waited… and waited... and then left. Silence… The end.',
      ['We waited… and waited... and then left.', 'Silence…', 'The end.'],
    ],
    [
      'He met officials from the U.S. The meeting went well.',
      ['He met officials from the U.S.', 'The meeting went well.'],
    ],
    [
      'The session starts at 5 p.m. Eastern Time. It ends at 7 p.m. The room closes.',
      ['The session starts at 5 p.m. Eastern Time.', 'It ends at 7 p.m.', 'The room closes.'],
    ],
    [
      'Acme Inc. announced results. Acme Inc. The company agreed.',
      ['Acme Inc. announced results.', 'Acme Inc.', 'The company agreed.'],
    ],
    [
      // State Department pool: secretary-blinkens-meeting-with-dutch-foreign-minister-hoekstra.
      'Secretary Blinken met today with Foreign Minister Hoekstra in Washington, D.C. Secretary Blinken and Foreign Minister Hoekstra condemned the atrocities. The D.C. Circuit ruled.',
      [
        'Secretary Blinken met today with Foreign Minister Hoekstra in Washington, D.C.',
        'Secretary Blinken and Foreign Minister Hoekstra condemned the atrocities.',
        'The D.C. Circuit ruled.',
      ],
    ],
  ])('%s', (input, expected) => {
    expect(sentences(input, 'en')).toEqual(expected);
  });
});

describe('segmentSentences: Russian abbreviations', () => {
  it.each([
    [
      'В.В. Путин провёл встречу. В. В. Путин сказал. В.В.Путин ушёл.',
      ['В.В. Путин провёл встречу.', 'В. В. Путин сказал.', 'В.В.Путин ушёл.'],
    ],
    [
      'Это, т. е. пример, важен. Это, т.е. пример, тоже. Яблоки, груши и т. д. Далее. Книги, журналы и т. п. Конец.',
      [
        'Это, т. е. пример, важен.',
        'Это, т.е. пример, тоже.',
        'Яблоки, груши и т. д.',
        'Далее.',
        'Книги, журналы и т. п.',
        'Конец.',
      ],
    ],
    [
      'В 2024 г. Россия приняла закон. Это было в 2020–2024 гг. на севере. Указ от 12 апреля 2016 г. № 179 изменён.',
      [
        'В 2024 г. Россия приняла закон.',
        'Это было в 2020–2024 гг. на севере.',
        'Указ от 12 апреля 2016 г. № 179 изменён.',
      ],
    ],
    ['Это случилось в конце 2024 г. Россия ответила.', ['Это случилось в конце 2024 г.', 'Россия ответила.']],
    [
      'Он живёт в г. Москве на ул. Ленина. Вуз им. Баумана открыт. Встреча в МГТУ им. Н.Э.Баумана прошла.',
      ['Он живёт в г. Москве на ул. Ленина.', 'Вуз им. Баумана открыт.', 'Встреча в МГТУ им. Н.Э.Баумана прошла.'],
    ],
    [
      'Смотрите с. 5 и стр. 10 доклада. Выделено 5 млн руб. и 3 млрд руб. на проект. Собрано 7 тыс. руб. Деньги пришли.',
      [
        'Смотрите с. 5 и стр. 10 доклада.',
        'Выделено 5 млн руб. и 3 млрд руб. на проект.',
        'Собрано 7 тыс. руб.',
        'Деньги пришли.',
      ],
    ],
    ['Они прибыли в с. Покровское. Там их ждали.', ['Они прибыли в с. Покровское.', 'Там их ждали.']],
    [
      'Постановляю: 1. Образовать службу. 2. Назначить директора.',
      ['Постановляю: 1. Образовать службу.', '2. Назначить директора.'],
    ],
  ])('%s', (input, expected) => {
    expect(sentences(input, 'ru')).toEqual(expected);
  });
});

describe('segmentSentences: French, Spanish, German abbreviations', () => {
  it.each([
    [
      'fr',
      'M. Dupont et Mme Durand sont venus. M. Le Drian parle. Des villes, p. ex. Paris, brillent. Fin.',
      ['M. Dupont et Mme Durand sont venus.', 'M. Le Drian parle.', 'Des villes, p. ex. Paris, brillent.', 'Fin.'],
    ],
    [
      'es',
      'El Sr. García y la Sra. López visitaron EE. UU. El viaje fue largo. Los EE. UU. Gobierno respondió.',
      ['El Sr. García y la Sra. López visitaron EE. UU.', 'El viaje fue largo.', 'Los EE. UU. Gobierno respondió.'],
    ],
    [
      'de',
      'Das ist z. B. ein Test. Dr. Müller kam. Nr. 5 Berlin ist gut. Das heißt d. h. Kein Problem. Es gibt ca. 5 Leute.',
      [
        'Das ist z. B. ein Test.',
        'Dr. Müller kam.',
        'Nr. 5 Berlin ist gut.',
        'Das heißt d. h. Kein Problem.',
        'Es gibt ca. 5 Leute.',
      ],
    ],
    [
      'de',
      'Äpfel bzw. Birnen sind da. Äpfel, Birnen usw. Das Ende. Äpfel usw. sind gut. Es gilt z.B. Heute.',
      ['Äpfel bzw. Birnen sind da.', 'Äpfel, Birnen usw.', 'Das Ende.', 'Äpfel usw. sind gut.', 'Es gilt z.B. Heute.'],
    ],
  ])('%s: %s', (lang, input, expected) => {
    expect(sentences(input, lang)).toEqual(expected);
  });
});

describe('segmentSentences: quotations', () => {
  it.each([
    ['He said: "We agree." Then he left.', ['He said: "We agree."', 'Then he left.']],
    ['He said: “We agree.” Then he left.', ['He said: “We agree.”', 'Then he left.']],
    ['“Is it over?” he asked. “Yes!” she said.', ['“Is it over?” he asked.', '“Yes!” she said.']],
    ['Он сказал: «Мы согласны.» Затем ушёл.', ['Он сказал: «Мы согласны.»', 'Затем ушёл.']],
    ['The minister said “We agree. ” Then left.', ['The minister said “We agree. ”', 'Then left.']],
    ['He said “we agree.” then left.', ['He said “we agree.” then left.']],
  ])('%s', (input, expected) => {
    expect(sentences(input, input.match(/[а-я]/) ? 'ru' : 'en')).toEqual(expected);
  });
});

describe('segmentSentences: guarantees', () => {
  it('never crosses a block and reads line breaks inside a block as spaces', () => {
    const input =
      'A wrapped sentence that goes on\nto the next line. And another one\nhere.\n\nNew paragraph without a stop\n\nLast one.';
    const p = extractProse(input, 'text');
    const spans = segmentSentences(p.text, p.blocks, 'en');
    expect(spans.map((s) => input.slice(s.start, s.end))).toEqual([
      'A wrapped sentence that goes on\nto the next line.',
      'And another one\nhere.',
      'New paragraph without a stop',
      'Last one.',
    ]);
    for (const s of spans) expect(p.blocks.some((b) => b.start <= s.start && s.end <= b.end)).toBe(true);
  });

  it('never ends a sentence at a block boundary inside a line of markdown markup', () => {
    expect(sentences('# Title\n\nMr. Smith spoke. He *left*.\n\n- one item\n- two item', 'en', 'markdown')).toEqual([
      'Title',
      'Mr. Smith spoke.',
      'He *left*.',
      'one item',
      'two item',
    ]);
  });

  it('trims, drops pieces without letters or digits, and moves a break after closing quotes', () => {
    const input = '   First.   \n\n — … — \n\n He said “Stop. ” ” Then.  ';
    const p = extractProse(input, 'text');
    const spans = segmentSentences(p.text, p.blocks, 'en');
    expect(spans.map((s) => input.slice(s.start, s.end))).toEqual(['First.', 'He said “Stop. ” ”', 'Then.']);
    for (const s of spans) {
      const t = input.slice(s.start, s.end);
      expect(t).toBe(t.trim());
      expect(t).toMatch(/[\p{L}\p{N}]/u);
    }
  });

  it('gives the same sentences in a block far longer than one segmenter window', () => {
    const one = (i: number): string =>
      `Sentence ${i} is here, with Mr. Smith and the U.S. team at No. ${i} Main St. today.`;
    const parts = Array.from({ length: 300 }, (_, i) => one(i));
    const longSentence = `Long ${'word '.repeat(700)}end.`;
    parts.splice(150, 0, longSentence);
    const input = parts.join(' ');
    expect(input.length).toBeGreaterThan(25_000);
    expect(sentences(input, 'en')).toEqual(parts);
  });

  it('returns nothing for empty input, empty blocks or whitespace', () => {
    expect(segmentSentences('', [], 'en')).toEqual([]);
    expect(segmentSentences('abc', [], 'en')).toEqual([]);
    expect(segmentSentences('   \n\t ', [{ kind: 'paragraph', start: 0, end: 6 }], 'en')).toEqual([]);
    expect(segmentSentences('...!?', [{ kind: 'paragraph', start: 0, end: 5 }], 'en')).toEqual([]);
  });

  it('tolerates odd blocks from a caller: unsorted, overlapping, out of range', () => {
    const text = 'One. Two. Three.';
    const spans = segmentSentences(
      text,
      [
        { kind: 'paragraph', start: 10, end: 99 },
        { kind: 'paragraph', start: -4, end: 9 },
        { kind: 'paragraph', start: 5, end: 12 },
        { kind: 'paragraph', start: 7, end: 3 },
      ],
      'en',
    );
    // Sorted; an overlapping block is clipped so that sentences never overlap.
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two.', 'Th', 'ree.']);
  });

  it('accepts any language tag', () => {
    const input = 'Mr. Smith met Dr. Jones. They talked.';
    const expected = ['Mr. Smith met Dr. Jones.', 'They talked.'];
    for (const lang of ['en', 'en-GB', 'EN_us', 'eng']) expect(sentences(input, lang)).toEqual(expected);
    for (const lang of ['und', 'xx', '!!', '', 'zh-Hant-TW']) {
      const got = sentences(input, lang);
      expect(got.join(' ')).toBe(input);
    }
    expect(sentences('Привет. Мир.', 'rus')).toEqual(['Привет.', 'Мир.']);
  });
});

describe('abbreviation data', () => {
  it('has lists for en, ru, fr, es, de with no duplicate entries and entries ending in a dot', () => {
    expect(Object.keys(ABBREVIATIONS).sort()).toEqual(['de', 'en', 'es', 'fr', 'ru']);
    for (const [lang, data] of Object.entries(ABBREVIATIONS)) {
      const all = [...data.title, ...data.abbr, ...data.lower, ...data.afterNumber].map((e) => e.replace(/\s+/g, ''));
      expect(new Set(all).size, lang).toBe(all.length);
      for (const e of all) expect(e, lang).toMatch(/\.$/);
      expect(new Set(data.starters).size, lang).toBe(data.starters.length);
    }
  });

  it('resolves language tags', () => {
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage('rus')).toBe('ru');
    expect(primaryLanguage('DEU')).toBe('de');
    expect(abbreviationsFor('fr-CA')).toBe(ABBREVIATIONS.fr);
    expect(abbreviationsFor('und')).toBeUndefined();
  });
});

describe('segmentSentences: a full stop inside a short name in quotes', () => {
  // kremlin.ru pool, "Встреча с участниками просветительского марафона «Знание. Первые»": the
  // marathon's name split, and the next sentence began «Первые» Федеральный марафон …
  it.each([
    [
      'Встреча с участниками марафона «Знание. Первые» Федеральный марафон проводится с 28 по 30 апреля. В этом году он посвящён Победе.',
      'ru',
      [
        'Встреча с участниками марафона «Знание. Первые» Федеральный марафон проводится с 28 по 30 апреля.',
        'В этом году он посвящён Победе.',
      ],
    ],
    [
      'The exhibition “Knowledge. First” opened today in Moscow. It runs until May.',
      'en',
      ['The exhibition “Knowledge. First” opened today in Moscow.', 'It runs until May.'],
    ],
    // Quoted speech closes before punctuation: its sentences stay apart.
    [
      '«Мы работаем. Всё хорошо», — сказал он. Потом ушёл.',
      'ru',
      ['«Мы работаем.', 'Всё хорошо», — сказал он.', 'Потом ушёл.'],
    ],
    ['He said: “We work. All is well.” Then he left.', 'en', ['He said: “We work.', 'All is well.”', 'Then he left.']],
  ])('%s', (input, language, expected) => {
    expect(sentences(input, language)).toEqual(expected);
  });
});
