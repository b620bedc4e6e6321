/**
 * A long sentence that ends in an inline list of three or more parallel items becomes a lead-in
 * line and a bulleted list (GOV.UK style guide, "Bullet points and numbered lists": a lead-in
 * line, bullets that run on from it, lower case, no "and"/"or" after them, no full stops).
 *
 *   "The United States values our partnership in fighting crime, countering terrorism, and
 *    promoting human rights."
 *   → "The United States values our partnership in:
 *
 *      - fighting crime
 *      - countering terrorism
 *      - promoting human rights"
 *
 * Only for plain text and Markdown (an HTML rewrite would need <ul> markup), only "and" lists
 * ("or" would lose its meaning once dropped), and only when the items open with the same kind of
 * word — the same article, an -ing form, or (after "to") a verb by core's tagger — so that the item
 * boundaries are certain. English only.
 */
import { tagWords } from '@attache/core';
import type { Doc, DocSentence } from '../doc.js';
import { words } from '../text.js';
import { editable, workSentences, type Draft, type ProposerContext } from './draft.js';

type Head = 'det' | 'ing' | 'base';

const DET = /^(the|a|an|its|their|our|his|her|this|these|those|new|more|further|greater|all|any|each|every)$/;
const NOT_ING =
  /^(during|including|according|regarding|concerning|bring|thing|things|king|spring|string|morning|evening|nothing|something|anything|everything|ceiling|wing|ring|sing|sting|swing|cling|fling|sling)$/;
/** Words after which a list may start: prepositions (not "of", which ties the item to the noun before) and verbs. */
const LEAD_PREP =
  /^(in|on|for|with|about|to|by|from|into|through|towards?|against|among|across|between|over|under|via|include|includes|included|including|cover|covers|covering|covered)$/;

const NOT_BASE =
  /^(and|or|but|of|in|on|for|with|about|to|by|from|at|as|into|through|that|which|who|not|also|both|other|some|many|most|such|than|then|so|if|when|where|while)$/;

const TIME_TAIL =
  /\b(on|in|at|by|during|until|from|since|this|next|last|every) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|today|tomorrow|year|week|month|spring|summer|autumn|fall|winter|morning|evening)\b[^,]*$/i;

function headOf(word: string): Head | undefined {
  const w = word.toLowerCase();
  if (word !== w || !/^[a-z]/.test(w)) return undefined;
  if (DET.test(w)) return 'det';
  if (/^[a-z]{3,}ing$/.test(w) && !NOT_ING.test(w)) return 'ing';
  // After "to": a verb in its base form ("to restore …, launch …, and start …"); a plural noun ends in -s.
  if (/^[a-z]{3,}$/.test(w) && !NOT_BASE.test(w) && !/[^s]s$/.test(w) && !/(ly|ed)$/.test(w)) return 'base';
  return undefined;
}

function verbLike(word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  return LEAD_PREP.test(word) || /^[a-z]{3,}(ed|es)$/.test(word) || tagWords(['they', word])[1]?.pos === 'verb';
}

interface Part {
  start: number;
  end: number;
  text: string;
}

export function bulletLists(doc: Doc, ctx: ProposerContext): Draft[] {
  if (doc.language !== 'en' || (doc.format !== 'text' && doc.format !== 'markdown')) return [];
  const out: Draft[] = [];
  for (const s of workSentences(doc)) {
    const draft = listIn(doc, s, ctx);
    if (draft) out.push(draft);
  }
  return out;
}

