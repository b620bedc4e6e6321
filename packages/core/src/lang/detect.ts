import { francAll } from 'franc';
import { LANGUAGE_CODES, type LanguageCode, type LanguageResult } from '../schema.js';
import { CANDIDATES } from './candidates.js';

/** ISO 639-3 (franc) → ISO 639-1 for the languages Attaché analyses. */
const SUPPORTED: Record<string, LanguageCode> = { eng: 'en', rus: 'ru', fra: 'fr', spa: 'es', deu: 'de' };

/** Fewer letters than this and detection is a guess: franc's own default is 10 characters. */
export const MIN_LETTERS_TO_DETECT = 20;
/** A runner-up this close (relative distance from franc) or closer means "unsure". */
const CONFIDENT_GAP = 0.2;

/**
 * Detects the language of prose. Returns `und` when the text is too short or has no letters,
 * the ISO 639-3 code of an unsupported language with `supported: false`, or one of ours.
 */
export function detectLanguage(prose: string): LanguageResult {
  const letters = countLetters(prose, MIN_LETTERS_TO_DETECT);
  if (letters < MIN_LETTERS_TO_DETECT) {
    return {
      code: 'und',
      confidence: 0,
      source: 'detected',
      supported: false,
      note: `Too short to tell the language (${letters} letters; at least ${MIN_LETTERS_TO_DETECT} are needed). Pass a language to analyse it anyway.`,
    };
  }
  // franc samples the first 2,048 characters of what it is given; a long document is
  // represented well enough by that, so do not pay to pass it all.
  const sample = prose.length > 4096 ? prose.slice(0, 4096) : prose;
  const ranked = francAll(sample, { only: CANDIDATES, minLength: 1 });
  const [first, second] = ranked;
  if (!first || first[0] === 'und') {
    return {
      code: 'und',
      confidence: 0,
      source: 'detected',
      supported: false,
      note: 'No language could be recognised in this text.',
    };
  }
  const gap = second ? first[1] - second[1] : 1;
  const confidence = round(Math.min(1, gap / CONFIDENT_GAP));
  const code = SUPPORTED[first[0]];
  if (code) return { code, confidence, source: 'detected', supported: true };
  return {
    code: first[0],
    confidence,
    source: 'detected',
    supported: false,
    note: `This text looks like ${first[0]} (ISO 639-3), which Attaché does not analyse. Supported: ${LANGUAGE_CODES.join(', ')}.`,
  };
}

function countLetters(text: string, enough: number): number {
  let n = 0;
  for (const m of text.matchAll(/\p{L}/gu)) {
    void m;
    if (++n >= enough) break;
  }
  return n;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Share of Cyrillic among the letters outside markup from which a text counts as Russian. */
const CYRILLIC_SHARE = 0.4;

/**
 * Whether the analysis of `text` may be Russian, for a caller deciding whether to load the
 * Russian dictionary (`loadRussianMorphology`) before `analyze`: `language` 'ru', or 'auto' and
 * either the detector says Russian on the raw text or at least 40% of the letters outside tags
 * are Cyrillic (a Russian page whose markup leads the detector astray; the analysis itself
 * detects on the prose). Never true for a text without a Cyrillic letter.
 */
export function mayBeRussian(text: string, language: string): boolean {
  if (language !== 'auto') return language === 'ru';
  if (!/[\u0400-\u04FF]/.test(text)) return false;
  if (detectLanguage(text).code === 'ru') return true;
  const letters = text.replace(/<[^>]*>/g, ' ');
  const cyr = letters.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const lat = letters.match(/[A-Za-z]/g)?.length ?? 0;
  return cyr > 0 && cyr / (cyr + lat) >= CYRILLIC_SHARE;
}
