/**
 * How the composer rewords a sentence taken from the release: marks removed, dates and numbers
 * as a reader or a newsreader takes them, one idea per sentence.
 */
/** Markdown emphasis and heading marks out of a sentence taken from the input. */
export const clean = (s: string): string =>
  s
    .replace(/^[#>*\-\s]+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** "February 21, 2022" → "21 February 2022" (GOV.UK; no reader takes it for another day). */
export function unambiguousDates(s: string): string {
  return s.replace(new RegExp(`\\b(${MONTHS}) (\\d{1,2}),? (\\d{4})\\b`, 'g'), '$2 $1 $3');
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Numbers as a newsreader says them: "$5 million" → "five million dollars", "12%" → "12 percent". */
export function spokenNumbers(s: string): string {
  return s
    .replace(
      /\$(\d+(?:\.\d+)?) (million|billion|trillion)\b/g,
      (_, n: string, scale: string) => `${say(n)} ${scale} dollars`,
    )
    .replace(/\$(\d{1,3}(?:,\d{3})*)(?!\.\d)\b/g, (_, n: string) => `${n} dollars`)
    .replace(/(\d+(?:\.\d+)?)\s?%/g, '$1 percent')
    .replace(
      /(?<![\d,.$])\b(\d{1,2})\b(?![\d,.%]| ?(?:January|February|March|April|May|June|July|August|September|October|November|December))/g,
      (m, n: string) => (Number(n) >= 2 && Number(n) <= 20 ? SMALL[Number(n)]! : m),
    );
}
const say = (n: string): string => (/^\d+$/.test(n) && Number(n) >= 2 && Number(n) <= 20 ? SMALL[Number(n)]! : n);

export function firstLink(input: string): string | null {
  const m = /\bhttps?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/.exec(input);
  return m ? m[0] : null;
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * One idea per sentence, where the sentence itself marks the seam: a semicolon, or ", and" /
 * ", but" before a clause with its own subject (a pronoun or a capitalised name). An acronym in
 * brackets after its long form goes (youth and rural readers get the name). The verifier then
 * decides whether the result still says what the release says.
 */
export function oneIdeaEach(s: string, language: 'en' | 'ru'): string {
  let t = s.replace(/\s\((\p{Lu}{2,6})\)(?=[\s,.’'])/gu, '');
  if (language === 'en') {
    t = t.replace(/;\s+(\p{Ll})/gu, (_, c: string) => `. ${c.toUpperCase()}`);
    t = t.replace(
      /,\s+(?:and|but),?\s+(?:(together|today|now|also),\s+)?(we|they|he|she|it|I|(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?=\p{Ll})/gu,
      (m, adv: string | undefined, subj: string) => {
        if (/^(the\s+)?\p{Lu}/u.test(subj) && /^(The|A|An)$/.test(subj)) return m;
        return `. ${adv ? `${cap(adv)}, ${subj}` : cap(subj)} `;
      },
    );
  } else {
    t = t.replace(/;\s+(\p{Ll})/gu, (_, c: string) => `. ${c.toUpperCase()}`);
    t = t.replace(/,\s+а\s+также\s+(?=\p{Lu})/gu, '. Также ');
  }
  return t;
}
