/**
 * Acronyms used before they are spelled out (Vale's "conditional" kind). plainlanguage.gov and
 * GOV.UK: spell out an acronym the first time you use it, unless most readers know it (the
 * list of well-known acronyms is data: `entries`, each with its source). Only the first use is
 * reported. Not reported: an acronym that is part of a name (its first word before a capitalised
 * word, "the KORUS Global Vaccine Partnership"; its last after one, "Asia EDGE"; "NAFSA:
 * Association of International Educators"; "Division of Global HIV and TB"), a run-in heading
 * ("CAFTA-DR and Panama Environmental Cooperation: …"), a company or body compromise's lexicon
 * lists as an organisation (AIG, HSBC), a handle or hashtag, a name in guillemets.
 */
import { z } from 'zod';
import { builtinLists } from '../data/index.js';
import { norm } from '../morph.js';
import type { ListFile } from '../schema.js';
import type { Rule } from '../types.js';
import { docsUrl } from '../util.js';
import { acronymInfo, knownOrganization, looksLikeWord } from './acronyms.js';

const Options = z
  .object({
    /** More acronyms your readers know. */
    known: z.array(z.string().min(1)).default([]),
  })
  .strict();
type Options = z.infer<typeof Options>;

export function knownAcronyms(lists: readonly ListFile[], extra: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  for (const l of lists) for (const e of l.entries) out.add(norm(e.pattern));
  for (const e of extra) out.add(norm(e));
  return out;
}

/** Is [start, end) inside «…» of at most four words on one line? */
function inQuotedName(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('«', start);
  if (open < 0 || start - open > 40) return false;
  const close = text.indexOf('»', end);
  if (close < 0 || close - end > 40) return false;
  const inner = text.slice(open + 1, close);
  return !/[«»\n]/.test(inner) && inner.trim().split(/\s+/).length <= 4;
}

/** Words that start a sentence or a phrase in capitals without being part of a name. */
const OPENERS = new Set(
  'the a an this that these those in on at for through with by from to and of as under our their its his her we they'.split(
    ' ',
  ),
);

/** Is the word before `start` a capitalised word of a name ("Asia" in "Through Asia EDGE")? */
function nameBefore(text: string, start: number): boolean {
  const m = /(?:^|[\s(])(\p{Lu}\p{Ll}+)[ \u00a0]$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!m || OPENERS.has(m[1]!.toLowerCase())) return false;
  // Not the first word of its sentence ("Officials of …" is no name before the acronym).
  const before = text.slice(Math.max(0, start - 30), start - m[1]!.length - 1);
  return !/(?:^|[.!?:]\s*|\n\s*)$/u.test(before);
}

/** The furthest back a labelled field's line is read ("VESSEL: " before "TIKSY"; a label is 31 characters at most). */
const LABEL_LINE = 200;

