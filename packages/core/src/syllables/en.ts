/**
 * English syllable counting: a rule-based heuristic of our own, corrected by a generated table
 * of the words on which it disagrees with the CMU Pronouncing Dictionary.
 *
 * The heuristic works on the spelling only:
 * 1. Mark every letter as vowel or consonant. `y` is a consonant before a vowel at the start of a
 *    word or between two vowels ("yes", "player"), otherwise a vowel ("my", "rhythm"); `u` is a
 *    consonant after `q` ("quite") and after `g` before a vowel ("guard", "language"), except in
 *    the final "-gue(s|d)" after a consonant ("argue").
 * 2. Count the runs of vowel letters.
 * 3. Add one for each hiatus inside a run: two vowels that are spoken apart ("me-di-a", "cre-ate",
 *    "be-ing", "qui-et", "flu-id", "mu-se-um"), with the usual exceptions ("so-cial", "na-tion",
 *    "pre-cious", "mil-lion").
 * 4. Take one away for each silent "e": final "-e", "-es", "-ed" (kept after a consonant + l/r
 *    as in "ta-ble", "cen-tre", after s/z/x/c/g/ch/sh before -es, after t/d before -ed) and the
 *    inner "e" of "state-ment", "like-ly", "care-ful".
 * 5. Add one for syllabic endings the vowel count cannot see: "-ism", "-thm", "-ire" ("fire" is
 *    two syllables in CMU), "our"/"hour", the "Mc" of "McDonald".
 * Words without a vowel letter ("NSC", "hmm") are spelled out letter by letter, as are short
 * all-capital acronyms ("UN", "FBI") and dotted initialisms ("U.S").
 *
 * Figures written in digits count one syllable per run of digits (see `index.ts` for why);
 * `numberSyllables()` in `numbers.ts` gives the read-aloud count instead.
 */
import { EN_EXCEPTIONS } from './data/en-exceptions.js';

const VOWEL_LETTERS = 'aeiouy';

function isVowelLetter(ch: string | undefined): boolean {
  return ch !== undefined && VOWEL_LETTERS.includes(ch);
}

/** Vowel/consonant marks for each letter of a lower-case a–z word (step 1 above). */
function markVowels(w: string): boolean[] {
  const n = w.length;
  const v: boolean[] = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const ch = w[i]!;
    if (ch === 'y') {
      const next = w[i + 1];
      const nextIsVowel = next !== undefined && 'aeiou'.includes(next);
      if (i === 0 && nextIsVowel) v[i] = false;
      else if (i > 0 && v[i - 1] && nextIsVowel) v[i] = false;
      else if (i > 1 && w[i - 1] === 'w' && v[i - 2] && nextIsVowel)
        v[i] = false; // "law-yer"
      else v[i] = true;
    } else if (ch === 'u') {
      const prev = w[i - 1];
      const next = w[i + 1];
      if (prev === 'q') v[i] = false;
      else if (prev === 'g' && next !== undefined && 'aeiouy'.includes(next)) {
        // "argue", "argued", "argues": u is the vowel after a consonant + g at the end.
        const rest = w.slice(i + 1);
        const final = rest === 'e' || rest === 'es' || rest === 'ed';
        const consonantBefore = i >= 2 && !isVowelLetter(w[i - 2]);
        v[i] = final && consonantBefore;
      } else v[i] = true;
    } else v[i] = 'aeio'.includes(ch);
  }
  return v;
}

