/**
 * The officialese linter: `lint(ctx, config)` runs the rules over a prepared context and
 * returns findings on ORIGINAL input offsets, sorted by start; `applyFixes(input, findings)`
 * applies the safe fixes.
 */
import type { Finding, Severity } from '../schema.js';
import { parseDirectives, resolveConfig, type ResolvedConfig } from './config.js';
import { builtinLists } from './data/index.js';
import { message } from './messages.js';
import { matchCase, norm } from './morph.js';
import { contextHolds } from './context.js';
import { plain, PhraseMatcher, replacementsFor, type PhraseMatch } from './phrases.js';
import { russianMorphology } from '../morph/ru.js';
import type { Token } from '../text/tokenize.js';
import { RULES, customRule } from './rules/index.js';
import type { LintConfig, ListEntry, ListFile } from './schema.js';
import type { ProseRegion } from '../source/types.js';
import type { LintSentence, Report, Rule, RuleContext } from './types.js';
import { inside, overlaps, QUOTE_KINDS, SKIP_KINDS, takesAnGuard, words } from './util.js';
import { caption, firstPersonSingular } from './spoken-ru.js';

export type { LintSentence, RuleContext, Rule, RuleMeta, RuleKind, Report, RunContext, LintLocale } from './types.js';
export type { LintConfig, LintConfigInput, ListFile, ListEntry, RuleSetting } from './schema.js';
export { LintConfigSchema, ListFileSchema, ListEntrySchema, parseStyle } from './schema.js';
export { applyFixes } from './fix.js';
export { RULES } from './rules/index.js';
export { builtinLists, builtinListsPending, provideBuiltinLists } from './data/index.js';
export { format as formatMessage } from './messages.js';

interface Raw {
  rule: Rule<any>;
  r: Report;
}

const builtinMatchers = new Map<string, PhraseMatcher>();
const styleMatchers = new WeakMap<ResolvedConfig, Map<string, PhraseMatcher>>();
const customRules = new WeakMap<ResolvedConfig, Map<string, Rule<any>>>();

function rulesOf(cfg: ResolvedConfig): Map<string, Rule<any>> {
  let m = customRules.get(cfg);
  if (m) return m;
  m = new Map(RULES);
  for (const s of cfg.styles) {
    if (m.has(s.rule)) continue;
    const languages = [...new Set(cfg.styles.filter((x) => x.rule === s.rule).map((x) => x.language))];
    m.set(s.rule, customRule(s, languages));
  }
  customRules.set(cfg, m);
  return m;
}

function matcherFor(cfg: ResolvedConfig, language: string, lists: ListFile[], user: boolean): PhraseMatcher {
  const lang = language as ListFile['language'];
  if (!user) {
    let m = builtinMatchers.get(language);
    if (!m) builtinMatchers.set(language, (m = new PhraseMatcher(lang, lists)));
    return m;
  }
  let per = styleMatchers.get(cfg);
  if (!per) styleMatchers.set(cfg, (per = new Map()));
  let m = per.get(language);
  if (!m) per.set(language, (m = new PhraseMatcher(lang, lists)));
  return m;
}

/**
 * English: a list match holding a capitalised word inside the sentence is part of a name or title
 * ("the second Report on the Implementation of the 2019 U.S. Strategy", "the Additional Protocol"),
 * which the writer cannot reword; a sentence's first word is capitalised anyway.
 */
function inTitleCase(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(from, 1); i < to; i++) if (/^\p{Lu}\p{Ll}{3,}$/u.test(toks[i]!.text)) return true;
  return false;
}

