/**
 * Syllables of numbers written in digits, counted as they are read aloud. Not used by
 * `syllables()` (which counts a figure as one syllable, see `index.ts`): a utility for callers who
 * want Flesch's reading-aloud rule.
 *
 * Source of the rule: Rudolf Flesch, "The Art of Readable Writing" (1949), appendix "How to use
 * the readability formula": count the syllables of figures and symbols as they are normally read
 * aloud ("1918" is four syllables, "nineteen eighteen"). We apply the same rule to every language.
 *
 * - Integers are read as cardinals of that language ("211" = "two hundred eleven", 5 in English).
 *   Grouping commas/spaces/dots in "1,000" are ignored when they group by three.
 * - English and German four-digit years 1100–1999 (and English 2010–2099) are read in pairs,
 *   "nineteen eighteen", "neunzehnhundertachtzehn", "twenty twenty-two".
 * - Decimals: the integer part, the word for the decimal point (en "point", de/ru/fr/es
 *   "Komma"/"целых"/"virgule"/"coma"), then each digit.
 * - Numbers with a leading zero ("007") and numbers longer than 15 digits are read digit by digit.
 * The French, Spanish, German and Russian counts are close approximations (Russian case endings
 * and French liaison are not modelled); they keep a number from weighing as one syllable.
 */
import type { LanguageCode } from '../schema.js';

interface NumberWords {
  /** Syllables of 0–19. */
  small: readonly number[];
  /** Syllables of 20, 30, … 90 (index 2..9). */
  tens: readonly number[];
  /** Syllables added when joining tens and units ("und", "y", "et"), 0 when none. */
  join: (tens: number, unit: number) => number;
  /** Syllables of a hundreds part 1–9 ("one hundred", "zweihundert", "двести"). */
  hundreds: (h: number) => number;
  thousand: number;
  million: number;
  billion: number;
  point: number;
  /** "ein/one thousand": is the 1 spoken before thousand? */
  oneBeforeThousand: boolean;
  /** Custom reading of 20–99 (French 70–99), else undefined to use tens + join + unit. */
  below100?: (n: number) => number | undefined;
}

const EN: NumberWords = {
  small: [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2],
  tens: [0, 0, 2, 2, 2, 2, 2, 3, 2, 2],
  join: () => 0,
  hundreds: (h) => [0, 1, 1, 1, 1, 1, 1, 2, 1, 1][h]! + 2,
  thousand: 2,
  million: 2,
  billion: 2,
  point: 1,
  oneBeforeThousand: true,
};

const DE: NumberWords = {
  // null, eins, zwei, drei, vier, fünf, sechs, sieben, acht, neun, zehn, elf, zwölf, dreizehn …
  small: [1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2],
  tens: [0, 0, 2, 2, 2, 2, 2, 2, 2, 2],
  join: (_t, u) => (u > 0 ? 1 : 0), // "zwei-und-zwanzig"
  hundreds: (h) => (h === 1 ? 1 : [0, 1, 1, 1, 1, 1, 1, 2, 1, 1][h]!) + 2, // "(ein)hundert"
  thousand: 2,
  million: 3,
  billion: 4,
  point: 2,
  oneBeforeThousand: true,
};

const FR: NumberWords = {
  // zéro, un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix, onze, douze, treize,
  // quatorze, quinze, seize, dix-sept, dix-huit, dix-neuf
  small: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2],
  // vingt, trente, quarante, cinquante, soixante (70–99 handled in below100)
  tens: [0, 0, 1, 1, 2, 2, 2, 2, 2, 2],
  join: (t, u) => (u === 1 && t <= 6 ? 1 : 0), // "vingt et un"
  hundreds: (h) => (h === 1 ? 1 : FR_SMALL(h) + 1), // "cent", "deux cents"
  thousand: 1,
  million: 2,
  billion: 2,
  point: 2,
  oneBeforeThousand: false,
  below100: (n) => {
    if (n >= 70 && n < 80) return 2 + FR_SMALL(n - 60) + (n === 71 ? 1 : 0); // soixante-dix, soixante et onze
    if (n >= 80) return 2 + (n === 80 ? 0 : FR_SMALL(n - 80)); // quatre-vingt(-dix)
    return undefined;
  },
};
function FR_SMALL(n: number): number {
  return FR.small[n] ?? 1;
}

const ES: NumberWords = {
  // cero, uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez, once, doce, trece,
  // catorce, quince, dieciséis, diecisiete, dieciocho, diecinueve
  small: [2, 2, 1, 1, 2, 2, 1, 2, 2, 2, 1, 2, 2, 2, 3, 2, 3, 4, 4, 4],
  tens: [0, 0, 2, 2, 3, 3, 3, 3, 3, 3],
  join: (t, u) => (u > 0 && t > 2 ? 1 : 0), // "treinta y uno"; "veintiuno" is one word
  // ciento, doscientos, trescientos, cuatrocientos, quinientos, seiscientos, setecientos, …
  hundreds: (h) => [0, 2, 3, 3, 4, 3, 3, 4, 4, 4][h]!,
  thousand: 1,
  million: 2,
  billion: 4, // "mil millones"
  point: 2,
  oneBeforeThousand: false,
};

