/**
 * Facts masked before a release goes to a model, and restored in its answer: quotations, links,
 * dates, numbers and names become tokens ("[[Q1]]", "[[L1]]", "[[D1]]", "[[N1]]", "[[P1]]") that
 * the model copies instead of retyping. The verifier still checks the restored text: masking
 * keeps the model from altering a fact it was given, the verifier catches one it invented.
 * The same fact gets the same token wherever it occurs (in the release or the brief).
 */

export type MaskKind = 'Q' | 'L' | 'D' | 'N' | 'P';

export interface Masked {
  /** The texts with every fact replaced by its token. */
  texts: string[];
  /** Token → the fact as written. */
  facts: Map<string, string>;
}

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_RU = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';

const PATTERNS: Array<[MaskKind, RegExp]> = [
  ['Q', /“[^”\n]{3,}”|«[^»\n]{3,}»|„[^“\n]{3,}“|"[^"\n]{3,}"/gu],
  ['L', /\bhttps?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu],
  [
    'D',
    new RegExp(
      `\\b(?:(?:${MONTHS_EN})\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2} (?:${MONTHS_EN})(?: \\d{4})?|(?:${MONTHS_EN}) \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})\\b|(?<![\\p{L}\\d])\\d{1,2} (?:${MONTHS_RU})(?: \\d{4}(?: (?:года|г\\.))?)?(?![\\p{L}])`,
      'gu',
    ),
  ],
  [
    'N',
    /(?:[$€£₽]\s?)?(?<![\p{L}\d])\d+(?:[.,]\d+)*(?:\s?(?:%|percent|per cent|процент\p{L}*|million|billion|trillion|thousand|млн|млрд|тыс\.|миллион\p{L}*|миллиард\p{L}*))?(?:\s?(?:dollars|euros|рубл\p{L}*|долларов))?/gu,
  ],
  // Two or more capitalised words ("Secretary of State Antony J. Blinken", "Republic of Korea"), or one
  // capitalised word that does not start a sentence; acronyms in capitals.
  [
    'P',
    /(?<![\p{L}\d])\p{Lu}[\p{L}’'.-]*(?:(?:\s+(?:of|the|for|de|al|bin|van|von|der|du|da))*\s+\p{Lu}[\p{L}’'.-]*)*(?![\p{L}\d])/gu,
  ],
];

const startsSentence = (text: string, i: number): boolean =>
  /(?:^|[.!?…:]\s+|\n\s*|["“«(]\s*)$/u.test(text.slice(Math.max(0, i - 4), i));

const FUNCTION_WORDS = new Set(
  'The A An This That These Those It Its We Our They Their He She His Her I You Your In On At For With By From As And But Or If When While After Before Today Yesterday Tomorrow Also However Thus Still Now Then There Here What Who Why How Each Every All Both No Not Some Many Most More Such Other Any To Of В На С По Это Мы Наш Они Он Она Также Сегодня Вчера Как Что Когда Где Для При И Но А'.split(
    ' ',
  ),
);

/** Masks the facts of each text (the release, then the brief). */
export function maskFacts(texts: readonly string[]): Masked {
  const byFact = new Map<string, string>();
  const facts = new Map<string, string>();
  const counters: Record<MaskKind, number> = { Q: 0, L: 0, D: 0, N: 0, P: 0 };
  const tokenFor = (kind: MaskKind, fact: string): string => {
    let t = byFact.get(fact);
    if (!t) {
      t = `[[${kind}${++counters[kind]}]]`;
      byFact.set(fact, t);
      facts.set(t, fact);
    }
    return t;
  };
  const out = texts.map((text) => {
    const spans: Array<{ start: number; end: number; kind: MaskKind }> = [];
    const taken = (s: number, e: number): boolean => spans.some((x) => s < x.end && x.start < e);
    for (const [kind, re] of PATTERNS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        let s = m.index;
        let f = m[0].replace(/\s+$/, '');
        if (f === '') continue;
        if (kind === 'P') {
          // function words that open a sentence are no part of a name ("The", "Today")
          const lead = /^(\p{Lu}[\p{L}’'.-]*)\s+/u;
          let mm: RegExpExecArray | null;
          while ((mm = lead.exec(f)) !== null && FUNCTION_WORDS.has(mm[1]!)) {
            s += mm[0].length;
            f = f.slice(mm[0].length);
          }
          const small = /^(?:(?:of|the|for|de|al|bin|van|von|der|du|da)\s+)+/u.exec(f);
          if (small) {
            s += small[0].length;
            f = f.slice(small[0].length);
          }
          if (FUNCTION_WORDS.has(f)) continue;
          // a full stop that ends a sentence ends the name ("Secretary Blinken. Russia")
          const piece = f.split(/(?<!(?:^|[\s.])\p{Lu})\.\s+/u)[0]!;
          if (piece.length < f.length) re.lastIndex = s + piece.length + 1; // read on after the full stop
          f = piece;
          f = f.replace(/[’']s$/u, '');
          if (/\.$/.test(f) && !/(?:^|[\s.])\p{Lu}\.$/u.test(f)) f = f.slice(0, -1);
          // a sentence's first word is a name only when more capitalised words follow it (or it is an acronym)
          if (!/\s/.test(f) && startsSentence(text, s) && !/^\p{Lu}{2,}$/u.test(f)) continue;
        }
        if (kind === 'N' && !/\d/.test(f)) continue;
        if (!taken(s, s + f.length)) spans.push({ start: s, end: s + f.length, kind });
      }
    }
    spans.sort((a, b) => a.start - b.start);
    const tokens = spans.map((sp) => tokenFor(sp.kind, text.slice(sp.start, sp.end)));
    let t = text;
    for (let i = spans.length - 1; i >= 0; i--) t = t.slice(0, spans[i]!.start) + tokens[i]! + t.slice(spans[i]!.end);
    return t;
  });
  return { texts: out, facts };
}

/** The model's text with each token replaced by its fact; tokens it made up are listed, and left in place. */
export function restoreFacts(text: string, facts: ReadonlyMap<string, string>): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const restored = text.replace(/\[\[\s*([QLDNP]\d+)\s*\]\]/g, (m, id: string) => {
    const f = facts.get(`[[${id}]]`);
    if (f === undefined) unknown.push(m);
    return f ?? m;
  });
  return { text: restored, unknown };
}
