/**
 * One name spelled two ways in one text (Vale's "consistency" kind): "Zelensky" and "Zelenskyy",
 * "Kiev" and "Kyiv", "Соединённых" and "Соединенных". A name here is a capitalised word that
 * appears capitalised inside a sentence at least once. Two names are one spelled two ways when
 * - their skeletons match (case, diacritics, ё/е, hyphens, doubled letters, y/i, ie/i, kh/h), or
 * - they differ by one letter inside the word (not in the last two letters, where inflections
 *   and derivations live), are at least `minLength` long, and the Jaro–Winkler similarity
 *   is at least `threshold`.
 * Russian names are compared by stem, so case forms (Путин, Путина, Путиным) are one name.
 * Pairs of different names that look alike are data (`entries`: "Austria|Australia"); two that
 * stand side by side somewhere in the text are two parts of one name ("Jong Yong Nam").
 * The less frequent spelling is reported, with the other as the suggestion.
 */
import { jaroWinkler } from '../../text/jaro-winkler.js';
import { z } from 'zod';
import type { Token } from '../../text/tokenize.js';
import { norm, stemRu } from '../morph.js';
import type { LintSentence, Rule } from '../types.js';
import { docsUrl, words } from '../util.js';

const Options = z
  .object({
    /** Jaro–Winkler similarity from which two one-letter-apart names are one name. */
    threshold: z.number().min(0).max(1).default(0.9),
    /** Shortest name compared by edit distance. */
    minLength: z.number().int().min(3).default(6),
  })
  .strict();
type Options = z.infer<typeof Options>;

interface Name {
  key: string;
  skeleton: string;
  occurrences: { token: Token; sentence: LintSentence }[];
  surfaces: Map<string, number>;
  proper: boolean;
  yo: boolean;
}