/** Does the boundary between w[i] and w[i+1] (both vowels of one run) split two syllables? */
function hiatus(w: string, i: number, runStart: number): boolean {
  const a = w[i]!;
  const b = w[i + 1]!;
  const before = w.slice(0, i);
  const after = w.slice(i + 2);
  const prev = w[i - 1] ?? '';
  const firstRun = runStart === 0 || !/[aeiouy]/.test(w.slice(0, runStart));
  // y as a vowel before another vowel: "fly-ing", "stud-y-ing", "em-bry-o"; not "-ye", "-yes", "-yed".
  if (a === 'y') return !(b === 'e' && /^(s|d)?$/.test(after));
  switch (a + b) {
    case 'ia': {
      if (/^t(e|ed|es|ing|ion|ions|or|ors)$/.test(after)) return true; // "appreci-ate", "negoti-ation"
      if (/^te/.test(after) && !/[ct]$/.test(prev)) return true;
      if (before === 'g') return true; // "gi-ant"
      if (/[ctsgx]$/.test(before)) return false; // "so-cial", "Rus-sia", "Geor-gia"
      if (/rr$/.test(before) && after.startsWith('g')) return false; // "mar-riage"
      if (/[aeiou]l$/.test(before) && /^([nrm]|$)/.test(after)) return false; // "Ital-ian", "famil-iar", "Austral-ia"
      return true;
    }
    case 'io': {
      if (after === '' || after === 's') return true; // "ra-ti-o", "sce-nar-i-os"
      if (/[ctsgx]$/.test(before)) return false; // "na-tion", "re-gion", "fash-ion"
      if (/v$/.test(before) && after.startsWith('r')) return false; // "be-hav-ior"
      if (/([aeiou]|l)[ln]$/.test(before) && after.startsWith('n')) return false; // "mil-lion", "un-ion"
      if (/n$/.test(before) && after.startsWith('r')) return false; // "sen-ior"
      return true;
    }
    case 'iu':
      return !/g$/.test(before); // "me-di-um" but "Bel-gium"
    case 'ie': {
      if (firstRun && runStart > 0 && i === runStart && after === '') return false;
      if (after.startsWith('t')) return true; // "qui-et", "so-ci-e-ty"
      if (/^st$/.test(after) && !firstRun) return true; // "eas-i-est"
      if (after.startsWith('n')) {
        if (after.startsWith('nd')) return false; // "friend"
        if (/^sc/.test(w) && before.endsWith('c')) return true; // "sci-ence"
        if (/[ct]$/.test(before) || /sh$/.test(before)) return false; // "pa-tient", "an-cient"
        return true; // "cli-ent", "au-di-ence"
      }
      if (after.startsWith('r')) {
        if (/^rce/.test(after)) return false; // "fierce"
        if (firstRun) return false; // "pier", "tier"
        if (/[ct]$/.test(before) || /sh$/.test(before)) return false; // "fron-tier", "cash-ier"
        return true; // "ear-li-er", "bar-ri-er"
      }
      return false; // "field", "piece", "studies", "tried", "view"
    }
    case 'ea': {
      if (/^(t|te|tes|ted|ting|tion|tions|tive|tivity|tor|tors)$/.test(after) && /cr$/.test(before)) return true; // "cre-ate"
      if (after === '' || (after === 's' && !before.endsWith('s'))) return !firstRun && !/[aeiou]$/.test(before); // "ar-e-a", "i-de-a"
      if (/^ns?$/.test(after)) return !firstRun && !/(c|g|sh)$/.test(before); // "Euro-pe-an", not "o-cean"
      if (/^l(it|is[mt]|ize|ise)/.test(after)) return true; // "re-al-ity", "re-al-ize"
      if (/^(r|pr|d)$/.test(before) && /^(ct|ff|ss|dj|pp|cc|tt|cq|ft|ttach|ssert|lloc)/.test(after)) return true; // "re-act", "re-af-firm"
      if (/^the$/.test(before) && after.startsWith('t')) return true; // "the-a-ter"
      return false;
    }
    case 'eo': {
      if (/[gc]$/.test(before) && /^(n|u|r)/.test(after)) return false; // "sur-geon", "George", "gor-geous"
      if (/[plj]$/.test(before) && after.startsWith('p')) return false; // "peo-ple", "leop-ard"
      if (/ght$/.test(before) && after.startsWith('u')) return false; // "right-eous"
      if (/^nes?$/.test(after) && /[aeiouy][^aeiouy]$/.test(before)) return false; // "some-one"
      return true; // "vid-e-o", "the-o-ry", "ge-og-ra-phy"
    }
    case 'eu':
      if (before === 'r' && !after.startsWith('t')) return true; // "re-u-nite"
      return /^(m|ms|s)$/.test(after); // "mu-se-um"
    case 'ee':
      return /^(r|pr)$/.test(before) && /^[lnmsx][^aeiouy]*[aeiouy]/.test(after); // "re-e-lect"
    case 'ei':
      if (/^(r|pr|d)$/.test(before) && !/^(gn|n$|ns$|ne)/.test(after) && /[aeiouy]/.test(after)) return true; // "re-it-er-ate"
      return after.startsWith('ty') || after.startsWith('ti') || /^sts?$/.test(after); // "de-i-ty", "athe-ist"
    case 'ua':
    case 'uo':
      return true; // "ac-tu-al", "du-o"
    case 'ue':
      return /^[lnt]/.test(after); // "fu-el", "in-flu-ence", "du-et"
    case 'ui':
      return /^(n|d$|ds$|ty|ties|sm|st|tion|tiv|ci)/.test(after); // "ru-in", "flu-id", "con-tin-u-i-ty", "su-i-cide"
    case 'oe':
      return after !== '' && after !== 's' && !/^[^aeiouy]$/.test(after); // "po-em", not "toes"
    case 'oi':
      if (/^cs?$/.test(after)) return true; // "he-ro-ic"
      if (/^s(m|t)/.test(after)) return true; // "he-ro-ism"
      if (before === 'c' && after.startsWith('nc')) return true; // "co-in-cide"
      return false;
    case 'ai':
      return /^cs?$/.test(after) || after.startsWith('v'); // "mo-sa-ic", "na-ive"
    case 'ao':
      return true; // "cha-os"
    case 'oa':
      if (before === 'c' && /^l(i|e)/.test(after)) return true; // "co-a-li-tion"
      if (before === 'pr') return true; // "pro-ac-tive"
      return false;
    case 'oo':
      return before === 'c' && /^[pr]/.test(after) && after.length > 2; // "co-op-er-ate", "co-or-di-nate"
    case 'ii':
      return true;
    default:
      return false;
  }
}

