/** Checklist item “Names and their transliteration”. */
import type { Doc, Span } from '../../doc.js';
import { re, type Check, type ChecklistRule } from '../item.js';

/** Capitalised names that look like two spellings of one name (edit distance 1–2, same start). */
function nameVariants(doc: Doc): Span[] {
  const caps = new Map<string, Span[]>();
  const r = /(?<![\p{L}])\p{Lu}[\p{Ll}’'-]{3,}(?![\p{L}])/gu;
  let m: RegExpExecArray | null;
  while ((m = r.exec(doc.input)) !== null) {
    const list = caps.get(m[0]) ?? [];
    list.push({ start: m.index, end: m.index + m[0].length });
    caps.set(m[0], list);
  }
  const names = [...caps.keys()];
  const out: Span[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i]!;
      const b = names[j]!;
      if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2 || a.length < 5) continue;
      // Inflections of one Russian name are not variants ("Москва"/"Москве").
      if (doc.language === 'ru' && commonPrefix(a, b) >= Math.min(a.length, b.length) - 2) continue;
      if (
        doc.language !== 'ru' &&
        (a + 's' === b || b + 's' === a || a + "'s" === b || b + "'s" === a || a + '’s' === b || b + '’s' === a)
      )
        continue;
      const d = distance(a.toLowerCase(), b.toLowerCase());
      if (d >= 1 && d <= (a.length >= 7 ? 2 : 1) && sameSkeleton(a, b)) out.push(caps.get(a)![0]!, caps.get(b)![0]!);
    }
  }
  return out;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function sameSkeleton(a: string, b: string): boolean {
  // Variants of a transliteration keep the consonants: Zelensky / Zelenskyy, Kyiv / Kiev.
  const sk = (s: string): string => s.toLowerCase().replace(/[aeiouyаеёиоуыэюяьъ’'-]/g, '');
  return distance(sk(a), sk(b)) <= 1;
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i]![j] = Math.min(
        dp[i - 1]![j]! + 1,
        dp[i]![j - 1]! + 1,
        dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return dp[a.length]![b.length]!;
}

const KNOWN_PAIRS: [RegExp, RegExp][] = [
  [/\bKyiv\b/, /\bKiev\b/],
  [/\bZelenskyy\b/, /\bZelensky\b/],
  [/\bBelarus\b/, /\bByelorussia\b/],
  [/\bTürkiye\b/, /\bTurkey\b/],
  [/\bCzechia\b/, /\bCzech Republic\b/],
];

const check: Check = ({ doc }) => {
  const spans = nameVariants(doc);
  for (const [a, b] of KNOWN_PAIRS) {
    const x = re(doc, new RegExp(a.source, 'g'));
    const y = re(doc, new RegExp(b.source, 'g'));
    if (x.length > 0 && y.length > 0) spans.push(x[0]!, y[0]!);
  }
  // Latin-script names inside Russian text (or Cyrillic inside English) need one agreed form.
  const mixed =
    doc.language === 'ru'
      ? re(doc, /(?<![\p{L}])[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})*(?![\p{L}])/gu)
      : re(doc, /[А-ЯЁ][а-яё]{2,}/g);
  if (spans.length > 0) return { status: 'fail', evidence: spans.slice(0, 20) };
  if (mixed.length > 0) return { status: 'manual', evidence: mixed.slice(0, 10) };
  return { status: 'pass', evidence: [] };
};

export default {
  meta: {
    id: 'name-transliteration',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['global-english', 'press-office'],
  },
  messages: {
    en: {
      label: 'Names and their transliteration',
      explanation:
        'Spell each name one way throughout, in the standard transliteration for the audience (Kyiv, not Kiev and Kyiv; Zelenskyy or Zelensky, not both).',
    },
    ru: {
      label: 'Имена и их транслитерация',
      explanation:
        'Каждое имя пишется одинаково по всему тексту и в принятой для аудитории транслитерации (не «Зеленский» и «Зеленской» вперемешку).',
    },
  },
  check,
} satisfies ChecklistRule;
