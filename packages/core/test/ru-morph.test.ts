/**
 * Russian morphology (OpenCorpora through Az.js): parsing, inflection, and a replacement put into
 * the form of the word it replaces. The gold forms are written by hand here and in the audience
 * adapters' form tables (packages/audiences/src/data/ru), which were written without this module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyze,
  loadRussianMorphology,
  RU_DICTIONARY_FILES,
  russianMorphology,
  type RussianMorphology,
} from '../src/index.js';
import { hasEval, releases } from '../../../scripts/eval/corpus.js';

let ru: RussianMorphology;
const asked: string[] = [];
beforeAll(async () => {
  // The browser path: the caller hands over the bytes (here read from the az package, as a page
  // would fetch them). The default Node path is exercised by the README example test.
  const dir = new URL('../node_modules/az/dicts/', import.meta.url);
  ru = await loadRussianMorphology(async (file) => {
    asked.push(file);
    return readFileSync(new URL(file, dir));
  });
});

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;

describe('loading', () => {
  it('loads once, through the reader, and is then available synchronously', async () => {
    expect([...asked].sort()).toEqual([...RU_DICTIONARY_FILES].sort());
    expect(russianMorphology()).toBe(ru);
    expect(await loadRussianMorphology()).toBe(ru);
    expect(asked).toHaveLength(RU_DICTIONARY_FILES.length);
  });
});

describe('parse, lemma, inflect', () => {
  it('parses case, number, gender, tense, person', () => {
    const [n] = ru.parse('мероприятиях');
    expect(n).toMatchObject({ lemma: 'мероприятие', pos: 'NOUN', case: 'loct', number: 'plur', gender: 'neut' });
    const [v] = ru.parse('подписала');
    expect(v).toMatchObject({ lemma: 'подписать', pos: 'VERB', tense: 'past', gender: 'femn', number: 'sing' });
    const [p] = ru.parse('заявляет');
    expect(p).toMatchObject({ pos: 'VERB', tense: 'pres', person: '3per', aspect: 'impf' });
    expect(ru.parse('в')[0]?.pos).toBe('PREP');
    expect(ru.parse('hello')).toEqual([]);
  });

  it('gives a caller its own list of readings each time (the readings are made once per word)', () => {
    const first = ru.parse('мероприятиях');
    const n = first.length;
    first.length = 0;
    expect(ru.parse('мероприятиях')).toHaveLength(n);
    expect(n).toBeGreaterThan(0);
  });

  it('lemmatises', () => {
    expect(ru.lemma('переговорах')).toBe('переговоры');
    expect(ru.lemma('состоялись')).toBe('состояться');
    expect(ru.lemma('Министерства')).toBe('министерство');
  });

  it('inflects into a requested form and keeps a capital', () => {
    expect(ru.inflect('событие', { case: 'ablt', number: 'plur' })).toBe('событиями');
    expect(ru.inflect('Встреча', { case: 'accs' })).toBe('Встречу');
    expect(ru.inflect('новый', { case: 'gent', gender: 'femn' })).toBe('новой');
    expect(ru.inflect('решить', { pos: 'VERB', tense: 'past', gender: 'femn', number: 'sing' })).toBe('решила');
    expect(ru.inflect('решить', { pos: 'VERB', tense: 'pres' })).toBeNull(); // perfective: no present
  });
});

describe('agree: a replacement takes the form of the word it replaces', () => {
  const gold: [replacement: string, original: string, expected: string | null, before?: string][] = [
    ['событие', 'мероприятиях', 'событиях'],
    ['событие', 'мероприятиями', 'событиями'],
    ['выполнять', 'реализуется', 'выполняется'],
    ['выполнить', 'реализуется', 'выполняется'], // the perfective's imperfective partner
    ['выполнить', 'реализуются', 'выполняются'],
    ['решить', 'принял решение', 'решил'],
    ['решить', 'приняли решение', 'решили'],
    ['решить', 'примут решение', 'решат'],
    ['этот', 'данной', 'этой'],
    ['этот', 'данными', 'этими'],
    ['действовать', 'имеющий', 'действующий'],
    ['покупка', 'приобретения', 'покупки'], // genitive singular or nominative plural: покупки either way
    ['деньги', 'финансовых средств', 'денег'],
    ['использовать', 'задействуют', 'используют'],
    ['важное событие', 'мероприятиями', 'важными событиями'],
    ['встреча', 'мероприятие', null], // nominative or accusative: встреча / встречу
    ['встреча', 'мероприятие', 'встречу', 'на'],
    ['событие', 'мероприятия', 'события', 'в'], // в + genitive is impossible: only the accusative plural is left
    ['сейчас', 'в настоящее время', 'сейчас'],
    ['помогать', 'оказание помощи', null], // a noun cannot become an infinitive
    ['Сегодня', 'На сегодняшний день', 'Сегодня'],
  ];
  for (const [r, o, want, before] of gold)
    it(`${before ? `${before} ` : ''}${o} → ${r}: ${want}`, () => {
      expect(ru.agree(r, o, before ? { before } : undefined)).toBe(want);
      expect(ru.canAgree(r, o, before ? { before } : undefined)).toBe(want !== null);
    });

  it('keeps the capital of the original', () => {
    expect(ru.agree('событие', 'Мероприятиях')).toBe('Событиях');
  });
});

describe('agree inside sentences: the word before the original narrows its case', () => {
  // [sentence, the words replaced, replacement, the sentence as an editor would write it]
  const fixtures: [string, string, string, string | null][] = [
    [
      'Делегация приняла участие в мероприятиях форума.',
      'мероприятиях',
      'событие',
      'Делегация приняла участие в событиях форума.',
    ],
    ['Министр рассказал о мероприятии в Казани.', 'мероприятии', 'встреча', 'Министр рассказал о встрече в Казани.'],
    ['Приглашаем журналистов на мероприятие.', 'мероприятие', 'встреча', 'Приглашаем журналистов на встречу.'],
    ['Мероприятие состоится в пятницу.', 'Мероприятие', 'встреча', null], // nominative or accusative: no preposition to tell
    ['Программа реализуется с 2020 года.', 'реализуется', 'выполнять', 'Программа выполняется с 2020 года.'],
    ['Проекты реализуются в регионах.', 'реализуются', 'выполнять', 'Проекты выполняются в регионах.'],
    ['Правительство приняло решение.', 'приняло решение', 'решить', 'Правительство решило.'],
    ['Данная программа продлена.', 'Данная', 'этот', 'Эта программа продлена.'],
    ['Обеспечено оперативное оказание помощи.', 'оказание помощи', 'помощь', null], // "оперативное помощь"
    ['Обеспечено оперативное оказание помощи.', 'оказание', 'содействие', 'Обеспечено оперативное содействие помощи.'],
    [
      'Средства направлены на приобретение техники.',
      'приобретение',
      'покупка',
      'Средства направлены на покупку техники.',
    ],
  ];
  it.each(fixtures)('%s', (sentence, original, replacement, expected) => {
    const at = sentence.indexOf(original);
    const before = /([а-яё]+)\s*$/i.exec(sentence.slice(0, at))?.[1];
    const got = ru.agree(replacement, original, before ? { before } : undefined);
    expect(got === null ? null : sentence.slice(0, at) + got + sentence.slice(at + original.length)).toBe(expected);
  });
});

/** [original, replacement] pairs written by hand for the audience adapters. */
function audienceForms(): { entry: string; pairs: [string, string][] }[] {
  const dir = new URL('../../audiences/src/data/ru/', import.meta.url);
  const out: { entry: string; pairs: [string, string][] }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as {
      entries?: { id?: string; pattern?: string; forms?: [string, string][] | Record<string, string> }[];
    };
    // Forms as pairs (the audiences' own files) or as a record (their core list files).
    for (const e of data.entries ?? []) {
      const pairs = Array.isArray(e.forms) ? e.forms : e.forms ? Object.entries(e.forms) : [];
      if (pairs.length) out.push({ entry: `${f}: ${e.id ?? e.pattern}`, pairs });
    }
  }
  return out;
}

