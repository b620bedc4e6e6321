/**
 * English split points found by code rather than rows: a second predicate of the same subject
 * ("met X and discussed Y") and a closing ", including" list. The points after a separator
 * ("; ", ", and " + subject, ", but ", ", which " + verb …) are rows of `en-rules.ts`.
 */
import { words } from '../../text.js';
import { looksLikeParticiple } from '@attache/core';
import type { Point } from './points.js';
import type { Doc, DocSentence } from '../../doc.js';
import {
  EN_AUX,
  enVerbCue,
  EN_SUBORDINATE,
  SPEECH,
  EN_MODALS,
  EN_OBJECT_START,
  enClass,
  subjectOf,
} from './en-words.js';
import { tenseOf } from './en-clauses.js';

/**
 * "The Secretary met X and discussed Y." → "The Secretary met X. The Secretary discussed Y."
 * A second verb of the same subject: the subject is repeated (a pronoun would need its gender).
 */
export function enAndVerb(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const ws = words(doc.input, s.start, s.end);
  const gapBefore = (i: number): string => doc.input.slice(i === 0 ? s.start : ws[i - 1]!.end, ws[i]!.start);
  for (let k = 2; k + 2 < ws.length; k++) {
    if (ws[k]!.text !== 'and' || !/^,? $/.test(gapBefore(k))) continue;
    let j = k + 1;
    while (j < ws.length && /^(also|then|later|further|jointly|directly|strongly|fully|firmly)$/.test(ws[j]!.text)) j++;
    const v2 = ws[j];
    const next = ws[j + 1];
    if (!v2 || !next || gapBefore(j) !== ' ') continue;
    const c2 = enClass(v2.text, undefined);
    // "… and has built up trust", "… and will continue to …": an auxiliary before a verb of its own.
    const aux2 =
      /^(has|have|had|will|would|can|could|should|must|may|might)$/.test(v2.text) &&
      (looksLikeParticiple(next.text) ||
        /^(also|now|since|already|been|continue|work|seek|remain|be|[a-z]+ly)$/.test(next.text) ||
        EN_MODALS.has(v2.text));
    if (!c2 || (!EN_OBJECT_START.test(next.text) && !aux2)) continue;
    // The first verb: the leftmost verb of the same kind in the clause.
    let v1 = -1;
    let crossed = false;
    let seenVerb = false;
    for (let b = k - 1; b >= 0; b--) {
      if (/[;:()—–"“”]/.test(gapBefore(b + 1))) break;
      const w = ws[b]!.text;
      // "X noted that … and stressed that …": a second verb of saying belongs to X.
      if (w === 'that' && SPEECH.test(v2.text) && b > 0 && SPEECH.test(ws[b - 1]!.text)) {
        v1 = b - 1;
        crossed = true;
        break;
      }
      if (EN_SUBORDINATE.test(w) && w === w.toLowerCase()) {
        // "since its launch ten years ago and has built …": a preposition, not a clause of its own.
        if (!/^(since|until|after|before)$/.test(w) || seenVerb) break;
        continue;
      }
      const c1 = enClass(w, ws[b - 1]?.text);
      if (c1 || EN_AUX.has(w)) seenVerb = true;
      if (
        c1 &&
        (c1 === c2 ||
          c2 === 'modal' ||
          (c1 === 'modal' && c2 !== 'past') ||
          (c1 === 'past' && aux2 && /^(has|have)$/.test(v2.text)))
      )
        v1 = b;
    }
    if (v1 < 1) continue;
    // "represents X, contradicts Y, and is Z": splitting off the last would leave "X, contradicts Y." without its "and".
    if (!crossed && ws.slice(v1 + 1, k).some((w, i) => enClass(w.text, ws[v1 + i]?.text) === c2)) continue;
    if (/^(is|are|was|were)$/.test(ws[v1]!.text) && c2 === 'past') continue; // a list of passive participles
    if (c2 === 'past' && /^(has|have|had)$/i.test(ws[v1 - 1]?.text ?? '')) continue;
    const subject = subjectOf(doc, s, ws, v1);
    if (subject === undefined) continue;
    const modal = c2 !== 'modal' && enClass(ws[v1]!.text, undefined) === 'modal' ? ' ' + ws[v1]!.text : '';
    out.push({
      start: ws[k - 1]!.end,
      end: ws[k]!.end,
      replacement: `. ${subject}${modal}`,
      confidence: 0.65,
      pattern: 'and + verb',
    });
  }
  return out;
}

/**
 * ", including A, B and C." closing a sentence after a plural noun → ". These include A, B and C."
 * (in the tense of the main verb: "These included …" after a past main verb).
 */
export function enIncluding(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const re = /(\p{L}+), including (?=\S)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const noun = m[1]!;
    if (!/[^su']s$/.test(noun) || /^(this|is|has|was|does|its|his|hers|ours|theirs|yours|as|us)$/i.test(noun)) continue;
    if (/^\p{Lu}/u.test(noun)) continue; // a name ("the United States")
    const at = s.start + m.index + noun.length;
    const rest = doc.input.slice(at + m[0].length - noun.length, s.end);
    if (/[;:(—–"“”]/.test(rest)) continue;
    // "including by …", "including within …": not a list of things.
    if (
      /^(by|in|at|on|within|from|for|with|through|to|under|among|during|via|when|where|if|as|but|not|those|that)\b/.test(
        rest,
      )
    )
      continue;
    const commas = (rest.match(/,/g) ?? []).length;
    if (commas > 4 || (commas > 0 && !/,? (?:and|or) [^,]*$/.test(rest))) continue;
    // "including maps, will be published": the list ends and the main verb follows.
    const aux = /\b(will|would|is|are|was|were|has|have|had|can|could|should|must|may|might)\b/.exec(rest);
    if (aux && !/\b(which|who|that)\b/.test(rest.slice(0, aux.index))) continue;
    const before = words(doc.input, s.start, at);
    if (before.length < 5 || !before.some((w) => enVerbCue(w.text))) continue;
    // The tense of the main verb: the first finite verb of the sentence.
    const main = before.find((w, i) => tenseOf(w.text) && (enClass(w.text, before[i - 1]?.text) || EN_AUX.has(w.text)));
    const past = main !== undefined && tenseOf(main.text) === 'past';
    out.push({
      start: at,
      end: at + ', including'.length,
      replacement: past ? '. These included' : '. These include',
      confidence: 0.6,
      pattern: ', including',
    });
  }
  return out;
}
