/**
 * The officialese linter: `lint(ctx, config)` runs the rules over a prepared context and
 * returns findings on ORIGINAL input offsets, sorted by start; `applyFixes(input, findings)`
 * applies the safe fixes.
 */
import type { Finding, Severity } from '../schema.js';
import { parseDirectives, resolveConfig, type ResolvedConfig } from './config.js';
import { builtinLists } from './data/index.js';
import { message } from './messages.js';
import { norm } from './morph.js';
import { PhraseMatcher, replacementsFor } from './phrases.js';
import { RULES, customRule } from './rules/index.js';
import type { LintConfig, ListFile } from './schema.js';
import type { ProseRegion } from '../source/types.js';
import type { LintSentence, Report, Rule, RuleContext } from './types.js';
import { inside, overlaps, QUOTE_KINDS, SKIP_KINDS, takesAnGuard, words } from './util.js';

export type { LintSentence, RuleContext, Rule, RuleMeta, RuleKind, Report, RunContext, LintLocale } from './types.js';
export type { LintConfig, LintConfigInput, ListFile, ListEntry, RuleSetting } from './schema.js';
export { LintConfigSchema, ListFileSchema, ListEntrySchema, parseStyle } from './schema.js';
export { applyFixes } from './fix.js';
export { RULES } from './rules/index.js';
export { builtinLists } from './data/index.js';
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
    for (const s of ctx.sentences) {
      const toks = words(ctx, s);
      if (toks.length === 0) continue;
      for (const m of matcher.match(ctx.prose.text, toks, enabled)) {
        const rule = rules.get(m.variant.ruleId)!;
        const { suggestions, fixable } = replacementsFor(m, toks);
        const entry = m.variant.entry;
        const actual = ctx.prose.text.slice(m.start, m.end);
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
        const data: Record<string, string | number> = { actual, pattern: entry.pattern.replace(/[=~+]/g, '') };
        if (suggestions[0] !== undefined) data.expected = suggestions[0];
        if (entry.note) data.note = entry.note;
        raw.push({
          rule,
          r: {
            messageId: rule.phrase!.messageId(entry, suggestions),
            data,
            start: m.start,
            end: m.end,
            suggestions,
            ...(fix !== undefined ? { fix } : {}),
          },
        });
      }
    }
  }

  // Code rules.
  for (const [id, rule] of rules) {
    if (!rule.create || !enabled(id)) continue;
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
  for (const { rule, r } of raw) {
    const id = rule.meta.id;
    if (!(r.start < r.end)) continue;
    const sentence = sentenceAt(ctx.sentences, r.start, r.end);
    if (!sentence) continue;
    // Never inside markup: a span may not start or end inside code, a URL or an e-mail address.
    if (inside(regions, r.start, r.start + 1, SKIP_KINDS) || inside(regions, r.end - 1, r.end, SKIP_KINDS)) continue;
    // The anatomy of the release: speech and agreed text are quoted, never edited, and carry no
    // sentence-level finding; titles, bylines, contacts and boilerplate get information only.
    const verbatim = sentence.verbatim !== undefined || overlaps(regions, r.start, r.end, VERBATIM_KINDS);
    if (verbatim && sentenceLevel(rule, r, sentence)) continue;
    const furniture = overlaps(regions, r.start, r.end, FURNITURE_KINDS);
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
  return out.filter((f) => {
    const to = yielding.get(f.ruleId);
    if (!to) return true;
    return !out.some((g) => g !== f && to.includes(g.ruleId) && g.start <= f.start && f.end <= g.end);
  });
}

function customMessage(rule: Rule<any>, r: Report, data: Record<string, string | number>, locale: 'en' | 'ru'): string {
  const own = (rule as Rule<any> & { template?: string }).template;
  if (own)
    return own.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (w, k: string) => (data[k] === undefined ? w : String(data[k])));
  return message('custom', r.messageId, data, locale);
}