describe('agree against the hand-written form tables of the audience adapters', () => {
  it('≥ 95% of the forms it settles are the hand-written ones; the rest it leaves to a suggestion', () => {
    let settled = 0;
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const { pairs } of audienceForms()) {
      const [first] = pairs;
      if (!first) continue;
      // The replacement in its dictionary form, as a word list gives it: the first row's.
      const replacement = first[1];
      if (!replacement || /[,;]/.test(replacement)) continue;
      for (const [original, expected] of pairs) {
        if (!expected) continue;
        total++;
        const got = ru.agree(replacement, original);
        if (got === null) continue;
        settled++;
        if (got.toLowerCase() === expected.toLowerCase()) right++;
        else wrong.push(`${original} → ${replacement}: ${got} (hand: ${expected})`);
      }
    }
    console.log(
      `audience form tables: ${total} pairs, ${settled} settled, ${right} as written by hand (${((100 * right) / settled).toFixed(1)}%)` +
        (wrong.length ? `\n  ${wrong.join('\n  ')}` : ''),
    );
    expect(total).toBeGreaterThan(100);
    expect(settled / total).toBeGreaterThan(0.5);
    expect(right / settled).toBeGreaterThanOrEqual(0.95);
  });
});

/** Words of the Russian word lists that inflect, from patterns, replacements and form tables. */
function listWords(): Set<string> {
  const words = new Set<string>();
  const add = (s: string) => {
    for (const m of s.matchAll(/[а-яё]+(?:-[а-яё]+)*/gi)) {
      // An acronym written in capitals (БПЛА, ФГБУН: the acronym lists) does not inflect.
      if (m[0].length > 1 && m[0] === m[0].toUpperCase()) continue;
      words.add(m[0].toLowerCase());
    }
  };
  const coreDir = new URL('../src/lint/data/ru/', import.meta.url);
  for (const f of readdirSync(coreDir).filter((x) => x.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(new URL(f, coreDir), 'utf8')) as {
      entries: { pattern: string; replace?: string[]; forms?: Record<string, string> }[];
      sets?: Record<string, string[]>;
    };
    for (const e of data.entries) {
      add(e.pattern.replace(/=/g, ''));
      for (const r of e.replace ?? []) add(r);
      for (const [k, v] of Object.entries(e.forms ?? {})) add(`${k} ${v}`);
    }
  }
  for (const { pairs } of audienceForms()) for (const [a, b] of pairs) add(`${a} ${b}`);
  return words;
}

