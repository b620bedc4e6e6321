/**
 * The Snowball stemmer for Russian (M. F. Porter's algorithm), written from its published
 * description (snowballstem.org/algorithms/russian/stemmer.html): regions RV and R2, then
 * step 1 (perfective gerund, or reflexive + adjectival / verb / noun), step 2 (final и),
 * step 3 (derivational ость/ост in R2), step 4 (нн, superlative, ь). Each step removes the
 * longest ending of its class that lies in RV. Expects lower case with ё folded to е.
 * Tests compare it word by word with natural's PorterStemmerRu (a devDependency, the oracle).
 */

const VOWELS = 'аеиоуыэюя';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** Endings of a class; `after` ones must follow а or я (which stays). Longest first. */
interface Endings {
  after: string[];
  plain: string[];
}

const sortLongest = (xs: string[]): string[] => [...xs].sort((a, b) => b.length - a.length);

const cls = (after: string[], plain: string[]): Endings => ({ after: sortLongest(after), plain: sortLongest(plain) });

const PERFECTIVE_GERUND = cls(['в', 'вши', 'вшись'], ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись']);
const ADJECTIVE = cls(
  [],
  'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею'.split(' '),
);
const PARTICIPLE = cls(['ем', 'нн', 'вш', 'ющ', 'щ'], ['ивш', 'ывш', 'ующ']);
const REFLEXIVE = cls([], ['ся', 'сь']);
const VERB = cls(
  'ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно'.split(' '),
  'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю'.split(' '),
);
const NOUN = cls(
  [],
  'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я'.split(
    ' ',
  ),
);
const SUPERLATIVE = ['ейше', 'ейш'];

/**
 * The length of the ending of class `e` that `w` ends with, inside `w.slice(limit)`, or 0.
 * As in Snowball's `among`, the longest matching ending decides: when it needs а/я before it
 * and that letter is missing (or outside the region), the class does not match.
 */
function ending(w: string, limit: number, e: Endings): number {
  let best = '';
  let needsA = false;
  for (const s of e.plain) if (s.length > best.length && w.endsWith(s) && w.length - s.length >= limit) best = s;
  for (const s of e.after)
    if (s.length > best.length && w.endsWith(s) && w.length - s.length >= limit) {
      best = s;
      needsA = true;
    }
  if (!best) return 0;
  if (needsA) {
    const at = w.length - best.length - 1;
    if (at < limit || (w[at] !== 'а' && w[at] !== 'я')) return 0;
  }
  return best.length;
}

/** Start of the region after the first vowel (RV), and of R2, as indices into `w`. */
function regions(w: string): { rv: number; r2: number } {
  let rv = w.length;
  for (let i = 0; i < w.length; i++)
    if (isVowel(w[i])) {
      rv = i + 1;
      break;
    }
  const after = (from: number): number => {
    for (let i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
    return w.length;
  };
  const r1 = after(0);
  const r2 = r1 >= w.length ? w.length : after(r1);
  return { rv, r2 };
}

/** The Snowball Russian stem of a lower-case word (ё already folded to е). */
export function snowballRu(word: string): string {
  let w = word;
  const { rv, r2 } = regions(w);
  if (rv >= w.length) return w;

  // Step 1
  let n = ending(w, rv, PERFECTIVE_GERUND);
  if (n) w = w.slice(0, -n);
  else {
    n = ending(w, rv, REFLEXIVE);
    if (n) w = w.slice(0, -n);
    n = ending(w, rv, ADJECTIVE);
    if (n) {
      w = w.slice(0, -n);
      const p = ending(w, rv, PARTICIPLE);
      if (p) w = w.slice(0, -p);
    } else {
      n = ending(w, rv, VERB);
      if (!n) n = ending(w, rv, NOUN);
      if (n) w = w.slice(0, -n);
    }
  }

  // Step 2
  if (w.endsWith('и') && w.length - 1 >= rv) w = w.slice(0, -1);

  // Step 3: ость / ост entirely in R2
  for (const d of ['ость', 'ост'])
    if (w.endsWith(d)) {
      if (w.length - d.length >= r2) w = w.slice(0, -d.length);
      break;
    }

  // Step 4
  if (w.endsWith('нн') && w.length - 2 >= rv) w = w.slice(0, -1);
  else {
    const sup = SUPERLATIVE.find((s) => w.endsWith(s) && w.length - s.length >= rv);
    if (sup) {
      w = w.slice(0, -sup.length);
      if (w.endsWith('нн') && w.length - 2 >= rv) w = w.slice(0, -1);
    } else if (w.endsWith('ь') && w.length - 1 >= rv) w = w.slice(0, -1);
  }
  return w;
}
