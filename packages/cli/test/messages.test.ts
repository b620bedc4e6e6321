/**
 * The CLI's message catalogue (src/messages.ts) and the choice of its language (src/locale.ts).
 * A Russian message missing or extra fails the typecheck (the catalogue is typed against the
 * English one); these tests catch what types cannot: placeholders that differ between the two
 * languages, a Russian message left in English, plural forms.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLocale, fromPosix, localeFlag } from '../src/locale.js';
import {
  CATALOGUES,
  getLocale,
  m,
  mIn,
  NOUNS,
  placeholders,
  plural,
  setLocale,
  type MessageKey,
} from '../src/messages.js';

const KEYS = Object.keys(CATALOGUES.en) as MessageKey[];

/**
 * Messages that read the same in both languages: command syntax, lists of values, a path, symbols
 * around placeholders. Everything else must differ from the English.
 */
const SAME_IN_BOTH = new Set<MessageKey>([
  'help.exInitHere',
  'opt.channel',
  'rewrite.summary',
  'compose.summary',
  'lint.summary',
  'score.counts',
]);

describe('the catalogue', () => {
  it('has every key in both languages, none empty', () => {
    expect(KEYS.length).toBeGreaterThan(150);
    expect(Object.keys(CATALOGUES.ru).sort()).toEqual([...KEYS].sort());
    for (const k of KEYS) {
      expect(CATALOGUES.en[k].trim(), k).not.toBe('');
      expect(CATALOGUES.ru[k].trim(), k).not.toBe('');
    }
  });

  it('uses the same placeholders in English and Russian', () => {
    const differ = KEYS.filter((k) => placeholders(CATALOGUES.en[k]).join() !== placeholders(CATALOGUES.ru[k]).join());
    expect(differ).toEqual([]);
  });

  it('has a Russian text, not a copy of the English, for every message that has words', () => {
    const copied = KEYS.filter((k) => !SAME_IN_BOTH.has(k) && CATALOGUES.ru[k] === CATALOGUES.en[k]);
    expect(copied).toEqual([]);
    // A Russian message with words has Cyrillic ones (placeholders, option names and paths aside).
    const latinOnly = KEYS.filter((k) => {
      if (SAME_IN_BOTH.has(k)) return false;
      const words = CATALOGUES.ru[k]
        .replace(/\{\w+\}/g, ' ')
        .replace(/--?[a-z][a-z-]*(=\S*)?/g, ' ')
        .replace(/\S*[./\\]\S*/g, ' ');
      return /\b[a-z]{3,}\b/i.test(words) && !/[а-яё]/i.test(words);
    });
    expect(latinOnly).toEqual([]);
  });

  it('fills placeholders, in the locale set or the one given', () => {
    setLocale('ru');
    expect(m('args.unknownCommand', { command: 'lnt' })).toBe('Неизвестная команда «lnt».');
    expect(mIn('en', 'args.unknownCommand', { command: 'lnt' })).toBe('Unknown command "lnt".');
    setLocale('en');
    expect(m('init.exists', { file: 'a.json' })).toBe('a.json already exists.');
    // @ts-expect-error a placeholder is missing: the typecheck refuses it
    expect(m('init.exists', {})).toBe('{file} already exists.');
    // @ts-expect-error a message without placeholders takes no values
    m('help.commands', { x: 1 });
  });
});