describe('every word of the Russian word lists inflects', () => {
  it('each inflecting word is in the dictionary and takes every case its lexeme has', () => {
    const words = listWords();
    let inflecting = 0;
    let formsMade = 0;
    const unknown: string[] = [];
    const failed: string[] = [];
    for (const w of words) {
      const [p] = ru.parse(w);
      if (!p) continue;
      if (!p.known) {
        unknown.push(w);
        continue;
      }
      if (p.pos !== 'NOUN' && p.pos !== 'ADJF' && p.pos !== 'PRTF') continue;
      inflecting++;
      const lexeme = ru.forms(w, p.pos);
      for (const number of ['sing', 'plur'] as const)
        for (const c of CASES) {
          const has = lexeme.some((f) => f.pos === p.pos && f.case === c && f.number === number);
          if (!has) continue;
          const gender = p.pos === 'NOUN' || number === 'plur' ? undefined : (p.gender ?? undefined);
          const got = ru.inflect(w, { pos: p.pos, case: c, number, ...(gender ? { gender } : {}) });
          // The form made must read back as the case and number asked for.
          const readBack = got ? [...ru.parse(got), ...ru.parse(got.charAt(0).toUpperCase() + got.slice(1))] : [];
          if (readBack.some((q) => q.lemma === p.lemma && q.case === c && q.number === number)) formsMade++;
          else failed.push(`${w} ${c} ${number}: ${got}`);
        }
    }
    console.log(
      `list words: ${words.size}; inflecting ${inflecting}; forms made ${formsMade}; not in the dictionary ${unknown.length}: ${unknown.join(', ')}`,
    );
    expect(inflecting).toBeGreaterThan(300);
    expect(failed).toEqual([]);
    // Guessed words are rare: names of the lists' own coinages, not everyday vocabulary.
    expect(unknown.length / words.size).toBeLessThan(0.02);
  });
});

// Without the evaluation material: EVAL_SKIP_NOTE.
describe.skipIf(!hasEval())('agree on real occurrences in the Russian releases', () => {
  it('puts lint replacements into the form of the words they replace', () => {
    let total = 0;
    let settled = 0;
    let consistent = 0;
    const lines: string[] = [];
    for (const rel of releases('ru')) {
      const report = analyze(rel.text, { language: 'ru' });
      for (const f of report.findings) {
        const replacement = f.suggestions[0];
        if (!replacement || !/[а-яё]/i.test(f.actual)) continue;
        const before = /([а-яё]+)\s*$/i.exec(rel.text.slice(Math.max(0, f.start - 20), f.start))?.[1];
        total++;
        const got = ru.agree(replacement, f.actual, before ? { before } : undefined);
        if (got === null) {
          lines.push(`  suggestion: ${before ?? ''} [${f.actual}] → ${replacement}`);
          continue;
        }
        settled++;
        // Consistent: the head of the result reads in a form the original's head reads in.
        const ok = agreesWith(ru, got, f.actual);
        if (ok) consistent++;
        lines.push(`  ${ok ? 'fix' : 'WRONG'}: ${before ?? ''} [${f.actual}] → ${got}`);
      }
    }
    console.log(`real occurrences: ${total}; settled ${settled}; consistent ${consistent}\n${lines.join('\n')}`);
    expect(total).toBeGreaterThan(20);
    expect(consistent / settled).toBeGreaterThanOrEqual(0.95);
  });
});

/** The head word of `got` has a reading whose case/number or person/number/tense one of `original`'s has. */
function agreesWith(m: RussianMorphology, got: string, original: string): boolean {
  const ws = (s: string) => s.match(/[а-яё]+(?:-[а-яё]+)*/gi) ?? [];
  const inflecting = (w: string) =>
    m.parse(w).some((p) => p.pos && ['NOUN', 'ADJF', 'PRTF', 'VERB', 'INFN', 'GRND', 'PRTS'].includes(p.pos));
  // A phrase opening with a preposition ("в целях") is an adverbial: its replacement stays as is.
  if (m.parse(ws(original)[0] ?? '')[0]?.pos === 'PREP') return true;
  const gh = ws(got).find(inflecting);
  const oh = ws(original).find(inflecting);
  if (!gh || !oh) return true;
  const key = (p: ReturnType<RussianMorphology['parse']>[number]) =>
    p.case
      ? `${p.case}/${p.number}`
      : `${p.pos}/${p.tense}/${p.person}/${p.number}/${p.number === 'plur' ? '' : p.gender}`;
  const os = new Set(m.parse(oh).map(key));
  return m.parse(gh).some((p) => os.has(key(p)));
}
