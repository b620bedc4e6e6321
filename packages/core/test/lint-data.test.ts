/**
 * Integrity of the built-in word lists (retext's habit: lists are data, checked by a script):
 * one zod schema for every list, patterns that compile, no duplicates or dead entries, every
 * entry names a known source, the same rule ids in English and Russian, fixes that are stable
 * when re-linted, and messages in both locales with the same placeholders.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../src/lint/index.js';
import { builtinLists, RAW_LISTS, withDefaults } from '../src/lint/data/index.js';
import sources from '../src/lint/data/sources.json' with { type: 'json' };
import en from '../src/lint/locales/en.json' with { type: 'json' };
import ru from '../src/lint/locales/ru.json' with { type: 'json' };
import { norm } from '../src/lint/morph.js';
import { compilePattern, PhraseMatcher } from '../src/lint/phrases.js';
import { RULES } from '../src/lint/rules/index.js';
import { ListFileSchema, formatIssues, type ListEntry, type ListFile } from '../src/lint/schema.js';
import type { LanguageCode } from '../src/schema.js';
import { tokenize } from '../src/text/tokenize.js';
import { lintText } from './lint-helpers.js';

const LANGS: LanguageCode[] = ['en', 'ru'];

const ruleIds = (l: LanguageCode): string[] =>
  builtinLists(l)
    .map((x) => x.rule)
    .sort();
const size = (l: LanguageCode, rule: string): number =>
  builtinLists(l).find((x) => x.rule === rule)?.entries.length ?? 0;
const placeholders = (t: string): string[] => [...t.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!).sort();
const PHRASE_RULES = [...RULES.values()].filter((r) => r.phrase).map((r) => r.meta.id);

/** The text an entry is written for: each word's first alternative, optional words left out. */
function sampleOf(pattern: string): string {
  return pattern
    .trim()
    .split(/\s+/)
    .filter((w) => !w.endsWith('?') && w !== ',')
    .map((w) => (/^\*\d?$/.test(w) ? 'zz' : w))
    .map((w) =>
      w
        .split('|')[0]!
        .replace(/^[=~]/, '')
        .replace(/\+(,?)$/, '$1'),
    )
    .join(' ');
}

