/**
 * Proposals every audience shares besides the lists: substitutions from the lint findings
 * (their `fix`, or their first suggestion), and boilerplate reduced to what happened
 * ("is pleased to announce that" → "announces that", "would like to thank" → "thanks",
 * "was held on" → "was on").
 */
import type { Doc } from '../doc.js';
import { thirdPerson } from '@attache/core';
import { holding } from '../lookup.js';
import { matchCase, words } from '../text.js';
import { editable, workSentences, type Draft } from './draft.js';
import { fitSubstitution } from './fit.js';

/** Lint rules whose findings are not word substitutions even when they carry suggestions. */
const NOT_SUBSTITUTION =
  /(sentence|length|passive|paragraph|readab|grade|acronym|date|number|boilerplate|third-person|institution|consisten|caps|name|hidden-verb)/;

export function fromFindings(doc: Doc): Draft[] {
  const out: Draft[] = [];
  for (const f of doc.findings) {
    if (f.fix) {
      const [fixStart, fixEnd] = f.fix.range;
      // "anticipate returning" → "expect returning" is not English: "expect" takes "to" + verb.
      if (/^expect/i.test(f.fix.text) && /^\s+\p{L}+ing\b/u.test(doc.input.slice(fixEnd, fixEnd + 30))) continue;
      // The plain word fitted to its neighbours ("more equitable" → "fairer"), or none.
      const fitted = fitSubstitution(doc, fixStart, fixEnd, f.fix.text);
      if (!fitted) continue;
      const { start, end, replacement } = fitted;
      if (!editable(doc, start, end, replacement)) continue;
      if (holding(doc.sentences, start, end).some((s) => s.quoted)) continue;
      out.push({
        kind: 'substitution',
        start,
        end: end,
        replacement,
        confidence: 0.9,
        safe: true,
        findings: [f.ruleId],
        rationale: 'substitution',
        data: { from: doc.input.slice(start, end), to: replacement || '∅' },
      });
      continue;
    }
    const sug = f.suggestions[0];
    if (sug === undefined || NOT_SUBSTITUTION.test(f.ruleId)) continue;
    // A suggestion that reads like a replacement (a few words, no sentence punctuation).
    if (sug.split(/\s+/).length > 5 || /[.!?:;()]/.test(sug) || sug.length === 0) continue;
    const original = doc.input.slice(f.start, f.end);
    if (/\n/.test(original)) continue;
    const fitted = fitSubstitution(doc, f.start, f.end, matchCase(original, sug));
    if (!fitted) continue;
    const { replacement } = fitted;
    if (!editable(doc, fitted.start, fitted.end, replacement)) continue;
    out.push({
      kind: 'substitution',
      start: fitted.start,
      end: fitted.end,
      replacement,
      confidence: 0.5,
      safe: false,
      findings: [f.ruleId],
      rationale: 'substitution-suggestion',
      data: { from: original, to: sug },
    });
  }
  return out;
}

const EN_BOILER_VERBS =
  'thank|express|congratulate|welcome|acknowledge|invite|inform|remind|extend|reiterate|reaffirm|commend|recognize|recognise|note|emphasize|emphasise|underline|stress|share|offer|convey';

/** English boilerplate that can be reduced to the verb. */
export function enBoilerplate(doc: Doc): Draft[] {
  if (doc.language !== 'en') return [];
  const out: Draft[] = [];
  const push = (start: number, end: number, replacement: string, data: Record<string, string>): void => {
    if (!editable(doc, start, end, replacement)) return;
    out.push({
      kind: 'boilerplate',
      start,
      end,
      replacement,
      confidence: 0.8,
      safe: true,
      findings: ['audiences/boilerplate'],
      rationale: 'boilerplate-verb',
      data,
    });
  };
  for (const s of workSentences(doc)) {
    const t = s.text;
    let m: RegExpExecArray | null;
    const pleased =
      /\b(is|are|am) (?:very |most )?(pleased|delighted|proud|happy|honou?red|thrilled|excited) to (announce|share|confirm|welcome|report|unveil|launch|present|introduce)\b/g;
    while ((m = pleased.exec(t)) !== null) {
      const verb = m[3]!;
      const replacement = m[1] === 'is' ? thirdPerson(verb) : verb;
      push(s.start + m.index, s.start + m.index + m[0].length, replacement, { from: m[0], to: replacement });
    }
    const wouldLike = new RegExp(
      `\\b(would like|wishes|wish|takes this opportunity|take this opportunity|would also like|wishes also) to (${EN_BOILER_VERBS})\\b`,
      'g',
    );
    while ((m = wouldLike.exec(t)) !== null) {
      const start = s.start + m.index;
      const prev = words(doc.input, s.start, start).pop()?.text.toLowerCase();
      if (!prev) continue;
      const plural = /^(we|i|you|they)$/.test(prev) || /^(wish|take this opportunity)$/.test(m[1]!);
      if (m[1] === 'wish' && !/^(we|i|you|they)$/.test(prev)) continue;
      if (m[1] === 'take this opportunity' && !/^(we|i|you|they)$/.test(prev)) continue;
      if (
        /^(would like|would also like)$/.test(m[1]!) &&
        !/^(we|i|you|they)$/.test(prev) &&
        !/^\p{Lu}/u.test(prev) &&
        !/^(secretary|minister|department|president|government|ministry|ambassador|embassy|office|agency)$/.test(prev)
      )
        continue;
      const verb = m[2]!;
      let replacement = plural ? verb : thirdPerson(verb);
      if (/also/.test(m[1]!)) replacement = 'also ' + replacement;
      push(start, start + m[0].length, replacement, { from: m[0], to: replacement });
    }
    const held = /\b(was|were) held (?=(?:in|on|at) )/g;
    while ((m = held.exec(t)) !== null) {
      push(s.start + m.index, s.start + m.index + m[0].length, m[1]! + ' ', { from: m[0].trim(), to: m[1]! });
    }
  }
  return out;
}