// Suffixes and second elements of compounds before which a preceding "e" is silent.
const INNER_SILENT_E_SUFFIX =
  /^s?(ly|ment|ments|ful|fully|less|lessly|ness|nesses|some|wide|land|lands|way|ways|time|times|where|like|house|man|men|woman|women|person|people|side|line|lines|ward|wards|work|works|wise|thing|things|one|ones|body|how|what|holder|holders|hold|holds|town|back|book|tooth|yard|stead|light|place|places|day|days|night|by|fore|ty|lihood|lihoods|craft|ship|ships)$/;

/**
 * The heuristic alone, without the exception table. Exported for the generator and for
 * measurements; call `syllablesEn` in application code.
 */
export function heuristicSyllablesEn(input: string): number {
  let w = input
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’ʼ‘`]/g, "'");
  if (!/[a-z]/.test(w)) return 0;
  // Contractions and possessives.
  let extra = 0;
  const poss = /^(.+)'s$/.exec(w);
  if (poss) {
    w = poss[1]!;
    if (/(s|z|x|ch|sh|ce|ge|se|ze)$/.test(w)) extra += 1; // "boss's", "church's"
  } else if (/n't$/.test(w)) {
    const stem = w.slice(0, -3);
    if (stem.length > 0 && !/[aouy]$/.test(stem)) extra += 1; // "did-n't", "have-n't", not "don't", "can't"
    w = stem.length > 0 ? stem : w;
  } else if (/'ll$/.test(w)) {
    const stem = w.slice(0, -3);
    if (/[^aeiouy]$/.test(stem)) extra += 1; // "it'll"
    w = stem;
  } else if (/'(d|ve|re|m|s)$/.test(w)) {
    w = w.replace(/'(d|ve|re|m|s)$/, '');
  }
  w = w.replace(/[^a-z]/g, '');
  if (w.length === 0) return Math.max(1, extra);
  if (!/[aeiouy]/.test(w)) return spellOut(w) + extra;

  const v = markVowels(w);
  const n = w.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    if (!v[i]) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && v[i]) i++;
    count++;
    for (let k = start; k < i - 1; k++) if (hiatus(w, k, start)) count++;
    // "be-ing", "go-ing", "see-ing", "con-tin-u-ing": a run ending in i before a final -ng.
    if (i - start >= 2 && w[i - 1] === 'i' && /^ng(s|ly)?$/.test(w.slice(i)) && !hiatus(w, i - 2, start)) count++;
  }

  // Silent e at the end.
  const hasOther = (end: number): boolean => /[aeiouy]/.test(w.slice(0, end));
  const lone = (idx: number): boolean => w[idx] === 'e' && !v[idx - 1] && v[idx] === true;
  const keepsSyllabic = (stem: string): boolean =>
    /[^aeiouyl]l$/.test(stem) || /[^aeiouyr]r$/.test(stem) || /[^aeiouy]ir$/.test(stem) || /yr$/.test(stem);
  if (n >= 3 && w.endsWith('e') && lone(n - 1) && hasOther(n - 1)) {
    const stem = w.slice(0, -1);
    if (!keepsSyllabic(stem)) count--;
  } else if (n >= 4 && w.endsWith('es') && lone(n - 2) && hasOther(n - 2)) {
    const stem = w.slice(0, -2);
    const sibilant = /(s|z|x|ch|sh|c|g)$/.test(stem) && !/(gu|qu)$/.test(stem);
    if (!sibilant && !keepsSyllabic(stem)) count--;
  } else if (n >= 4 && w.endsWith('ed') && lone(n - 2) && hasOther(n - 2)) {
    const stem = w.slice(0, -2);
    if (!/[td]$/.test(stem) && !keepsSyllabic(stem)) count--;
  }

  // Inner silent e before a suffix or second element: "state-ment", "like-ly", "care-ful".
  for (let k = 2; k < n - 2; k++) {
    if (w[k] !== 'e' || !v[k] || v[k + 1] || v[k - 1]) continue;
    if (!INNER_SILENT_E_SUFFIX.test(w.slice(k + 1))) continue;
    const c = k - 1; // the consonant before e
    if (c < 1 || v[c]) continue;
    if (!v[c - 1]) {
      // A cluster: "an-nounce-ment", "large-ly", "else-where"; not "set-tle-ment", "im-ple-ment".
      if (!/[cgsvz]/.test(w[c]!) || /[aeiouy]/.test(w.slice(k + 1, k + 2))) continue;
      if (!/[aeiouy]/.test(w.slice(0, c))) continue;
      count--;
      continue;
    }
    const vowelBefore = w[c - 1]!;
    if (vowelBefore === 'e' && !(c >= 2 && v[c - 2]) && !/^s?ly$/.test(w.slice(k + 1))) continue; // "el-e-ment", not "mere-ly"
    if (w[c] === 'r' && vowelBefore === 'i' && /^ly$/.test(w.slice(k + 1))) continue; // "en-tire-ly": CMU keeps "ire" two syllables
    count--;
  }

  // Syllabic endings the vowels do not show.
  if (/[aeiouy]s(m|ms)$/.test(w)) count++; // "ter-ror-is-m", "en-thu-si-as-m"
  if (/thms?$/.test(w)) count++; // "rhy-thm"
  if (/^(h|fl|s|sc|dev)?our(s|ly|ed|ing|selves)?$/.test(w)) count++; // "our", "hour"
  if (/^every./.test(w)) count--; // "ev-ery-thing", "ev-ery-one": CMU drops a syllable in compounds
  if (/ically$/.test(w)) count--; // "ba-sic-ly", "au-to-mat-ic-ly": CMU's usual reading of -ically
  if (/^mc[^aeiouy]/.test(w)) count++; // "Mc-Don-ald"
  return Math.max(1, count + extra);
}

/** Letter names: every letter is one syllable except "w" (double-u, three). */
function spellOut(letters: string): number {
  let n = 0;
  for (const ch of letters) n += ch === 'w' ? 3 : 1;
  return n;
}

let exceptions: Map<string, number> | undefined;

function exceptionTable(): Map<string, number> {
  if (!exceptions) {
    exceptions = new Map();
    for (const [count, words] of Object.entries(EN_EXCEPTIONS)) {
      const n = Number(count);
      for (const word of words.split(' ')) if (word) exceptions.set(word, n);
    }
  }
  return exceptions;
}

/** The CMU-derived correction for a lower-case word, or undefined when the heuristic is right. */
export function exceptionSyllablesEn(lower: string): number | undefined {
  return exceptionTable().get(lower);
}

const ORDINAL = /^(\d+)(st|nd|rd|th)$/;
const ACRONYM_MAX = 3;
/** Short words that stay words when written in capitals (headlines), not spelled out. */
const CAPITALISED_WORDS = new Set(
  (
    'a i o an as at be by do go he if in is it me my no of oh on or so to up we ' +
    'all and any are but can day did few for get got had has her him his how its let may new nor not now ' +
    'off old one our out own say see she the too two use was way who why yes yet you'
  ).split(' '),
);

/**
 * Syllables of one English word as spoken. Order: figures and ordinals (1), initialisms ("U.S"),
 * compounds by parts ("well-known", "COVID-19", "and/or"), mixed letters and digits ("G20"),
 * short all-capital acronyms ("UN", "FBI") and capital words without a vowel ("NSC"), then the
 * exception table, then the heuristic.
 */
export function syllablesEn(word: string): number {
  const raw = word.normalize('NFC').replace(/[’ʼ‘`]/g, "'");
  if (!/[\p{L}\p{N}]/u.test(raw)) return 0;
  if (/^[\d.,]+$/.test(raw)) return 1; // a figure: one syllable (index.ts)
  const lower = raw.toLowerCase();
  if (ORDINAL.test(lower)) return 1; // "21st", like a figure
  if (/^(\p{L}\.)+\p{L}\.?$/u.test(raw)) return spellOut(lower.replace(/\./g, ''));
  const parts = raw.split(/[-‐/]+/).filter((p) => p.length > 0);
  if (parts.length > 1) {
    let sum = 0;
    for (const p of parts) sum += syllablesEn(p);
    return sum;
  }
  if (/\d/.test(raw)) {
    let sum = 0;
    for (const m of raw.matchAll(/(\d+|\p{L}+)/gu)) sum += /\d/.test(m[0]) ? 1 : syllablesEn(m[0]);
    return Math.max(1, sum);
  }
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const allCaps =
    letters.length >= 2 && letters === letters.toUpperCase() && letters !== lower.replace(/[^\p{L}]/gu, '');
  if (allCaps && /^[A-Z]+$/.test(letters)) {
    if (letters.length <= ACRONYM_MAX && !CAPITALISED_WORDS.has(lower)) return spellOut(lower); // "UN", "FBI"
    if (!/[AEIOUY]/.test(letters) || /[^AEIOUY]{3}/.test(letters)) return spellOut(lower); // "NSC", "LGBTQ", "UNSCR"
  }
  const hit = exceptionSyllablesEn(lower);
  if (hit !== undefined) return hit;
  return heuristicSyllablesEn(raw);
}
