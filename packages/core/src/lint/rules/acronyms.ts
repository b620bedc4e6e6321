/**
 * Acronyms in a lint document, for `acronym-definition` (conditional: an acronym used before it
 * is spelled out) and `all-caps` (defined or well-known acronyms are not shouting). The scanning
 * is `scanAcronyms` (text/acronyms.ts), shared with the audience adapters; this module gives it
 * the document's sentences, leaves out code, URLs and e-mail addresses, and tells it which words
 * in capitals are ordinary words shouted (for English, the words of compromise's lexicon that are
 * not names: pos/known-words.ts).
 */
import { isKnownEnglishWord, isKnownFirstName, isKnownOrganization } from '../../pos/known-words.js';
import type { LanguageCode } from '../../schema.js';
import { acronymOf, russianWordInCapitals, scanAcronyms, type AcronymUse, type Span } from '../../text/acronyms.js';
import type { Token } from '../../text/tokenize.js';
import type { LintSentence, RuleContext } from '../types.js';
import { words } from '../util.js';

export { acronymOf };

export interface AcronymInfo {
  /** Uses outside code, URLs and e-mail addresses, in order (definitions' own words included). */
  uses: AcronymUse[];
  /** acronym → where it is first spelled out (the acronym in a parenthesis, or the long form). */
  defined: Map<string, Span>;
  /** All the document's word tokens, in order, with their sentence. */
  tokens: { token: Token; sentence: LintSentence }[];
}

/**
 * Is a word in capitals an ordinary word shouted ("IMPORTANT", «ВНИМАНИЕ») rather than an
 * acronym (ECOWAS)? English: compromise's lexicon knows the word and not as a name (the list in
 * pos/known-words.ts). Russian:
 * the word ends like an inflected word (-ие, -ия, -ость, -ение, -ый, -ая, -но…).
 */
export function looksLikeWord(word: string, language: LanguageCode): boolean {
  const w = word.toLowerCase();
  if (language === 'en') return isKnownEnglishWord(w);
  if (language === 'ru') return russianWordInCapitals(w);
  return false;
}

/**
 * Is an English acronym the name of an organisation general readers know by its letters (AIG,
 * BMW, HSBC, NASA, UPS)? compromise's lexicon lists such names as `Organization` (pos/known-words.ts; its
 * organisations list: companies, agencies and bodies known worldwide); an acronym it does not list
 * (OBO, NUG, FSLN) is spelled out.
 */
export function knownOrganization(acronym: string, language: LanguageCode): boolean {
  if (language !== 'en') return false;
  return isKnownOrganization(acronym.toLowerCase());
}

/** Is an English word in capitals a first name compromise's lexicon knows ("VIKTOR", "DMITRY": a
 * designation list writes names in capitals)? For all-caps only: the audiences' acronym scan keeps
 * reading such a word as a word. */
export function firstName(word: string, language: LanguageCode): boolean {
  return language === 'en' && isKnownFirstName(word.toLowerCase());
}

const SKIP_KINDS = new Set(['code', 'url', 'email']);
const cache = new WeakMap<RuleContext['sentences'], AcronymInfo>();

export function acronymInfo(ctx: RuleContext): AcronymInfo {
  const hit = cache.get(ctx.sentences);
  if (hit) return hit;
  const tokens: { token: Token; sentence: LintSentence }[] = [];
  for (const s of ctx.sentences) for (const t of words(ctx, s)) tokens.push({ token: t, sentence: s });
  const scan = scanAcronyms(ctx.prose.text, {
    language: ctx.language,
    sentences: ctx.sentences,
    isWord: (w) => looksLikeWord(w, ctx.language),
    skip: ctx.prose.regions.filter((r) => SKIP_KINDS.has(r.kind)),
  });
  const defined = new Map<string, Span>();
  for (const d of scan.definitions) {
    const at = d.shape === 'initials' ? d.longSpan! : d.acronymSpan;
    const old = defined.get(d.acronym);
    if (!old || at.start < old.start) defined.set(d.acronym, at);
  }
  const info = { uses: scan.uses, defined, tokens };
  cache.set(ctx.sentences, info);
  return info;
}