/** Lints a prepared context. Findings are on original input offsets, sorted by start. */
export function lint(ctx: RuleContext, config?: LintConfig): Finding[] {
  const cfg = resolveConfig(config, RULES);
  const rules = rulesOf(cfg);
  const lang = ctx.language;
  const lists = [...builtinLists(lang), ...cfg.styles.filter((s) => s.language === lang)];
  const user = cfg.styles.some((s) => s.language === lang);
  const raw: Raw[] = [];
  const enabled = (id: string): boolean => {
    const rule = rules.get(id);
    return !!rule && (cfg.rules.get(id)?.enabled ?? true) && rule.meta.languages.includes(lang);
  };

  // List rules: one pass over the tokens for all of them.
  const phraseLists = lists.filter((l) => rules.get(l.rule)?.phrase);
  if (phraseLists.some((l) => enabled(l.rule))) {
    const matcher = matcherFor(cfg, lang, phraseLists, user);
    for (const [n, s] of ctx.sentences.entries()) {
      if ((n & 255) === 255) ctx.deadline?.check('lint');
      const toks = words(ctx, s);
      if (toks.length === 0) continue;
      const accept = (m: PhraseMatch): boolean =>
        !(lang === 'en' && inTitleCase(toks, m.from, m.to)) &&
        (!m.variant.entry.when ||
          contextHolds(m.variant.entry.when, ctx.prose.text, toks, m.from, m.to, ctx.prose.regions));
      /** The previous finding of this sentence's list rules, with one past its last token. */
      let last: { to: number; r: Report } | undefined;
      for (const m of matcher.match(ctx.prose.text, toks, enabled, accept)) {
        const rule = rules.get(m.variant.ruleId)!;
        let { suggestions, fixable } = replacementsFor(m, toks);
        const entry = m.variant.entry;
        const actual = ctx.prose.text.slice(m.start, m.end);
        // Russian: a replacement stands only in the form the sentence needs (case, number,
        // gender, person), made by the morphology; one that cannot be made to agree is dropped,
        // and the message then names the word to use in its dictionary form.
        let needsForm = false;
        // The form an entry lists for this text is its replacement; the other alternatives are in
        // their dictionary form: not offered.
        // It takes the capital of the words it replaces ("Состоялся обмен мнениями" → "Обсудили").
        if (lang === 'ru' && listedForm(entry, toks, m)) suggestions = [matchCaseOf(actual, suggestions[0]!)];
        else if (lang === 'ru' && suggestions.length > 0) {
          const agreed = agreeRu(suggestions, actual, entry, m, toks);
          needsForm = agreed.length === 0;
          // A fix only when the first replacement itself stands, made to agree.
          if (fixable)
            fixable = agreed.length > 0 && agreed[0] === agreeRu([suggestions[0]!], actual, entry, m, toks)[0];
          suggestions = agreed;
        }
        // Every word capitalised inside a sentence: part of a name ("the Prioritized Global
        // Action Plan"), not the writer's officialese — unless the entry names a proper noun.
        if (
          m.from > 0 &&
          !/^\p{Lu}/u.test(suggestions[0] ?? '') &&
          toks.slice(m.from, m.to).every((t) => /^\p{Lu}/u.test(t.text)) &&
          !/[:.!?«“"]\s*$/.test(ctx.prose.text.slice(toks[m.from - 1]!.end, m.start))
        )
          continue;
        const pattern = norm(entry.pattern).replace(/[=~+?]/g, '');
        if (cfg.allow.has(pattern)) continue;
        // A clause of cause that opens the sentence reads «Так как шёл снег, мы опоздали»: «потому
        // что» usually follows the main clause.
        if (lang === 'ru' && entry.commaBefore && m.from === 0) {
          const k = suggestions.findIndex((x) => /^(?:так как|поскольку)$/iu.test(x));
          if (k > 0) suggestions = [suggestions[k]!, ...suggestions.filter((_, i) => i !== k)];
        }
        let fix: string | undefined;
        const first = suggestions[0];
        if (fixable && rule.phrase!.fixes && first !== undefined) {
          // A replacement that starts with a capital is a proper noun ("России"): keep it as it is.
          const proper = first.charAt(0) !== first.charAt(0).toLowerCase();
          if (proper || simple(actual)) {
            const candidate = proper ? first : matchCaseOf(actual, first);
            if (
              lang !== 'en' ||
              (takesAnGuard(ctx.prose.text, toks, m.from, candidate) && ofGuard(entry.pattern, candidate, toks, m.to))
            )
              fix = candidate;
          }
        }
        let start = m.start;
        if (entry.commaBefore && m.from > 0) {
          // "работаем для того, чтобы" → "работаем, чтобы": the clause keeps its comma. The fix
          // takes the word before, so the comma lands after it; after a particle ("не для того,
          // чтобы", "именно благодаря тому, что") no comma fits: a suggestion only.
          const prev = toks[m.from - 1]!;
          const gap = ctx.prose.text.slice(prev.end, m.start);
          if (/^[\s\u00a0]+$/.test(gap)) {
            if (fix !== undefined && !COMMA_BLOCKERS.has(norm(prev.text)) && !/[,;:]$/.test(fix)) {
              const conj = `${fix.charAt(0).toLowerCase()}${fix.slice(1)}`;
              if (last && last.to === m.from && last.r.fix !== undefined) {
                // The word before ends another fixed finding ("В настоящее время в связи с тем,
                // что"): one fix for both ("Сейчас, потому что"), so the fixes do not overlap.
                start = last.r.start;
                fix = `${last.r.fix}, ${conj}`;
                delete last.r.fix;
              } else {
                start = prev.start;
                fix = `${ctx.prose.text.slice(prev.start, prev.end)}, ${conj}`;
              }
            } else fix = undefined;
          }
        }
        const data: Record<string, string | number> = { actual, pattern: entry.pattern.replace(/[=~+]/g, '') };
        if (suggestions[0] !== undefined) data.expected = suggestions[0];
        if (needsForm) data.expected = plain(entry.replace[0]!);
        if (entry.note) data.note = entry.note;
        const report: Report = {
          messageId:
            needsForm && rule.meta.messages.includes('replaceForm')
              ? 'replaceForm'
              : rule.phrase!.messageId(entry, suggestions),
          data,
          start,
          end: m.end,
          suggestions,
          ...(fix !== undefined ? { fix } : {}),
        };
        raw.push({ rule, r: report });
        last = { to: m.to, r: report };
      }
    }
  }

  // Code rules.
  for (const [id, rule] of rules) {
    if (!rule.create || !enabled(id)) continue;
    ctx.deadline?.check('lint');
    const options = cfg.rules.get(id)?.options ?? {};
    rule.create({
      ...ctx,
      options,
      lists: lists.filter((l) => l.rule === id),
      report: (r) => raw.push({ rule, r }),
    });
  }

  return finish(ctx, cfg, raw);
}

/** Coarse word class for the replacement check: nominal, adjectival, verbal, other. */
function family(pos: string | null | undefined): string {
  if (pos === 'NOUN' || pos === 'NPRO') return 'n';
  if (pos === 'ADJF' || pos === 'ADJS' || pos === 'PRTF' || pos === 'PRTS' || pos === 'COMP') return 'a';
  if (pos === 'VERB' || pos === 'INFN' || pos === 'GRND') return 'v';
  return pos ?? '';
}

/** The entry lists the text's form with its own replacement (`forms`): that replacement stands. */
function listedForm(entry: ListEntry, toks: readonly Token[], m: PhraseMatch): boolean {
  if (!entry.forms) return false;
  const surface = toks
    .slice(m.from, m.to)
    .map((t) => norm(t.text))
    .join(' ');
  return entry.forms[surface] !== undefined;
}

/** Russian words a replacement can follow or start with that never change form. */
const RU_FIXED_START = new Set(
  'в во на с со из из-за по при для до после между через без к ко о об от у за над под перед благодаря вследствие ввиду чтобы потому так если когда хотя это как'.split(
    ' ',
  ),
);

/**
 * Russian replacements put into the form of the text they replace ("мероприятиях" → "событиях",
 * "провели проверку" → "проверили"), through the OpenCorpora morphology when it is loaded
 * (`loadRussianMorphology`); a replacement that cannot be made to agree is dropped. Without the
 * morphology only what never changes form stands: a dash, a proper noun, and the replacements of
 * an entry that starts with a preposition or conjunction ("в целях" → "чтобы", "в ходе" → "во
 * время").
 */
function agreeRu(
  suggestions: string[],
  actual: string,
  entry: ListEntry,
  m: PhraseMatch,
  toks: readonly Token[],
): string[] {
  const morph = russianMorphology();
  const out: string[] = [];
  const fixedEntry = RU_FIXED_START.has(norm(entry.pattern.split(/\s+/)[0]!.replace(/^[=~]/, '').split('|')[0]!));
  const before = m.from > 0 ? toks[m.from - 1]!.text : undefined;
  for (const s of suggestions) {
    let a: string | null;
    if (!/\p{L}/u.test(s) || /^\p{Lu}/u.test(s)) a = s;
    else if (morph) {
      a = morph.agree(s, actual, before ? { before } : {});
      // An infinitive for a finite verb of the other aspect ("приняли участие" → "участвовали"):
      // the same tense, number, gender and person, the aspect left as the replacement has it.
      if (a === null && !/\s/.test(s)) {
        const o = actual
          .split(/\s+/)
          .map((w) => morph.parse(w)[0])
          .find((p) => p?.pos === 'VERB');
        if (o && morph.parse(s)[0]?.pos === 'INFN') {
          const f = morph.inflect(s, {
            pos: 'VERB',
            ...(o.tense ? { tense: o.tense } : {}),
            ...(o.number ? { number: o.number } : {}),
            ...(o.tense === 'past' && o.number === 'sing' && o.gender ? { gender: o.gender } : {}),
            ...(o.tense !== 'past' && o.person ? { person: o.person } : {}),
          });
          if (f) a = matchCase(actual, f);
        }
      }
      // The replacement keeps its kind of word: an adjective or participle does not come back as
      // a verb ("динамично развиваться" → "растить").
      if (
        a !== null &&
        family(morph.parse(s.split(/\s+/)[0]!)[0]?.pos) !== family(morph.parse(a.split(/\s+/)[0]!)[0]?.pos)
      )
        a = null;
      // A verb keeps the tense and voice of the one it replaces: a perfective for an imperfective
      // present turns it into a future («реализует» → «сделает»), a verb without «-ся» for a
      // one-word reflexive passive turns the subject into an object («проекты реализуются» →
      // «проекты сделают»): dropped.
      if (a !== null) {
        const ow = actual.split(/\s+/).find((w) => morph.parse(w)[0]?.pos === 'VERB');
        const rw = a.split(/\s+/).find((w) => morph.parse(w)[0]?.pos === 'VERB');
        if (ow && rw) {
          const present = (w: string): boolean => morph.parse(w).some((p) => p.pos === 'VERB' && p.tense === 'pres');
          const reflexive = (w: string): boolean => /(?:ся|сь)$/u.test(norm(w));
          if ((present(ow) && !present(rw)) || (ow === actual.trim() && reflexive(ow) && !reflexive(rw))) a = null;
        }
      }
      // A singular noun of another gender breaks the agreement of the words around it
      // ("мероприятие прошло" → "встреча прошло"): dropped.
      if (a !== null && !/\s/.test(a) && !/\s/.test(actual.trim())) {
        const o = morph.parse(actual)[0];
        const r = morph.parse(a)[0];
        if (
          o?.pos === 'NOUN' &&
          r?.pos === 'NOUN' &&
          o.number === 'sing' &&
          o.gender &&
          r.gender &&
          o.gender !== r.gender
        )
          a = null;
      }
    } else if (fixedEntry || s.split(/\s+/).every((w) => RU_FIXED_START.has(norm(w)))) a = s;
    // An infinitive for an infinitive ("оказывать помощь" → "помогать").
    else a = /(?:ть|ться|чь)$/.test(norm(actual.split(/\s+/)[0]!)) && /^[^\s]+(?:ть|ться|чь)$/.test(s) ? s : null;
    if (a !== null && !out.includes(a)) out.push(a);
  }
  return out;
}

/** Words after which a subordinate clause takes no comma ("не для того, чтобы", "именно потому что"). */
const COMMA_BLOCKERS = new Set(
  'не ни именно лишь только и а но или либо даже ведь также тоже просто как раз уже еще всё все'.split(' '),
);

const DETERMINERS = new Set([
  'the',
  'these',
  'those',
  'this',
  'that',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
  'them',
  'us',
  'it',
  'which',
  'whom',
  'all',
]);
const QUANTIFIERS = /(?:^|\s)(?:many|most|some|several|much|few|enough|various|all|more than|almost all)$/;

/** English: "a large number of the delegates" cannot become "many the delegates". */
function ofGuard(pattern: string, replacement: string, toks: readonly { text: string }[], to: number): boolean {
  if (!/\bof$/.test(pattern.trim()) || !QUANTIFIERS.test(replacement.toLowerCase())) return true;
  const next = toks[to];
  return !next || !DETERMINERS.has(next.text.toLowerCase());
}

function simple(text: string): boolean {
  const rest = text.slice(1);
  return rest === rest.toLowerCase();
}

function matchCaseOf(model: string, s: string): string {
  const c = model.charAt(0);
  return c !== c.toLowerCase() ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

function sentenceAt(sentences: readonly LintSentence[], start: number, end: number): LintSentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.end < start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else {
      // Several sentences may touch `start` (end of one = start of next): find one that holds the span.
      for (let k = Math.max(0, mid - 1); k <= Math.min(sentences.length - 1, mid + 1); k++) {
        const t = sentences[k]!;
        if (t.start <= start && end <= t.end) return t;
      }
      return undefined;
    }
  }
  return undefined;
}