describe('plural', () => {
  afterEach(() => setLocale('en'));

  it('follows CLDR for Russian integers: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 11–14, 111)', () => {
    // CLDR plural rules, ru: one = v=0 and i%10=1 and i%100!=11; few = i%10=2..4 and i%100!=12..14.
    const cases: [number, string][] = [
      [0, '0 файлов'],
      [1, '1 файл'],
      [2, '2 файла'],
      [4, '4 файла'],
      [5, '5 файлов'],
      [11, '11 файлов'],
      [12, '12 файлов'],
      [14, '14 файлов'],
      [21, '21 файл'],
      [22, '22 файла'],
      [101, '101 файл'],
      [111, '111 файлов'],
      [1024, '1024 файла'],
    ];
    for (const [n, want] of cases) expect(plural(n, 'file', 'ru')).toBe(want);
    expect(plural(1, 'file', 'en')).toBe('1 file');
    expect(plural(0, 'file', 'en')).toBe('0 files');
  });

  it('has three Russian forms and two English ones for every noun', () => {
    for (const [noun, en] of Object.entries(NOUNS.en)) {
      const ru = NOUNS.ru[noun as keyof typeof NOUNS.ru];
      expect(en, noun).toHaveLength(2);
      expect(ru, noun).toHaveLength(3);
      for (const w of ru) expect(w, noun).toMatch(/^[а-яё ]+$/);
    }
  });

  it('uses the locale set when none is given', () => {
    setLocale('ru');
    expect(plural(3, 'warning')).toBe('3 предупреждения');
    expect(getLocale()).toBe('ru');
  });
});

describe('the choice of locale', () => {
  it('reads --locale from the command line before parsing it', () => {
    expect(localeFlag(['lint', '--locale', 'ru', 'a.txt'])).toBe('ru');
    expect(localeFlag(['lint', '--locale=ru', 'a.txt'])).toBe('ru');
    expect(localeFlag(['lint', '--', '--locale', 'ru'])).toBeUndefined();
    expect(localeFlag(['lint', 'a.txt'])).toBeUndefined();
  });

  it('maps POSIX locale names to a catalogue', () => {
    expect(fromPosix('ru_RU.UTF-8')).toBe('ru');
    expect(fromPosix('ru')).toBe('ru');
    expect(fromPosix('ru_UA.KOI8-U')).toBe('ru');
    expect(fromPosix('en_GB.UTF-8')).toBe('en');
    expect(fromPosix('C.UTF-8')).toBe('en');
    expect(fromPosix('POSIX')).toBe('en');
    expect(fromPosix('de_DE.UTF-8')).toBeUndefined();
  });

  it('takes --locale, then ATTACHE_LOCALE, then LC_ALL, LC_MESSAGES, LANG, then English', () => {
    const ru = { LANG: 'ru_RU.UTF-8' };
    expect(chooseLocale(['lint', '--locale', 'en'], { ...ru, ATTACHE_LOCALE: 'ru' })).toEqual({
      locale: 'en',
      source: 'flag',
    });
    expect(chooseLocale(['lint'], { ...ru, ATTACHE_LOCALE: 'en' })).toEqual({ locale: 'en', source: 'env' });
    expect(chooseLocale(['lint'], { LANG: 'en_US.UTF-8', ATTACHE_LOCALE: 'ru_RU.UTF-8' })).toEqual({
      locale: 'ru',
      source: 'env',
    });
    expect(chooseLocale(['lint'], ru)).toEqual({ locale: 'ru', source: 'system' });
    // POSIX: LC_ALL overrides LC_MESSAGES, which overrides LANG.
    expect(chooseLocale(['lint'], { ...ru, LC_ALL: 'C' }).locale).toBe('en');
    expect(chooseLocale(['lint'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' }).locale).toBe('ru');
    expect(chooseLocale(['lint'], { LC_MESSAGES: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' }).locale).toBe('en');
    // An empty variable is not set.
    expect(chooseLocale(['lint'], { LC_ALL: '', LANG: 'ru_RU.UTF-8' }).locale).toBe('ru');
    expect(chooseLocale(['lint'], {})).toEqual({ locale: 'en', source: 'default' });
  });

  it('leaves an English system locale as no choice, so the text can decide; an unknown --locale falls through', () => {
    expect(chooseLocale(['lint'], { LANG: 'en_US.UTF-8' }).source).toBe('default');
    expect(chooseLocale(['lint'], { LANG: 'C.UTF-8' }).source).toBe('default');
    // `--locale xx` is a usage error later; the error itself is in the next choice's language.
    expect(chooseLocale(['lint', '--locale', 'xx'], { LANG: 'ru_RU.UTF-8' })).toEqual({
      locale: 'ru',
      source: 'system',
    });
  });
});
