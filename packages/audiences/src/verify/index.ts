/**
 * The verifier: proves a version (or an edit) of a release says only what the release (or the
 * press officer's brief) says. Independent of the composers: it imports nothing from compose/,
 * proposers/ or providers/, and reads both texts itself. Checks are small rules `{ meta, check }`;
 * `VERIFY_RULES` lists them and `verifyRuleTester` proves each can fail.
 *
 * A version may omit (it summarises). It may not alter a number, date, name or title, move an
 * action to another actor, drop a hedge, edit a quotation or agreed text, or hold a placeholder.
 */
import { detectLanguage } from '@attache/core';
import { actions } from './clauses.js';
import { dates, links, numbers, times } from './facts.js';
import { names } from './names.js';
import { read } from './text.js';
import { attributionRule, modalityRule } from './rules/attribution.js';
import { datesRule, linksRule, numbersRule, timesRule } from './rules/facts.js';
import { namesRule, titlesRule } from './rules/names.js';
import { listsRule } from './rules/lists.js';
import { placeholdersRule } from './rules/placeholders.js';
import { agreedTextRule, quoteSpeakerRule, quotesRule } from './rules/quotes.js';
import type {
  Facts,
  TracedFact,
  VerifyCategory,
  VerifyFinding,
  VerifyOptions,
  VerifyReport,
  VerifyRule,
  VerifyRuleId,
} from './types.js';

export type * from './types.js';
export { verifyMessage } from './messages.js';

export const VERIFY_RULES: readonly VerifyRule[] = [
  numbersRule,
  datesRule,
  timesRule,
  linksRule,
  namesRule,
  titlesRule,
  attributionRule,
  modalityRule,
  quotesRule,
  quoteSpeakerRule,
  agreedTextRule,
  placeholdersRule,
  listsRule,
];

/** Findings per category, every category present (0 when none). */
export function countByCategory(findings: readonly VerifyFinding[]): Record<VerifyCategory, number> {
  const counts: Record<VerifyCategory, number> = {
    'altered-fact': 0,
    attribution: 0,
    'edited-quote': 0,
    modality: 0,
    placeholder: 0,
  };
  for (const f of findings) counts[f.category]++;
  return counts;
}

export class VerifyInputError extends TypeError {
  readonly code = 'verify-input';
}

/**
 * The last few texts read, by language and text: a composer verifies many short versions (each
 * sentence, then the whole) against one release, which need be read once. Facts are never
 * changed after they are made, so sharing them is safe; the rules' own caches key on them.
 * Keyed by the text itself, one map per language: a key made by joining the language to the
 * text would copy the whole text at each lookup. A version over `OUTPUT_CACHED` characters is
 * not kept (a rewrite's whole text is verified once; its facts take about 80 bytes a character).
 */
const recent: Record<'en' | 'ru', Map<string, Facts>> = { en: new Map(), ru: new Map() };
const RECENT = 4;
const OUTPUT_CACHED = 100_000;

function remember(text: string, language: 'en' | 'ru', facts: Facts): void {
  const m = recent[language];
  m.delete(text);
  m.set(text, facts);
  if (m.size > RECENT) m.delete(m.keys().next().value!);
}

function factsOf(text: string, language: 'en' | 'ru'): Facts {
  const hit = recent[language].get(text);
  if (hit) {
    remember(text, language, hit);
    return hit;
  }
  const facts = readFacts(text, language);
  if (text.length >= 200 && text.length <= OUTPUT_CACHED) remember(text, language, facts);
  return facts;
}

function readFacts(text: string, language: 'en' | 'ru'): Facts {
  const r = read(text, language);
  return {
    read: r,
    numbers: numbers(r),
    dates: dates(r),
    times: times(r),
    links: links(r),
    names: names(r),
    actions: actions(r),
  };
}

function cachedFacts(text: string, language: 'en' | 'ru'): Facts {
  const hit = recent[language].get(text);
  if (hit) return hit;
  const f = factsOf(text, language);
  remember(text, language, f);
  return f;
}