function finish(ctx: RuleContext, cfg: ResolvedConfig, raw: Raw[]): Finding[] {
  const directives =
    cfg.directives && ctx.prose.comments.length > 0 ? parseDirectives(ctx.prose.comments, ctx.lines) : null;
  const regions = ctx.prose.regions;
  const out: Finding[] = [];
  const seen = new Set<string>();
  // Russian: a sentence in the first person singular is someone's own words (spoken-ru.ts).
  const spokenCache = new Map<LintSentence, boolean>();
  const spoken = (s: LintSentence): boolean => {
    let v = spokenCache.get(s);
    if (v === undefined)
      spokenCache.set(
        s,
        (v = firstPersonSingular(
          ctx.prose.text,
          // Words in quotation marks are the quoted speaker's («Моя Россия», «Я уверен, …»).
          words(ctx, s).filter((t) => !inside(regions, t.start, t.end, QUOTE_KINDS)),
        )),
      );
    return v;
  };
  // Russian: a sentence with no predicate is a caption set in the text (spoken-ru.ts).
  const captionCache = new Map<LintSentence, boolean>();
  const captioned = (s: LintSentence): boolean => {
    let v = captionCache.get(s);
    if (v === undefined) captionCache.set(s, (v = caption(ctx.prose.text, words(ctx, s))));
    return v;
  };
  // A quotation of LONG_QUOTE words or more in quotation marks is someone else's words, as a
  // speaker's turn is (LABELLING.md, rule 1: the office reports it, it does not rewrite it).
  const longQuotes = regions.filter(
    (q) => q.kind === 'quote' && countWords(ctx.prose.text.slice(q.start, q.end)) >= LONG_QUOTE,
  );
  for (const { rule, r } of raw) {
    const id = rule.meta.id;
    if (!(r.start < r.end)) continue;
    const sentence = sentenceAt(ctx.sentences, r.start, r.end);
    if (!sentence) continue;
    // Never inside markup: a span may not start or end inside code, a URL or an e-mail address.
    if (inside(regions, r.start, r.start + 1, SKIP_KINDS) || inside(regions, r.end - 1, r.end, SKIP_KINDS)) continue;
    // The anatomy of the release: speech and agreed text are quoted, never edited, and carry no
    // sentence-level finding; titles, bylines, contacts and boilerplate get information only.
    const verbatim =
      sentence.verbatim !== undefined ||
      overlaps(regions, r.start, r.end, VERBATIM_KINDS) ||
      (longQuotes.length > 0 &&
        (sentenceLevel(rule, r, sentence)
          ? mostlyQuoted(longQuotes, sentence)
          : inside(longQuotes, r.start, r.end, QUOTE_KINDS))) ||
      (ctx.language === 'ru' && spoken(sentence));
    if (verbatim && sentenceLevel(rule, r, sentence)) continue;
    // Russian: a sentence wholly inside quotation marks (a message quoted in a news item) cannot be
    // split or shortened by the office either.
    if (ctx.language === 'ru' && sentence.quoted && sentenceLevel(rule, r, sentence)) continue;
    if (verbatim && cfg.verbatim === 'off') continue;
    const furniture =
      overlaps(regions, r.start, r.end, FURNITURE_KINDS) || (ctx.language === 'ru' && captioned(sentence));
    if (furniture && cfg.furniture === 'off') continue;
    const quotedAll = sentence.quoted || verbatim || inside(regions, r.start, r.end, QUOTE_KINDS);
    if (quotedAll && cfg.quoted === 'off') continue;
    const quotedAny = quotedAll || furniture || overlaps(regions, r.start, r.end, QUOTE_KINDS);
    const [start, end] = ctx.prose.toOriginal(r.start, r.end);
    if (!(start < end)) continue;
    const actual = ctx.input.slice(start, end);
    const term = r.term ?? norm(actual).replace(/\s+/g, ' ');
    if (cfg.allow.has(term)) continue;
    const loc = ctx.lines.location(start, end);
    if (directives?.silenced(id, start, loc.start.line)) continue;
    const key = `${id}:${r.messageId}:${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const state = cfg.rules.get(id);
    let severity: Severity = state?.severity ?? r.severity ?? rule.meta.severity;
    if (quotedAll || furniture) severity = 'suggestion';
    const data = r.data ?? {};
    const finding: Finding = {
      ruleId: id,
      messageId: r.messageId,
      data,
      message: rule.meta.url ? message(id, r.messageId, data, ctx.locale) : customMessage(rule, r, data, ctx.locale),
      severity,
      start,
      end,
      loc,
      actual,
      suggestions: r.suggestions ?? [],
    };
    if (r.fix !== undefined && !quotedAny && actual === ctx.prose.text.slice(r.start, r.end) && r.fix !== actual) {
      finding.fix = { range: [start, end], text: r.fix };
    }
    if (rule.meta.url) finding.url = rule.meta.url;
    out.push(finding);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return yieldOverlaps(out, raw);
}

const VERBATIM_KINDS = new Set<ProseRegion['kind']>(['speech', 'agreed-text']);

/** Fewest words for a quotation to count as someone's words: shorter ones are names, titles and
 * terms ("the so-called “referendum”", “Build Back Better”) that the office may still reword. */
const LONG_QUOTE = 8;

function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** More than half of the sentence's characters lie inside the quotations. */
function mostlyQuoted(quotes: readonly ProseRegion[], s: LintSentence): boolean {
  let inQuotes = 0;
  for (const q of quotes) inQuotes += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  return 2 * inQuotes > s.end - s.start;
}
const FURNITURE_KINDS = new Set<ProseRegion['kind']>(['title', 'dateline', 'byline', 'contact', 'boilerplate']);

/** A finding about the sentence as a whole (its length, its difficulty), not about some words in it. */
function sentenceLevel(rule: Rule<any>, r: Report, sentence: LintSentence): boolean {
  return (
    rule.meta.kind === 'metric' ||
    rule.meta.id === 'sentence-length' ||
    (r.start <= sentence.start && r.end >= sentence.end)
  );
}

/** Drops findings of rules that yield to another rule's finding covering the same span. */
function yieldOverlaps(out: Finding[], raw: Raw[]): Finding[] {
  const yielding = new Map<string, readonly string[]>();
  for (const { rule } of raw) if (rule.meta.yieldsTo?.length) yielding.set(rule.meta.id, rule.meta.yieldsTo);
  if (yielding.size === 0) return out;
  // Per rule: its findings' starts (sorted, as `out` is) with the running maximum of their ends,
  // so "does a finding of rule R cover [start, end)?" is one binary search (linear overall).
  const byRule = new Map<string, { starts: number[]; maxEnd: number[] }>();
  for (const g of out) {
    let e = byRule.get(g.ruleId);
    if (!e) byRule.set(g.ruleId, (e = { starts: [], maxEnd: [] }));
    e.starts.push(g.start);
    e.maxEnd.push(Math.max(g.end, e.maxEnd[e.maxEnd.length - 1] ?? -1));
  }
  const covered = (ruleId: string, f: Finding): boolean => {
    const e = byRule.get(ruleId);
    if (!e) return false;
    let lo = 0;
    let hi = e.starts.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (e.starts[mid]! <= f.start) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return k >= 0 && e.maxEnd[k]! >= f.end;
  };
  return out.filter((f) => {
    const to = yielding.get(f.ruleId);
    if (!to) return true;
    return !to.some((id) =>
      id === f.ruleId
        ? out.some((g) => g !== f && g.ruleId === id && g.start <= f.start && f.end <= g.end)
        : covered(id, f),
    );
  });
}

function customMessage(rule: Rule<any>, r: Report, data: Record<string, string | number>, locale: 'en' | 'ru'): string {
  const own = (rule as Rule<any> & { template?: string }).template;
  if (own)
    return own.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (w, k: string) => (data[k] === undefined ? w : String(data[k])));
  return message('custom', r.messageId, data, locale);
}