function listIn(doc: Doc, s: DocSentence, ctx: ProposerContext): Draft | undefined {
  if (s.words <= ctx.maxSentenceWords) return undefined;
  const text = s.text;
  // A plain statement ending in a full stop, in a paragraph of its own kind (not a list item, heading or quote).
  if (!/[^.]\.$/.test(text)) return undefined;
  const lineStart = doc.input.lastIndexOf('\n', s.start - 1) + 1;
  if (/^[ \t]*([-*+•>#]|\d+[.)])/.test(doc.input.slice(lineStart, s.start + 1))) return undefined;
  const body = text.slice(0, -1);
  if (/[;:()[\]"“”«»—–]|\s-\s/.test(body) || body.includes('\n')) return undefined;

  // Comma-separated parts; commas inside numbers ("3,000") do not separate.
  const parts: Part[] = [];
  let from = 0;
  for (const m of body.matchAll(/, /g)) {
    if (/\d/.test(body[m.index - 1] ?? '') && /\d/.test(body[m.index + 2] ?? '')) continue;
    parts.push({ start: from, end: m.index, text: body.slice(from, m.index) });
    from = m.index + 2;
  }
  parts.push({ start: from, end: body.length, text: body.slice(from) });
  if (parts.length < 3) return undefined;

  // The last item: "and X" (an Oxford comma) or the tail of the last part after " and ".
  const last = parts[parts.length - 1]!;
  let items: Part[];
  let head: Head | undefined;
  if (last.text.startsWith('and ')) {
    const first = last.text.slice(4).split(' ')[0]!;
    head = headOf(first);
    items = [{ start: last.start + 4, end: last.end, text: last.text.slice(4) }];
  } else {
    // "…, a high needs block and an early years block": split at the " and " whose right side opens like the other items.
    const prev = parts[parts.length - 2]!.text.split(' ')[0]!;
    head = headOf(prev);
    if (!head) return undefined;
    const idx = [...last.text.matchAll(/ and /g)]
      .map((m) => m.index)
      .filter((i) => headOf(last.text.slice(i + 5).split(' ')[0]!) === head);
    if (idx.length !== 1) return undefined;
    const i = idx[0]!;
    items = [{ start: last.start + i + 5, end: last.end, text: last.text.slice(i + 5) }];
    parts[parts.length - 1] = { start: last.start, end: last.start + i, text: last.text.slice(0, i) };
    if (headOf(parts[parts.length - 1]!.text.split(' ')[0]!) !== head) return undefined;
    items.unshift(parts[parts.length - 1]!);
    parts.pop();
  }
  if (!head) return undefined;
  if (last.text.startsWith('and ')) parts.pop();
  // Walk back over the parts that open with the same kind of word.
  while (parts.length > 1 && headOf(parts[parts.length - 1]!.text.split(' ')[0]!) === head) items.unshift(parts.pop()!);
  if (items.length < 2) return undefined;
  // The first item: in the part before the run, the right-most word of the same kind that follows a
  // preposition (not "of") or a verb; the words before it are the lead-in.
  const firstPart = parts[parts.length - 1]!;
  const ws = words(body, firstPart.start, firstPart.end);
  let at = -1;
  for (let i = ws.length - 1; i >= 1; i--) {
    if (headOf(ws[i]!.text) !== head) continue;
    if (body.slice(ws[i - 1]!.end, ws[i]!.start) !== ' ') break;
    const prev = ws[i - 1]!.text;
    // A verb list hangs on "to" ("the steps taken to restore …"); other lists on a preposition or a verb.
    if (head === 'base' ? prev === 'to' : verbLike(prev)) {
      at = i;
      break;
    }
    // "… the anniversary of the creation of the Council, …": past "of", the item goes on to the left.
    // A verb list goes on to its "to" ("to restore economic and transport links").
    if (head !== 'base' && prev !== 'of') break;
  }
  if (at < 0) return undefined;
  // Articles must match too ("the …, the …, and the …"; "a/an" alike): "the pandemic through renewed
  // commitments, more …, and more …" has its first item elsewhere.
  const art = (w: string): string => (w === 'an' ? 'a' : w);
  if (head === 'det' && !items.some((it) => art(it.text.split(' ')[0]!) === art(ws[at]!.text))) return undefined;
  items.unshift({ start: ws[at]!.start, end: firstPart.end, text: body.slice(ws[at]!.start, firstPart.end) });
  const lead = body.slice(0, ws[at]!.start).trimEnd();
  const leadWords = words(lead).length;
  if (items.length < 3 || leadWords < 3) return undefined;
  const itemWords = items.map((it) => words(it.text).length);
  if (itemWords.some((n) => n === 0 || n > 20) || itemWords.reduce((a, b) => a + b, 0) < 8) return undefined;
  // "…, and the opening of clinics with the governors on Monday": a last item much longer than the
  // others, or ending in a time, likely carries words that belong to the whole sentence.
  const lastWords = itemWords[itemWords.length - 1]!;
  if (lastWords > Math.max(...itemWords.slice(0, -1)) + 3) return undefined;
  if (TIME_TAIL.test(items[items.length - 1]!.text)) return undefined;
  // The first item is a phrase, not a clause: no verb after its first word ("the region the Secretary met …").
  const firstTags = tagWords(words(items[0]!.text).map((w) => w.text));
  if (head === 'det' && firstTags.slice(1).some((t) => t.pos === 'aux' || (t.pos === 'verb' && !/ing$/.test(t.text))))
    return undefined;
  // A verb list: every item opens with a verb ("to restore …, launch …"), by core's tagger, and has an object.
  if (
    head === 'base' &&
    !items.every((it) => {
      const iw = words(it.text).map((w) => w.text);
      return iw.length >= 2 && tagWords(['to', ...iw.slice(0, 3)])[1]?.pos === 'verb';
    })
  )
    return undefined;
  // An item that holds a clause of its own ("…, and we will …") is not a list item.
  if (items.some((it) => /\b(we|they|he|she|it|I|you) [a-z]+/.test(it.text) && !/^(the|a|an) /.test(it.text)))
    return undefined;

  // Replace from the end of the lead-in to the end of the sentence, and the spaces after it in the paragraph.
  const start = s.start + lead.length;
  let end = s.end;
  const after = /^[ \t]*/.exec(doc.input.slice(end))![0];
  end += after.length;
  const nextCh = doc.input[end];
  const tail = nextCh === undefined || nextCh === '\n' ? '' : '\n\n';
  const replacement = ':\n\n' + items.map((it) => '- ' + it.text.trim()).join('\n') + tail;
  if (!editable(doc, start, end, replacement)) return undefined;
  return {
    kind: 'bullet-list',
    start,
    end,
    replacement,
    confidence: 0.7,
    safe: true,
    findings: ['audiences/sentence-length'],
    rationale: 'bullet-list',
    data: { items: items.length, words: s.words },
  };
}