function languageOf(text: string, given?: string): 'en' | 'ru' {
  if (given === 'en' || given === 'ru') return given;
  if (given !== undefined) throw new VerifyInputError(`language must be 'en' or 'ru', got ${JSON.stringify(given)}`);
  return detectLanguage(text).code === 'ru' ? 'ru' : 'en';
}

/**
 * Verifies `output` against `source` (and the brief). `only` runs a subset of the rules (the
 * tester uses it). Pure and synchronous.
 */
export function verify(
  source: string,
  output: string,
  options: VerifyOptions & { only?: readonly VerifyRuleId[] } = {},
): VerifyReport {
  if (typeof source !== 'string' || typeof output !== 'string')
    throw new VerifyInputError('verify(source, output) takes two strings');
  const language = languageOf(source, options.language);
  const traced: TracedFact[] = [];
  const ctx = {
    source: cachedFacts(source, language),
    brief: options.brief ? cachedFacts(options.brief, language) : null,
    output: factsOf(withoutKnownLinks(output, [source, options.brief ?? '']), language),
    language,
    we: options.we ?? [],
    protected: (options.protected ?? []).filter((p) => p.start >= 0 && p.end <= source.length && p.start < p.end),
    trace: (f: TracedFact) => {
      traced.push(f);
    },
  };
  const rules = options.only ? VERIFY_RULES.filter((r) => options.only!.includes(r.meta.id)) : VERIFY_RULES;
  const findings = rules.flatMap((r) => r.check(ctx));
  findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
  const counts = countByCategory(findings);
  const seen = new Set<string>();
  const facts = traced.filter((f) => {
    const k = `${f.kind}:${f.start}:${f.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  facts.sort((a, b) => a.start - b.start);
  return { ok: findings.length === 0, findings, counts, facts };
}

/**
 * The output with each web address that the release or the brief gives, word for word, blanked
 * (spaces, so offsets stay): an address is no list, name or number of the text ("…/USG-Women-Peace-
 * and-Security-Congressional-Report-June-2021.pdf" read as the list "Women, Peace, Security" split,
 * en_usdos_08's SMS). An address neither gives stays, and its words are checked as any others.
 */
function withoutKnownLinks(output: string, sources: readonly string[]): string {
  if (!/https?:\/\/|www\./u.test(output)) return output;
  // (the addresses the sources give, read once: a lookup per address, linear in a long rewrite)
  const known = new Set<string>();
  for (const src of sources) for (const m of src.matchAll(LINK)) known.add(m[0]);
  return output.replace(LINK, (url) => (known.has(url) ? ' '.repeat(url.length) : url));
}

/** A web address, with its scheme or bare from "www.", without the stop after it. */
const LINK = /(?:https?:\/\/|www\.)[^\s<>"'’”)\]]+[^\s<>"'’”)\].,;:!?]/gu;

export interface VerifyCase {
  source: string;
  output: string;
  options?: VerifyOptions;
}

/**
 * A rule tester in ESLint's shape: every valid pair passes the rule, every invalid pair fails it
 * with a finding on exactly the marked span (`altered`: the text of the version it points at).
 * Returns the problems (empty when the rule behaves); tests assert it is empty.
 */
export function verifyRuleTester(
  rule: VerifyRule,
  cases: { valid: VerifyCase[]; invalid: Array<VerifyCase & { altered: string }> },
): string[] {
  const problems: string[] = [];
  for (const c of cases.valid) {
    const r = verify(c.source, c.output, { ...c.options, only: [rule.meta.id] });
    if (!r.ok)
      problems.push(
        `${rule.meta.id}: valid case failed: ${JSON.stringify(c.output)} → ${r.findings.map((f) => f.message).join('; ')}`,
      );
  }
  for (const c of cases.invalid) {
    const r = verify(c.source, c.output, { ...c.options, only: [rule.meta.id] });
    if (r.ok) problems.push(`${rule.meta.id}: invalid case passed: ${JSON.stringify(c.output)}`);
    else if (!r.findings.some((f) => f.text.includes(c.altered) || c.altered.includes(f.text)))
      problems.push(
        `${rule.meta.id}: invalid case flagged ${JSON.stringify(r.findings.map((f) => f.text))}, not ${JSON.stringify(c.altered)}`,
      );
  }
  return problems;
}