export const nameConsistency: Rule<Options> = {
  meta: {
    id: 'name-consistency',
    kind: 'consistency',
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    description: 'One name spelled two ways in one text ("Zelensky" / "Zelenskyy", ё / е).',
    url: docsUrl('name-consistency'),
    severity: 'warning',
    messages: ['variant', 'yo'],
    fixable: false,
    options: Options,
    data: true,
    sources: ['govuk-style', 'milchin'],
  },
  create(ctx) {
    const ru = ctx.language === 'ru';
    const distinct = new Set<string>();
    for (const l of ctx.lists)
      for (const e of l.entries) {
        const parts = e.pattern.split('|').map((p) => keyOf(norm(p), ru));
        for (const a of parts) for (const b of parts) if (a !== b) distinct.add(`${a}|${b}`);
      }
    const names = new Map<string, Name>();
    for (const s of ctx.sentences) {
      const toks = words(ctx, s);
      toks.forEach((t, i) => {
        const c0 = t.text.charAt(0);
        if (c0 === c0.toLowerCase() || !/^\p{Lu}\p{Ll}/u.test(t.text)) return;
        // the front of a word written with an ʻokina or a turned comma, which the tokenizer cuts
        // there ("Hawai‘i", "O‘zbekiston"): not a name of its own
        if (/^[‘ʻ`][\p{L}]/u.test(ctx.prose.text.slice(t.end, t.end + 2))) return;
        const bare = t.text.replace(/['’]s$/, '');
        const n = norm(bare);
        if (n.replace(/[^\p{L}]/gu, '').length < 4) return;
        const key = keyOf(n, ru);
        let name = names.get(key);
        if (!name)
          names.set(
            key,
            (name = { key, skeleton: skeleton(key), occurrences: [], surfaces: new Map(), proper: false, yo: false }),
          );
        name.occurrences.push({ token: t, sentence: s });
        name.surfaces.set(bare, (name.surfaces.get(bare) ?? 0) + 1);
        if (i > 0 && !/[.!?:«"“(]\s*$/.test(ctx.prose.text.slice(Math.max(s.start, t.start - 4), t.start)))
          name.proper = true;
        if (/[ёЁ]/.test(bare)) name.yo = true;
      });
    }
    const list = [...names.values()].filter((n) => n.proper);
    // Russian ё/е: the same word written with and without ё.
    const yoReported = new Set<Name>();
    if (ru) {
      for (const n of list) {
        const withYo = [...n.surfaces.keys()].filter((s) => /[ёЁ]/.test(s));
        const without = [...n.surfaces.keys()].filter(
          (s) => !/[ёЁ]/.test(s) && withYo.some((y) => y.replace(/ё/g, 'е').replace(/Ё/g, 'Е') === s),
        );
        if (withYo.length === 0 || without.length === 0) continue;
        yoReported.add(n);
        const countYo = withYo.reduce((a, s) => a + n.surfaces.get(s)!, 0);
        const countE = without.reduce((a, s) => a + n.surfaces.get(s)!, 0);
        const minority = countYo < countE ? new Set(withYo) : new Set(without);
        const other = countYo < countE ? without[0]! : withYo[0]!;
        for (const o of n.occurrences) {
          const bare = o.token.text.replace(/['’]s$/, '');
          if (!minority.has(bare)) continue;
          ctx.report({
            messageId: 'yo',
            data: { actual: bare, other, count: Math.max(countYo, countE) },
            start: o.token.start,
            end: o.token.start + bare.length,
            suggestions: [
              o.token.text.replace(/ё/g, 'е').replace(/Ё/g, 'Е') === o.token.text ? withYo[0]! : without[0]!,
            ],
          });
        }
      }
    }
    const done = new Set<Name>();
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a]!;
        const y = list[b]!;
        if (done.has(x) || done.has(y)) continue;
        if (distinct.has(`${x.key}|${y.key}`)) continue;
        if (!same(x, y, ctx.options)) continue;
        // Side by side in one name ("Jong Yong Nam", "Kim Jin Yong"): two parts of one name, not
        // one part spelled two ways.
        if (adjacent(ctx.prose.text, x, y)) continue;
        // Two people: each spelling always followed by its own rest of a name ("Crown Prince
        // Mohammed bin Salman" and "President Mohamed bin Zayed", State Department pool,
        // heldout19-en): not one name spelled two ways.
        if (differentPeople(ctx.prose.text, x, y)) continue;
        // A place named after a saint ("San José", "São Tomé") beside a person ("Under Secretary
        // Jose W. Fernandez", heldout22-en): the city keeps its accent, the person his spelling.
        if (saintsPlace(ctx.prose.text, x) || saintsPlace(ctx.prose.text, y)) continue;
        const cx = x.occurrences.length;
        const cy = y.occurrences.length;
        const [minor, major] =
          cx < cy || (cx === cy && x.occurrences[0]!.token.start > y.occurrences[0]!.token.start) ? [x, y] : [y, x];
        const other = [...major.surfaces.entries()].sort((p, q) => q[1] - p[1])[0]![0];
        done.add(minor);
        for (const o of minor.occurrences) {
          const bare = o.token.text.replace(/['’]s$/, '');
          ctx.report({
            messageId: 'variant',
            data: { actual: bare, other, count: major.occurrences.length },
            start: o.token.start,
            end: o.token.start + bare.length,
            suggestions: [other],
          });
        }
      }
    }
  },
};

/** Does an occurrence of one name stand right next to one of the other (a space between)? */
function adjacent(text: string, x: Name, y: Name): boolean {
  for (const a of x.occurrences)
    for (const b of y.occurrences) {
      const [p, q] = a.token.start < b.token.start ? [a.token, b.token] : [b.token, a.token];
      if (/^[ \u00a0-]$/u.test(text.slice(p.end, q.start))) return true;
    }
  return false;
}

function keyOf(n: string, ru: boolean): string {
  return ru && /[а-я]/.test(n) ? stemRu(n) : n;
}

/** Spelling skeleton: what is left when transliteration and typing variants are ignored. */
export function skeleton(w: string): string {
  return w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[-'’\s]/g, '')
    .replace(/kh/g, 'h')
    .replace(/ie/g, 'i')
    .replace(/[yj]/g, 'i')
    .replace(/й/g, 'и')
    .replace(/(.)\1+/g, '$1');
}

function same(x: Name, y: Name, o: Options): boolean {
  if (x.skeleton === y.skeleton) return true;
  const a = x.key;
  const b = y.key;
  if (a.length !== b.length || a.length < o.minLength) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      if (diff >= 0) return false;
      diff = i;
    }
  }
  if (diff < 0 || diff >= a.length - 2 || diff === 0) return false;
  return jaroWinkler(a, b) >= o.threshold;
}

/** The rest of a name after an occurrence ("bin Salman", "Zayed"), or null when none follows. */
function restOfName(text: string, n: Name, i: number): string | null {
  const at = n.occurrences[i]!.token.end;
  const m = /^\s+((?:(?:bin|ibn|bint|al|el|abu|de|da|van|von)\s+)?\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(at, at + 60));
  return m ? m[1]!.replace(/['’]s$/u, '') : null;
}

/** Whether every occurrence of both spellings goes on with the rest of a name, and none with the other's. */
function differentPeople(text: string, x: Name, y: Name): boolean {
  const rests = (n: Name): Set<string> | null => {
    const out = new Set<string>();
    for (let i = 0; i < n.occurrences.length; i++) {
      const r = restOfName(text, n, i);
      if (r === null) return null;
      out.add(r);
    }
    return out;
  };
  const rx = rests(x);
  const ry = rests(y);
  return !!rx && !!ry && ![...rx].some((r) => ry.has(r));
}

/** Whether every occurrence of the name follows "San", "Santa", "São", "Saint" …: a place's name. */
function saintsPlace(text: string, n: Name): boolean {
  return n.occurrences.every((o) =>
    /(?:^|[^\p{L}])(?:San|Santa|Santo|São|Sao|Saint|Sainte|St\.|Sankt)\s+$/u.test(
      text.slice(Math.max(0, o.token.start - 12), o.token.start),
    ),
  );
}