describe('built-in lists', () => {
  for (const lang of LANGS) {
    for (const raw of RAW_LISTS[lang]!) {
      const name = `${lang}/${(raw as { rule: string }).rule}`;
      it(`${name} validates against the list schema`, () => {
        const r = ListFileSchema.safeParse(raw);
        expect(r.success ? '' : formatIssues(r.error.issues)).toBe('');
        expect(r.data!.language).toBe(lang);
        expect(RULES.has(r.data!.rule), `${r.data!.rule} is a built-in rule`).toBe(true);
      });

      it(`${name} loads as the schema parses it (defaults filled without zod)`, () => {
        expect(withDefaults(raw as Parameters<typeof withDefaults>[0])).toStrictEqual(ListFileSchema.parse(raw));
      });
    }

    it(`${lang}: every pattern compiles, names a known source, and is not repeated`, () => {
      const problems: string[] = [];
      for (const list of builtinLists(lang)) {
        const groups: [string, ListEntry[]][] = [['entries', list.entries], ...Object.entries(list.sets ?? {})];
        for (const [group, entries] of groups) {
          const seen = new Set<string>();
          for (const e of entries) {
            const where = `${lang}/${list.rule}.${group} "${e.pattern}"`;
            try {
              compilePattern(e.pattern, lang, list.match);
            } catch (err) {
              problems.push(`${where}: ${(err as Error).message}`);
            }
            if (!(e.source in sources)) problems.push(`${where}: unknown source "${e.source}"`);
            const key = norm(e.pattern).replace(/[=~+?]/g, '');
            if (seen.has(key)) problems.push(`${where}: duplicate`);
            seen.add(key);
            if (e.fix && e.replace.length === 0 && !e.forms) problems.push(`${where}: fix without a replacement`);
            if (e.replace.some((r) => r !== r.trim() || r.includes('  ')))
              problems.push(`${where}: stray spaces in a replacement`);
            for (const k of Object.keys(e.forms ?? {}))
              if (k !== norm(k)) problems.push(`${where}: form "${k}" is not lower case`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${lang}: no phrase entry is dead (each one wins on its own text), forms match their entry`, () => {
      const lists = builtinLists(lang).filter((l) => PHRASE_RULES.includes(l.rule));
      const matcher = new PhraseMatcher(lang, lists);
      const problems: string[] = [];
      const check = (list: ListFile, e: ListEntry, sample: string): void => {
        const toks = tokenize(sample);
        const ms = matcher.match(sample, toks, () => true);
        const m = ms[0];
        if (!m || ms.length !== 1 || m.start !== 0 || m.end !== sample.length)
          problems.push(`${lang}/${list.rule} "${e.pattern}": "${sample}" is not matched whole`);
        else if (m.variant.entry !== e)
          problems.push(
            `${lang}/${list.rule} "${e.pattern}": shadowed by ${m.variant.ruleId} "${m.variant.entry.pattern}"`,
          );
      };
      for (const list of lists) {
        for (const e of list.entries) {
          check(list, e, sampleOf(e.pattern));
          for (const k of Object.keys(e.forms ?? {})) check(list, e, k);
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${lang}: fixes are stable (the fixed text has nothing left to fix)`, () => {
      const problems: string[] = [];
      for (const list of builtinLists(lang)) {
        if (!PHRASE_RULES.includes(list.rule)) continue;
        for (const e of list.entries) {
          if (!e.fix) continue;
          const samples = [sampleOf(e.pattern), ...Object.keys(e.forms ?? {})];
          for (const s of samples) {
            const text = lang === 'ru' ? `Мы знаем: ${s} здесь.` : `We know: ${s} here.`;
            const once = applyFixes(text, lintText(text, lang));
            const again = lintText(once.text, lang).filter((f) => f.fix);
            if (again.length)
              problems.push(
                `${lang}/${list.rule} "${e.pattern}": "${once.text}" still fixes ${again.map((f) => `"${f.actual}"`).join(', ')}`,
              );
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('every entry with context conditions shows them: its examples flag and pass as written', () => {
    const problems: string[] = [];
    let withWhen = 0;
    for (const lang of LANGS) {
      for (const list of builtinLists(lang)) {
        if (!PHRASE_RULES.includes(list.rule)) continue;
        for (const e of list.entries) {
          const where = `${lang}/${list.rule} "${e.pattern}"`;
          if (e.when || e.commaBefore) {
            withWhen++;
            if (!e.examples?.flag.length) problems.push(`${where}: conditions without an example it flags`);
            if (e.when && !e.examples?.pass.length)
              problems.push(`${where}: conditions without an exception it passes`);
          }
          const pattern = e.pattern.replace(/[=~+]/g, '');
          const hits = (text: string): number =>
            lintText(text, lang).filter((f) => f.ruleId === list.rule && f.data.pattern === pattern).length;
          for (const t of e.examples?.flag ?? []) if (hits(t) === 0) problems.push(`${where}: does not flag "${t}"`);
          for (const t of e.examples?.pass ?? []) if (hits(t) > 0) problems.push(`${where}: flags "${t}"`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(withWhen).toBeGreaterThanOrEqual(10);
  });

  it('a fix that replaces a compound conjunction keeps the comma the clause needs', () => {
    const fixed = (t: string): string => applyFixes(t, lintText(t, 'ru')).text;
    expect(fixed('Мы работаем для того, чтобы помочь людям.')).toBe('Мы работаем, чтобы помочь людям.');
    expect(fixed('Мы опоздали в силу того, что шёл снег.')).toBe('Мы опоздали, потому что шёл снег.');
    expect(fixed('Мы успели благодаря тому, что вышли рано.')).toBe('Мы успели, потому что вышли рано.');
    expect(fixed('Мы опоздали в связи с тем, что шёл снег.')).toBe('Мы опоздали, потому что шёл снег.');
    expect(fixed('Встречу перенесли ввиду того, что министр заболел.')).toBe(
      'Встречу перенесли, потому что министр заболел.',
    );
    // Opening the sentence, the clause takes «так как».
    expect(fixed('В связи с тем, что шёл снег, мы опоздали.')).toBe('Так как шёл снег, мы опоздали.');
    // After another fixed phrase the two become one fix, so they do not overlap (fixes converge).
    expect(fixed('Работа в настоящее время в связи с тем, что шёл снег, стоит.')).toBe(
      'Работа сейчас, потому что шёл снег, стоит.',
    );
    // Every Russian entry that replaces "…, что" / "…, чтобы" by a conjunction says so (commaBefore).
    const missing = builtinLists('ru')
      .flatMap((l) => l.entries)
      .filter((e) => /, (?:что|чтобы)$/u.test(e.pattern) && e.fix && !e.commaBefore)
      .map((e) => e.pattern);
    expect(missing).toEqual([]);
    expect(fixed('Мы работали, для того чтобы помочь.')).toBe('Мы работали, чтобы помочь.');
    expect(fixed('Для того чтобы помочь людям, мы работаем.')).toBe('Чтобы помочь людям, мы работаем.');
    // After a particle no comma fits: the finding stays, the fix goes.
    const t = 'Мы пришли не для того, чтобы спорить.';
    expect(fixed(t)).toBe(t);
    expect(lintText(t, 'ru').some((f) => f.ruleId === 'plain-words' && f.suggestions[0] === 'чтобы')).toBe(true);
  });

  it('English and Russian have the same rule ids', () => {
    expect(ruleIds('en')).toEqual(ruleIds('ru'));
    // The rules whose meta says they have data are exactly the rules with lists.
    expect(
      [...RULES.values()]
        .filter((r) => r.meta.data)
        .map((r) => r.meta.id)
        .sort(),
    ).toEqual(ruleIds('en'));
  });

  it('are large enough: ≥ 300 English and ≥ 200 Russian officialese entries', () => {
    expect(size('en', 'plain-words')).toBeGreaterThanOrEqual(300);
    expect(size('ru', 'plain-words')).toBeGreaterThanOrEqual(200);
    expect(size('en', 'hidden-verbs')).toBeGreaterThanOrEqual(100);
    expect(size('ru', 'hidden-verbs')).toBeGreaterThanOrEqual(100);
  });

  it('every rule cites known sources', () => {
    const unknown = [...RULES.values()].flatMap((r) =>
      r.meta.sources.filter((s) => !(s in sources)).map((s) => `${r.meta.id}: ${s}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe('message catalogues', () => {
  const cats = { en, ru } as Record<string, Record<string, Record<string, string>>>;

  it('have every rule message in English and Russian, with the same placeholders', () => {
    const problems: string[] = [];
    for (const r of RULES.values()) {
      for (const m of r.meta.messages) {
        const e = cats.en![r.meta.id]?.[m];
        const x = cats.ru![r.meta.id]?.[m];
        if (typeof e !== 'string') problems.push(`en ${r.meta.id}.${m} missing`);
        if (typeof x !== 'string') problems.push(`ru ${r.meta.id}.${m} missing`);
        if (e && x && placeholders(e).join() !== placeholders(x).join())
          problems.push(`${r.meta.id}.${m}: placeholders differ`);
      }
      const stray = Object.keys(cats.en![r.meta.id] ?? {}).filter((m) => !r.meta.messages.includes(m));
      if (stray.length) problems.push(`${r.meta.id}: stray messages ${stray.join(', ')}`);
    }
    expect(problems).toEqual([]);
    expect(Object.keys(cats.en!).sort()).toEqual(Object.keys(cats.ru!).sort());
  });
});
