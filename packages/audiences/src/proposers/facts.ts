/**
 * Proposals about acronyms, numbers and dates, which change how a fact is written but never
 * the fact: acronyms spelled out from the text's own definition, large numbers in words
 * ("1,500,000" → "1.5 million"), dates in an unambiguous form ("March 12, 2026" → "12 March 2026").
 * GOV.UK style guide: spell out acronyms, "12 March 2026"; Global English: unambiguous dates.
 */
import { acronymScan, spelledOut } from '../acronyms.js';
import type { Doc } from '../doc.js';
import { holding, lastStartingAtOrBefore, sortedDisjoint } from '../lookup.js';
import { capitalise, words } from '../text.js';
import { atSentenceStart, editable, workSentences, type Draft } from './draft.js';

/**
 * Acronyms spelled out from the text's own definitions.
 * - `everyParagraph` (rural): the first use in each later paragraph becomes the long form.
 * - otherwise (foreign): a use BEFORE the definition becomes "Long Form (ACR)".
 */
export function spellOutAcronyms(doc: Doc, everyParagraph: boolean): Draft[] {
  const scan = acronymScan(doc.input, doc.language);
  const defs = spelledOut(scan);
  const out: Draft[] = [];
  // Each definition's uses, in text order (one pass over the uses, not one per definition).
  const usesOf = new Map<string, typeof scan.uses>();
  for (const u of scan.uses) {
    const list = usesOf.get(u.acronym);
    if (list) list.push(u);
    else usesOf.set(u.acronym, [u]);
  }
  const sentences = workSentences(doc);
  for (const def of defs.values()) {
    const seenParagraphs = new Set<number>();
    let before = true;
    for (const u of usesOf.get(def.acronym) ?? []) {
      // The acronym or its possessive ("Dstl’s"); plurals and case endings ("NGOs", "МИДа") are left alone.
      const rest = u.surface.slice(def.acronym.length);
      if (!u.surface.startsWith(def.acronym) || (rest !== '' && !/^['’]s$/.test(rest))) continue;
      const start = u.start;
      let end = start + def.acronym.length;
      // "E.O. 13985" for the defined "E.O": the use's final dot belongs to it. Before a capital
      // or at the end the dot may also end the sentence: left alone.
      if (def.acronym.includes('.') && rest === '' && doc.input[end] === '.') {
        if (!/^\.[ \t\u00a0]+[\p{Ll}\p{N}]/u.test(doc.input.slice(end, end + 3))) continue;
        end += 1;
      }
      if (start >= def.span.start && start < def.span.end) {
        before = false;
        continue;
      }
      // "… Agency (EPA)" again later: a definition of its own, not a use to spell out.
      if (u.inDefinition) continue;
      const s = holding(sentences, start, end)[0];
      if (!s) continue;
      if (before && start < def.span.start) {
        if (everyParagraph || out.some((d) => d.data?.['acronym'] === def.acronym)) continue;
        const replacement = `${def.long} (${def.acronym})`;
        if (!editable(doc, start, end, replacement)) continue;
        out.push(acronymDraft(start, end, replacement, def.acronym, 0.8));
        continue;
      }
      if (!everyParagraph) continue;
      before = false;
      if (seenParagraphs.has(s.paragraph) || s.paragraph === paragraphOf(doc, def.span.start)) {
        seenParagraphs.add(s.paragraph);
        continue;
      }
      seenParagraphs.add(s.paragraph);
      const needsThe = (def.article || INSTITUTION.test(def.long)) && !attributive(doc, s.start, start, end, s.end);
      let replacement = (needsThe ? 'the ' : '') + def.long;
      if (atSentenceStart(doc, s, start)) replacement = capitalise(replacement);
      if (!editable(doc, start, end, replacement)) continue;
      out.push(acronymDraft(start, end, replacement, def.acronym, 0.8));
    }
  }
  return out;
}

/**
 * Long forms that take "the" in running text even when the definition stood without it (in a
 * heading, or after "U.S."): "the Environmental Protection Agency published …".
 */
const INSTITUTION_HEADS =
  'Agency|Department|Administration|Foundation|Commission|Council|Corporation|Institute|Office|Bureau|Service|Laboratory|Panel|Committee|Authority|Organi[sz]ation|Fund|Bank|Programme|Ministry|Board|Cent(?:re|er)|Union|Republic|Kingdom|Federation';
/** The head noun at the end, or before "of/for/on …": "Department of Energy", "Institute for Standards and Technology". */
const INSTITUTION = new RegExp(`\\b(?:${INSTITUTION_HEADS})(?:$| (?:of|for|on) )`);

/** Words after which an acronym heads its own noun phrase (it may be the subject of a verb). */
const CLAUSE_OPENERS = /^(and|or|but|nor|that|which|while|whereas|because|when|if|as|so|then|also)$/i;
/** Words that follow an acronym heading its noun phrase (not a noun that the acronym modifies). */
const HEAD_FOLLOWERS =
  /^(and|or|but|nor|is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|does|did|do|to|in|on|at|for|with|from|by|of|as|that|which|who|whose|said|says|also|itself|alone|than|into|under|about|after|before|since|through|within|without)$/i;

/**
 * True when the acronym at [start, end) takes no "the" of its own: after a determiner or a
 * possessive ("the Dstl team", "Britain’s Dstl"), or used attributively after a modifier
 * ("current Dstl suppliers" → "current Defence Science and Technology Laboratory suppliers",
 * not "current the Defence …").
 */
function attributive(doc: Doc, sentenceStart: number, start: number, end: number, sentenceEnd: number): boolean {
  const before = words(doc.input, sentenceStart, start);
  const prevTok = before.pop();
  if (!prevTok) return false;
  const prev = prevTok.text;
  if (/^(the|a|an|this|that|these|those|its|our|their|his|her|your|my|each|every|any|no)$/i.test(prev)) return true;
  // a year or a count between the determiner and the acronym: "The 2022 ATCR is chaired …" (not
  // "The 2022 the Annual Tripartite Consultations …", pool reading)
  if (/^\d[\d,.]*$/.test(prev) && /^(the|this|that|these|those|its|our|their)$/i.test(before.at(-1)?.text ?? ''))
    return true;
  if (/\p{L}['’]s$/u.test(prev) && !/^(it|he|she|that|there|what|who|here)['’]s$/i.test(prev)) return true;
  // A list item or a clause opener before it: the acronym heads its phrase.
  if (/[,;:()–—]/.test(doc.input.slice(prevTok.end, start)) || CLAUSE_OPENERS.test(prev)) return false;
  const next = /^[ \t\u00a0]+(\p{Ll}[\p{L}'’-]*)/u.exec(doc.input.slice(end, sentenceEnd))?.[1];
  return next !== undefined && !HEAD_FOLLOWERS.test(next);
}

function paragraphOf(doc: Doc, pos: number): number {
  if (!sortedDisjoint(doc.paragraphs)) {
    let idx = 0;
    doc.paragraphs.forEach((p, i) => {
      if (p.start <= pos) idx = i;
    });
    return idx;
  }
  return Math.max(0, lastStartingAtOrBefore(doc.paragraphs, pos));
}

function acronymDraft(start: number, end: number, replacement: string, acronym: string, confidence: number): Draft {
  return {
    kind: 'acronym',
    start,
    end,
    replacement,
    confidence,
    safe: true,
    findings: ['audiences/acronym'],
    rationale: 'acronym',
    data: { acronym, to: replacement },
  };
}

/** Large round numbers in words: "1,500,000" → "1.5 million", "2 000 000 000" → "2 млрд". */
export function concreteNumbers(doc: Doc): Draft[] {
  const out: Draft[] = [];
  const ru = doc.language === 'ru';
  const re = ru
    ? /(?<![\d.,])(\d{1,3}(?:[  ]\d{3}){2,4})(?![\d,.]\d)/g
    : /(?<![\d.,])(\d{1,3}(?:,\d{3}){2,4})(?![\d]|[.,]\d)/g;
  for (const s of workSentences(doc)) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      const digits = m[1]!.replace(/[,  ]/g, '');
      const value = Number(digits);
      if (!Number.isFinite(value) || value < 1_000_000) continue;
      const scales: [number, string, string][] = [
        [1e12, 'trillion', 'трлн'],
        [1e9, 'billion', 'млрд'],
        [1e6, 'million', 'млн'],
      ];
      for (const [scale, en, rus] of scales) {
        if (value < scale) continue;
        const q = value / scale;
        // Only when exact with at most two decimals: the value must not change.
        if (Math.round(q * 100) / 100 !== q) break;
        const num = ru ? String(q).replace('.', ',') : String(q);
        const replacement = `${num} ${ru ? rus : en}`;
        const start = s.start + m.index;
        const end = start + m[1]!.length;
        // "1,500,000 people" fine; "$1,500,000" → "$1.5 million" fine.
        if (!editable(doc, start, end, replacement)) break;
        out.push({
          kind: 'number',
          start,
          end,
          replacement,
          confidence: 0.85,
          safe: true,
          findings: ['audiences/number'],
          rationale: 'number-words',
          data: { from: m[1]!, to: replacement },
        });
        break;
      }
    }
  }
  // Percentages → a fraction a reader can picture: a suggestion only (the writer decides).
  const pct = ru
    ? /(?<![\d,.])(50|25|75|10|20|33)(?:[  ]?%| процент\p{L}*)/gu
    : /(?<![\d.,])(50|25|75|10|20|33)(?:%| per ?cent| percent)/g;
  const pictures: Record<string, [string, string]> = {
    '50': ['half', 'половина'],
    '25': ['a quarter', 'четверть'],
    '75': ['three quarters', 'три четверти'],
    '10': ['one in ten', 'каждый десятый'],
    '20': ['one in five', 'каждый пятый'],
    '33': ['a third', 'треть'],
  };
  for (const s of workSentences(doc)) {
    pct.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pct.exec(s.text)) !== null) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      const [en, rus] = pictures[m[1]!]!;
      const replacement = `${m[0]} (${ru ? rus : en})`;
      if (!editable(doc, start, end, replacement)) continue;
      out.push({
        kind: 'number',
        start,
        end,
        replacement,
        confidence: 0.5,
        safe: false,
        findings: ['audiences/number'],
        rationale: 'number-picture',
        data: { from: m[0], to: replacement },
      });
    }
  }
  return out;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const RU_MONTHS_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** Dates in the one form every reader parses the same way: "12 March 2026" / "12 марта 2026 года". */
export function unambiguousDates(doc: Doc): Draft[] {
  const out: Draft[] = [];
  const push = (start: number, end: number, replacement: string, safe: boolean, from: string): void => {
    if (!editable(doc, start, end, replacement)) return;
    out.push({
      kind: 'date',
      start,
      end,
      replacement,
      confidence: safe ? 0.9 : 0.5,
      safe,
      findings: ['audiences/date'],
      rationale: 'date',
      data: { from, to: replacement },
    });
  };
  const months = EN_MONTHS.join('|');
  for (const s of workSentences(doc)) {
    const t = s.text;
    let m: RegExpExecArray | null;
    if (doc.language === 'en') {
      // "March 12, 2026" / "March 12" → "12 March 2026" / "12 March". A range ("July 18-24",
      // "July 30–August 2", "February 17 to 20") is left alone: moving one end gives "18 July-24".
      const us = new RegExp(
        `\\b(${months})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?(?!\\d|\\s*[-–—]\\s*(?:\\d|${months})|\\s+(?:to|through|until|and|or)\\s+(?:the\\s+)?\\d)`,
        'g',
      );
      const rangeEnd = new RegExp(`(?:\\d|${months})(?:st|nd|rd|th)?\\s*[-–—]\\s*$`);
      while ((m = us.exec(t)) !== null) {
        const day = Number(m[2]);
        if (day < 1 || day > 31) continue;
        if (rangeEnd.test(t.slice(Math.max(0, m.index - 12), m.index))) continue;
        const start = s.start + m.index;
        // the comma that closes a US date inside a noun phrase goes with the US order ("against
        // jailed July 11, 2021, protesters" → "… jailed 11 July 2021 protesters"); after a
        // preposition the date is a phrase of its own and its comma stays ("On July 11, 2021, the …")
        const closing =
          m[3] !== undefined &&
          /^,\s\p{Ll}/u.test(t.slice(m.index + m[0].length)) &&
          !/\b(?:on|in|by|since|until|till|from|before|after|of|to|between|and|through|during)\s+$/iu.test(
            t.slice(0, m.index),
          );
        const end = start + m[0].length + (closing ? 1 : 0);
        const replacement = `${day} ${m[1]}${m[3] ? ' ' + m[3] : ''}`;
        push(start, end, replacement, true, doc.input.slice(start, end));
      }
      // ISO "2026-03-12" → "12 March 2026"
      const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
      while ((m = iso.exec(t)) !== null) {
        const mo = Number(m[2]);
        const d = Number(m[3]);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
        const start = s.start + m.index;
        push(start, start + m[0].length, `${d} ${EN_MONTHS[mo - 1]} ${m[1]}`, true, m[0]);
      }
      // "3/12/2026": ambiguous unless one part is over 12.
      const slash = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
      while ((m = slash.exec(t)) !== null) {
        const a = Number(m[1]);
        const b = Number(m[2]);
        const start = s.start + m.index;
        if (a > 12 && b <= 12) push(start, start + m[0].length, `${a} ${EN_MONTHS[b - 1]} ${m[3]}`, true, m[0]);
        else if (b > 12 && a <= 12) push(start, start + m[0].length, `${b} ${EN_MONTHS[a - 1]} ${m[3]}`, true, m[0]);
        else if (a >= 1 && a <= 12 && b >= 1 && b <= 31)
          push(start, start + m[0].length, `${b} ${EN_MONTHS[a - 1]} ${m[3]}`, false, m[0]);
      }
    } else if (doc.language === 'ru') {
      const dotted = /(?<![\d.])(\d{1,2})\.(\d{2})\.(\d{4})(\s*г\.|\s*года)?(?![\d])/g;
      while ((m = dotted.exec(t)) !== null) {
        const d = Number(m[1]);
        const mo = Number(m[2]);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
        const start = s.start + m.index;
        const tail = m[4] ? m[4].trim() : 'года';
        push(start, start + m[0].length, `${d} ${RU_MONTHS_GEN[mo - 1]} ${m[3]} ${tail}`, true, m[0]);
      }
    }
  }
  return out;
}

/** A "what this means for you" line after the lead: a person fills it in (never safe). */
export function whatItMeans(doc: Doc): Draft[] {
  const firstPara = doc.paragraphs.find((p) =>
    doc.sentences.some((s) => s.start >= p.start && s.end <= p.end && !s.quoted),
  );
  if (!firstPara) return [];
  const head = doc.input.slice(0, doc.paragraphs[Math.min(1, doc.paragraphs.length - 1)]!.end);
  const ru = doc.language === 'ru';
  if (ru ? /(?<![\p{L}])(вы|вам|вас|ваш\p{L}*)(?![\p{L}])/iu.test(head) : /\b(you|your)\b/i.test(head)) return [];
  const replacement = ru
    ? '\n\nЧто это значит для вас: [кого это касается, что нужно сделать и до какого срока.]'
    : '\n\nWhat this means for you: [who is affected, what they need to do, and by when.]';
  return [
    {
      kind: 'what-it-means',
      start: firstPara.end,
      end: firstPara.end,
      replacement,
      confidence: 0.3,
      safe: false,
      findings: ['audiences/what-it-means'],
      rationale: 'what-it-means',
    },
  ];
}