const RU: NumberWords = {
  // ноль, один, два, три, четыре, пять, шесть, семь, восемь, девять, десять, одиннадцать,
  // двенадцать, тринадцать, четырнадцать, пятнадцать, шестнадцать, семнадцать, восемнадцать, девятнадцать
  small: [1, 2, 1, 1, 3, 1, 1, 1, 2, 2, 2, 4, 3, 3, 4, 3, 3, 3, 4, 4],
  // двадцать, тридцать, сорок, пятьдесят, шестьдесят, семьдесят, восемьдесят, девяносто
  tens: [0, 0, 2, 2, 2, 3, 3, 3, 4, 4],
  join: () => 0,
  // сто, двести, триста, четыреста, пятьсот, шестьсот, семьсот, восемьсот, девятьсот
  hundreds: (h) => [0, 1, 2, 2, 3, 2, 2, 2, 3, 3][h]!,
  thousand: 3,
  million: 3,
  billion: 3,
  point: 2,
  oneBeforeThousand: false,
};

const WORDS: Record<LanguageCode, NumberWords> = { en: EN, de: DE, fr: FR, es: ES, ru: RU };

function below100(n: number, L: NumberWords): number {
  if (n < 20) return L.small[n]!;
  const custom = L.below100?.(n);
  if (custom !== undefined) return custom;
  const t = Math.floor(n / 10);
  const u = n % 10;
  return L.tens[t]! + (u > 0 ? L.small[u]! + L.join(t, u) : 0);
}

function below1000(n: number, L: NumberWords): number {
  const h = Math.floor(n / 100);
  const r = n % 100;
  return (h > 0 ? L.hundreds(h) : 0) + (r > 0 || h === 0 ? below100(r, L) : 0);
}

function cardinal(n: number, L: NumberWords): number {
  if (n < 1000) return below1000(n, L);
  const scales = [L.thousand, L.million, L.billion, L.thousand + L.billion];
  let total = 0;
  let rest = n;
  const groups: number[] = [];
  while (rest > 0) {
    groups.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  }
  for (let g = groups.length - 1; g >= 0; g--) {
    const value = groups[g]!;
    if (value === 0) continue;
    if (g === 0) total += below1000(value, L);
    else {
      const unitOne = value === 1 && !L.oneBeforeThousand && g === 1;
      total += (unitOne ? 0 : below1000(value, L)) + (scales[g - 1] ?? L.billion);
    }
  }
  return total;
}

function digitByDigit(digits: string, L: NumberWords): number {
  let n = 0;
  for (const d of digits) n += L.small[Number(d)]!;
  return n;
}

function readYear(n: number, language: LanguageCode): number | undefined {
  if (language === 'en') {
    if ((n >= 1100 && n < 2000) || (n >= 2010 && n < 2100)) {
      const hi = Math.floor(n / 100);
      const lo = n % 100;
      if (lo === 0) return below100(hi, EN) + 2; // "nineteen hundred"
      return below100(hi, EN) + (lo < 10 ? 1 + EN.small[lo]! : below100(lo, EN)); // "nineteen oh five"
    }
  }
  if (language === 'de' && n >= 1100 && n < 2000) {
    const hi = Math.floor(n / 100);
    const lo = n % 100;
    return below100(hi, DE) + 2 + (lo > 0 ? below100(lo, DE) : 0);
  }
  return undefined;
}

/** Syllables of a number token ("2022", "1,000", "3.5", "0,75"). */
export function numberSyllables(token: string, language: LanguageCode): number {
  const L = WORDS[language];
  const t = token.trim();
  if (!/\d/.test(t)) return 0;
  // Grouping separators: "1,000,000", "1.000.000", "1 000".
  let intPart = t;
  let fraction = '';
  if (
    /^\d{1,3}([,. \u00a0\u202f]\d{3})+$/.test(t) &&
    !(language === 'en' && /^\d{1,3}\.\d{3}$/.test(t)) &&
    !(language !== 'en' && /^\d{1,3},\d{3}$/.test(t))
  ) {
    intPart = t.replace(/[,. \u00a0\u202f]/g, '');
  } else {
    const m = /^(\d*)[.,](\d+)$/.exec(t);
    if (m) {
      intPart = m[1]!;
      fraction = m[2]!;
    } else intPart = t.replace(/\D/g, '');
  }
  let total = 0;
  if (intPart.length > 0) {
    if (intPart.length > 15 || (intPart.length > 1 && intPart.startsWith('0'))) total += digitByDigit(intPart, L);
    else {
      const n = Number(intPart);
      const year = fraction === '' && intPart.length === 4 ? readYear(n, language) : undefined;
      total += year ?? cardinal(n, L);
    }
  }
  if (fraction) total += L.point + digitByDigit(fraction, L);
  return Math.max(1, total);
}

/** Syllables of an ordinal written "21st", "3rd" (English) or "21." (others use the cardinal). */
export function ordinalSyllables(digits: string, language: LanguageCode): number {
  const base = numberSyllables(digits, language);
  if (language !== 'en') return base;
  const n = Number(digits);
  const last2 = n % 100;
  if (last2 % 10 === 2 && last2 !== 12) return base + 1; // "two" → "sec-ond"
  if (last2 >= 20 && last2 % 10 === 0) return base + 1; // "twen-ty" → "twen-ti-eth"
  return base;
}