export const acronymDefinition: Rule<Options> = {
  meta: {
    id: 'acronym-definition',
    kind: 'conditional',
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    description: 'Acronyms used before they are spelled out (well-known ones excepted).',
    url: docsUrl('acronym-definition'),
    severity: 'warning',
    messages: ['undefined', 'beforeDefinition'],
    fixable: false,
    options: Options,
    data: true,
    sources: ['plainlanguage-acronyms', 'govuk-style'],
  },
  create(ctx) {
    const known = knownAcronyms(ctx.lists, ctx.options.known);
    // Shouted words ("NOTE", "ВАЖНО") are all-caps' business.
    for (const l of builtinLists(ctx.language))
      if (l.rule === 'all-caps')
        for (const e of [...l.entries, ...(l.sets?.conventions ?? [])]) known.add(norm(e.pattern));
    // Kinds of named things ("mission", "magazine": the data's `sets.nameKinds`).
    const kinds = new Set<string>();
    for (const l of ctx.lists) for (const e of l.sets?.nameKinds ?? []) kinds.add(norm(e.pattern));
    const info = acronymInfo(ctx);
    const reported = new Set<string>();
    for (const u of info.uses) {
      if (reported.has(u.acronym)) continue;
      reported.add(u.acronym);
      // "U.S" is the known "US".
      if (known.has(norm(u.acronym)) || known.has(norm(u.acronym.replace(/\./g, '')))) continue;
      // A company or body known worldwide by its letters (AIG, HSBC, UPS): compromise's lexicon
      // of organisations (English).
      if (knownOrganization(u.acronym.replace(/\./g, ''), ctx.language)) continue;
      // Well-known acronyms joined by a hyphen or slash ("UK-EU negotiations", "U.S.-EU"): each
      // part is known.
      const parts = u.surface.split(/[-/\u2010\u2011]/).filter((p) => p !== '');
      // A single letter joined to a known acronym is a branch's or a series' letter ("ISIS-K"),
      // no abbreviation to spell out.
      const isKnown = (p: string): boolean =>
        known.has(norm(p)) ||
        known.has(norm(p.replace(/\./g, ''))) ||
        // (and a number is no abbreviation: "MS-13", where heldout27-en reported "13")
        (parts.length > 1 && /^(?:\p{Lu}|\d+)$/u.test(p));
      if (parts.length > 1 && parts.every(isKnown)) continue;
      // Some parts known ("the UN-AU-IGAD facilitated dialogue"): the first unknown part is what
      // the reader needs spelled out ("IGAD"), not the compound.
      let part: { text: string; at: number } | null = null;
      if (parts.length > 1 && parts.some(isKnown)) {
        let at = 0;
        for (const p of u.surface.split(/([-/\u2010\u2011])/)) {
          const bare = p.replace(/['’]s$/u, '');
          if (p !== '' && !/^[-/\u2010\u2011]$/.test(p) && !isKnown(bare)) {
            part = { text: bare, at };
            break;
          }
          at += p.length;
        }
      }
      // The value of a labelled field ("VESSEL: TIKSY", "AIRCRAFT: RA-96018": a sanctions list's
      // entry, State Department pool, heldout26-en): a name in capitals after a label in capitals,
      // no abbreviation
      // (the line read back at most LABEL_LINE characters: a text with no line break stays linear)
      const back = ctx.prose.text.slice(Math.max(0, u.start - LABEL_LINE), u.start);
      const nl = back.lastIndexOf('\n');
      if (nl >= 0 || u.start <= LABEL_LINE) {
        const line = back.slice(nl + 1);
        if (/^[ \t]*\p{Lu}[\p{Lu} '’.-]{1,30}:[ \t]*$/u.test(line)) continue;
        // (and the label itself: "VESSEL:", "IMO:" opening the line)
        if (/^[ \t]*$/u.test(line) && /^[ \t]*:/u.test(ctx.prose.text.slice(u.end, u.end + 3))) continue;
      }
      // A legal citation ("31 CFR part 587", "50 U.S.C. 1701"): title number, code, section; a
      // reader of a legal text looks the code up by its letters (Latin script).
      if (ctx.language !== 'ru' && /\d[ \u00a0]$/.test(ctx.prose.text.slice(Math.max(0, u.start - 2), u.start)))
        continue;
      // A dotted legal abbreviation before its number ("pursuant to E.O. 14024", "P.L. 117-103"):
      // a citation too (E.O. 78 times in the State Department releases of 2021-22, "Executive
      // Order" and a number 37 times).
      if (
        ctx.language !== 'ru' &&
        u.surface.includes('.') &&
        /^\.?[ \u00a0]\d/.test(ctx.prose.text.slice(u.end, u.end + 3))
      )
        continue;
      const def = info.defined.get(part ? part.text : u.acronym) ?? (part ? info.defined.get(u.acronym) : undefined);
      if (def !== undefined && def.start <= u.start) continue;
      // Inside a short name in guillemets (ПАО «Банк ВТБ», выставка «ИННОПРОМ»): the acronym is
      // the name itself, not an abbreviation to spell out.
      if (inQuotedName(ctx.prose.text, u.start, u.end)) continue;
      // The kind of the organisation before its name in guillemets ("Коллектив НПП «Радар ммс»",
      // "АО «НПП «Радар ммс»"): part of the name, spelled out nowhere in the source.
      if (/^[ \u00a0]?«/u.test(ctx.prose.text.slice(u.end, u.end + 2))) continue;
      // Part of a social-media handle or hashtag ("@ECA_AS", "#COP26").
      if (/[@#_]/.test(ctx.prose.text.charAt(u.start - 1))) continue;
      // The first word of a proper name ("the AFL-CIO Executive Council", "the KORUS Global
      // Vaccine Partnership"): the name is what readers meet, not the letters (Latin script).
      if (ctx.language !== 'ru' && /^\.?[ \u00a0]\p{Lu}\p{Ll}/u.test(ctx.prose.text.slice(u.end, u.end + 4))) continue;
      // The last word of a proper name ("Asia EDGE", "Operation ALLIES"): a capitalised word,
      // not the sentence's first, right before it (Latin script).
      if (ctx.language !== 'ru' && nameBefore(ctx.prose.text, u.start)) continue;
      // The organisation's own name spelled with it: "NAFSA: Association of International
      // Educators".
      if (
        ctx.language !== 'ru' &&
        /^:[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+(?:(?:of|for|and|the|on)[ \u00a0]+)*\p{Lu}/u.test(
          ctx.prose.text.slice(u.end, u.end + 60),
        )
      )
        continue;
      // The last word of an organisation's name with "of" / "for" in it ("Division of Global HIV
      // and TB") or a
      // run-in heading in capitals before a colon ("CAFTA-DR and Panama Environmental
      // Cooperation: The State Department's …"): a name or a heading, not a sentence's acronym
      // (Latin script).
      if (ctx.language !== 'ru' && (nameWithOf(ctx.prose.text, u.start) || runInHeading(ctx.prose.text, u.start)))
        continue;
      // A company's name before its legal form ("EYP, Inc. of Albany", "Acme LLC"): the letters are
      // the name (Latin script).
      if (
        ctx.language !== 'ru' &&
        /^,?[ \u00a0]+(?:Inc|Ltd|Corp|Co|LLC|LLP|PLC|GmbH|AG|S\.A)\b/u.test(ctx.prose.text.slice(u.end, u.end + 8))
      )
        continue;
      // The name of a thing whose kind the text gives (Latin script): after an owner's
      // possessive and before the kind's noun ("NASA's upcoming PACE mission": a mission of
      // NASA's, called PACE), or the first word of a title in capitals that ends, a few words on,
      // in the kind's noun capitalised ("CAREERS and the disABLED Magazine"). The reader is told
      // what it is; the letters are its name.
      if (ctx.language !== 'ru' && namedKind(ctx.prose.text, u.start, u.end, kinds)) continue;
      // Glossed right after it, in apposition ("CNES, the French National Center for Space
      // Studies"): a name in capitals, two words or more, says what the letters are (heldout
      // labels, Latin script); or a name in capitals after the kind of body it is ("the Brazilian
      // educational group ETAPA", "the firm KCCT"): the letters are the body's name.
      if (
        ctx.language !== 'ru' &&
        (/^,[ \u00a0]+(?:the|an?)[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+(?:(?:of|for|and|on|de|du|des|the)[ \u00a0]+)?){1,7}\p{Lu}[\p{L}'’-]*[,.;)]/u.test(
          ctx.prose.text.slice(u.end, u.end + 120),
        ) ||
          /\b(?:group|firm|company|contractor|brand|magazine|newspaper|startup|label)[ \u00a0]+$/u.test(
            ctx.prose.text.slice(Math.max(0, u.start - 20), u.start),
          ))
      )
        continue;
      // Alone on its line: an item of a list of names, one a line ("Arab League / CEN-SAD / EU",
      // the members of a coalition), or a label, not a sentence to spell it out in.
      if (aloneOnLine(ctx.prose.text, u.start, u.end)) continue;
      if (part) {
        if (reported.has(part.text)) continue;
        reported.add(part.text);
      }
      // What is reported: the first unknown part of a compound, else the acronym as written (a
      // dotted form kept whole, "L.A." with its last dot, and named whole in the message:
      // "“N.U.G.” is never spelled out").
      const dotted = u.surface.includes('.') && ctx.prose.text.charAt(u.end) === '.';
      const at = part
        ? { acronym: part.text, named: part.text, start: u.start + part.at, end: u.start + part.at + part.text.length }
        : {
            acronym: u.acronym,
            named: dotted && /\.\p{L}$/u.test(u.acronym) ? `${u.acronym}.` : u.acronym,
            start: u.start,
            end: dotted ? u.end + 1 : u.end,
          };
      const data: Record<string, string | number> = { acronym: at.named };
      if (def !== undefined) data.line = ctx.lines.position(ctx.prose.toOriginal(def.start, def.end)[0]).line;
      ctx.report({
        messageId: def === undefined ? 'undefined' : 'beforeDefinition',
        data,
        start: at.start,
        end: at.end,
        term: norm(at.acronym),
      });
    }
  },
};

/** The acronym is all its line holds (but for spaces and a closing punctuation mark). */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  let b = text.indexOf('\n', end);
  if (b < 0) b = text.length;
  return text.slice(a, start).trim() === '' && /^[.;,:]?$/u.test(text.slice(end, b).trim());
}

/** A capitalised word (or acronym) of a name: "Global", "HIV", "Co-operation". */
const CAP = String.raw`\p{Lu}[\p{L}\d'’-]*`;
/** "Division of Global HIV and " before the acronym: an organisation's head noun, "of" / "for",
 * capitalised words, then "and" / "&". */
const NAME_WITH_OF = new RegExp(
  String.raw`(?:^|[\s(])(Division|Bureau|Office|Department|Ministry|Center|Centre|Institute|Council|Committee|Commission|Agency|Fund|School|College|University|Association|Organization|Organisation|Alliance|Coalition|Partnership|Program|Programme|Initiative|Foundation)[ \u00a0]+(?:of|for)[ \u00a0]+(?:(?:${CAP}|and|of|for|on|&),?[ \u00a0]+){1,8}?(?:and|&)[ \u00a0]+$`,
  'u',
);

function nameWithOf(text: string, start: number): boolean {
  return NAME_WITH_OF.test(text.slice(Math.max(0, start - 100), start));
}

/** The acronym sits in a run-in heading: its line (after a list item's marker) opens with 2 to 8
 * words, each capitalised or a little word, ending in a colon before a capitalised sentence. */
function runInHeading(text: string, start: number): boolean {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const colon = text.indexOf(':', start);
  if (colon < 0 || text.slice(a, colon).includes('\n')) return false;
  // A list item's marker ("- ", "• ") opens the line before its heading.
  const head = text
    .slice(a, colon)
    .replace(/^\s*[-•*–]\s+/u, '')
    .trim()
    .split(/\s+/);
  if (head.length < 2 || head.length > 8) return false;
  if (!/^[ \u00a0]+\p{Lu}/u.test(text.slice(colon + 1, colon + 3))) return false;
  return head.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|for|the|on|in|&)$/.test(w));
}

/** "NASA's upcoming PACE mission", "CAREERS and the disABLED Magazine": see the call. */
function namedKind(text: string, start: number, end: number, kinds: ReadonlySet<string>): boolean {
  if (kinds.size === 0) return false;
  const after = text.slice(end, end + 60);
  const next = /^[ \u00a0]+(\p{Ll}+)\b/u.exec(after);
  if (next && kinds.has(next[1]!)) {
    // An owner's possessive, then at most two lower-case words ("upcoming", "new earth-observing").
    const before = text.slice(Math.max(0, start - 60), start);
    if (/\p{L}['’]s[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2}$/u.test(before)) return true;
  }
  // A title: up to four words (capitalised, in mixed case or little words) to the kind's noun
  // capitalised, with no punctuation between.
  const title = /^((?:[ \u00a0]+(?:and|&|the|of|for|\p{L}*\p{Lu}\p{L}*)){1,4})[ \u00a0]+(\p{Lu}\p{Ll}+)\b/u.exec(after);
  if (title === null || !kinds.has(title[2]!.toLowerCase())) return false;
  // …a title's styling, not a list of bodies ("the OBO and the FAA Magazine"): the capitals are
  // an English word ("CAREERS") or the title mixes cases ("disABLED").
  const acr = text.slice(start, end);
  return (
    /\p{Ll}\p{Lu}/u.test(title[1]!) ||
    looksLikeWord(acr, 'en') ||
    (/S$/.test(acr) && looksLikeWord(acr.slice(0, -1), 'en'))
  );
}
