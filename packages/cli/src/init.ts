/** `attache init`: writes a starter attache.config.json whose "//" key explains every setting. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageOption, LocaleOption } from './args.js';
import { writeAtomic } from './atomic.js';
import { CliError } from './errors.js';
import { getLocale, m, type MessageLocale } from './messages.js';
import { distFile } from './paths.js';

export const INIT_FILE = 'attache.config.json';

/** Where the JSON Schema is, as seen from `dir`: the project's node_modules copy when there is
 * one, else this installation's file. */
function schemaRef(dir: string): string {
  const local = join(dir, 'node_modules', '@attache', 'cli', 'config.schema.json');
  if (existsSync(local)) return './node_modules/@attache/cli/config.schema.json';
  const own = fileURLToPath(distFile('../config.schema.json'));
  const rel = relative(dir, own).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The "//" notes of the starter config, in each language of the messages. */
const NOTES: Record<MessageLocale, string[]> = {
  en: [
    'Attaché reads the nearest attache.config.json, .attacherc.json or package.json "attache" key above each file; flags override it.',
    'language: "auto" detects per file; or force "en", "ru", "fr", "es", "de".',
    'format: leave it out to read .md/.markdown as Markdown, .html/.htm as HTML and the rest as text; set "text", "markdown" or "html" to force one.',
    'locale: language of the messages, "en" or "ru"; left out, --locale, ATTACHE_LOCALE, a Russian system locale or the language of each text decides.',
    'targets (attache exits with 1 when one is missed): maxGrade (US grade; GOV.UK writes for reading age 9, about grade 4-5),',
    '  maxFormality and minFormality (0-100), minReadingEase, maxEflaw (McAlpine: 25 for learners of English),',
    '  maxAverageSentenceWords (ASD-STE100: 20 procedural, 25 descriptive), maxHardSentenceShare (0-1, Hemingway), maxErrors, maxWarnings.',
    'audience: "youth", "rural" or "foreign" adds that audience\'s targets.',
    'lint.rules: { "rule-id": "off" | "error" | "warning" | "suggestion" | ["warning", { options }] }.',
    'lint.allow: terms never reported. lint.styles: your own word lists, paths relative to this file.',
    'lint.quoted: "suggest" (default) or "off" for findings inside quotations.',
    'Reference: the "Config" section of the @attache/cli README.',
  ],
  ru: [
    'Attaché читает ближайший к каждому файлу attache.config.json, .attacherc.json или ключ "attache" в package.json; параметры командной строки важнее.',
    'language: "auto" определяет язык каждого файла; можно задать "en", "ru", "fr", "es", "de".',
    'format: если не задан, .md/.markdown читаются как Markdown, .html/.htm как HTML, остальное как текст; "text", "markdown" или "html" задают формат для всех.',
    'locale: язык сообщений, "en" или "ru"; если не задан, решают --locale, ATTACHE_LOCALE, русская локаль системы или язык каждого текста.',
    'targets (если цель не достигнута, attache завершается с кодом 1): maxGrade (уровень по американской шкале классов; GOV.UK пишет для возраста чтения 9 лет, это 4-5 класс),',
    '  maxFormality и minFormality (0-100), minReadingEase, maxEflaw (McAlpine: 25 для изучающих английский),',
    '  maxAverageSentenceWords (ASD-STE100: 20 в инструкциях, 25 в описаниях), maxHardSentenceShare (0-1, Hemingway), maxErrors, maxWarnings.',
    'audience: "youth", "rural" или "foreign" добавляет цели этой аудитории.',
    'lint.rules: { "rule-id": "off" | "error" | "warning" | "suggestion" | ["warning", { параметры }] }.',
    'lint.allow: слова и выражения, о которых не сообщать. lint.styles: ваши списки слов, пути от этого файла.',
    'lint.quoted: "suggest" (по умолчанию) или "off" для замечаний внутри цитат.',
    'Подробнее: раздел «Config» в README пакета @attache/cli.',
  ],
};

/**
 * The starter config: its notes in `locale` (the run's language), and a `locale` key when the
 * user chose one with --locale.
 */
export function starterConfig(
  dir: string,
  language: LanguageOption,
  locale: MessageLocale = 'en',
  chosen?: LocaleOption,
): string {
  const config = {
    $schema: schemaRef(dir),
    '//': NOTES[locale],
    language,
    ...(chosen ? { locale: chosen } : {}),
    targets: { maxGrade: 12, maxAverageSentenceWords: 25 },
    lint: { rules: {}, allow: [] as string[] },
  };
  return JSON.stringify(config, null, 2) + '\n';
}

export function runInit(
  dirArg: string | undefined,
  language: LanguageOption | undefined,
  force: boolean,
  cwd: string,
  locale?: LocaleOption,
): string {
  const dir = resolve(cwd, dirArg ?? '.');
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new CliError(m('init.notDir', { dir: dirArg ?? '.' }), m('init.usage'));
  }
  const file = join(dir, INIT_FILE);
  const shown = relative(cwd, file).split(sep).join('/') || INIT_FILE;
  if (existsSync(file) && !force) {
    throw new CliError(m('init.exists', { file: shown }), m('init.force'));
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeAtomic(file, starterConfig(dir, language ?? 'auto', getLocale(), locale));
  } catch (err) {
    throw new CliError(m('init.cannotWrite', { file: shown, why: (err as Error).message }));
  }
  return shown;
}
