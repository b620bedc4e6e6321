/**
 * Russian morphology from a real dictionary: OpenCorpora's (CC BY-SA 3.0, opencorpora.org), in
 * the files pymorphy2 compiles from it as Az.js (npm `az`) re-encodes them, read by core's own
 * reader (`opencorpora.ts`). Core ships the files gzipped in `dicts/ru/` (made by
 * `scripts/build-ru-dict.mjs` from the az package, a development dependency only).
 *
 * The dictionary is loaded LAZILY and asynchronously, once: `await loadRussianMorphology()`. After
 * that every call is synchronous (`ruMorph.parse`, `inflect`, `agree`), and
 * `russianMorphology()` hands the loaded instance to synchronous code (lint, the adapters). Nothing
 * here is imported by the English path: the reader is a dynamic `import('./opencorpora.js')`, so
 * a bundler puts it in its own chunk and an English-only page never fetches it.
 *
 * Where the bytes come from: in Node the gzipped files shipped with core; else a base URL (the
 * files are fetched from it, by the names in `RU_DICTIONARY_FILES`) or a reader function. Bytes
 * that are gzipped are unpacked (Node's zlib; `DecompressionStream` in a browser).
 *
 * Grammemes are OpenCorpora's (http://opencorpora.org/dict.php?act=gram): parts of speech NOUN,
 * ADJF, ADJS, COMP, VERB, INFN, PRTF, PRTS, GRND, NUMR, ADVB, NPRO, PRED, PREP, CONJ, PRCL, INTJ;
 * cases nomn gent datv accs ablt loct (plus voct, gen2, acc2, loc2 as `caseVariant`); numbers
 * sing plur; genders masc femn neut; persons 1per 2per 3per; tenses past pres futr.
 */
import { AttacheInputError } from '../errors.js';
import type { OcDictionary, OcReading, OcTag } from './opencorpora.js';
import type { RuDictionaryFile } from './ru-files.js';

/** The dictionary files, as the reader is asked for them (one list: ru-files.ts). */
export { RU_DICTIONARY_FILES, type RuDictionaryFile } from './ru-files.js';

/**
 * Where the dictionary comes from: a base URL or directory (the files are fetched or read from
 * it), or a function returning one file's bytes (or text, for the `.json` files).
 */
export type RuDictionarySource =
  string | URL | ((file: RuDictionaryFile) => Promise<ArrayBuffer | ArrayBufferView | string>);

export type RuPos =
  | 'NOUN'
  | 'ADJF'
  | 'ADJS'
  | 'COMP'
  | 'VERB'
  | 'INFN'
  | 'PRTF'
  | 'PRTS'
  | 'GRND'
  | 'NUMR'
  | 'ADVB'
  | 'NPRO'
  | 'PRED'
  | 'PREP'
  | 'CONJ'
  | 'PRCL'
  | 'INTJ';
export type RuCase = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
export type RuNumber = 'sing' | 'plur';
export type RuGender = 'masc' | 'femn' | 'neut';
export type RuPerson = '1per' | '2per' | '3per';
export type RuTense = 'past' | 'pres' | 'futr';

/** One reading of a word form. */
export interface RuParse {
  /** The form as parsed (lower case, ё kept as the dictionary spells it). */
  word: string;
  /** Dictionary form: nominative singular, infinitive. */
  lemma: string;
  pos: RuPos | null;
  case: RuCase | null;
  /** The second genitive, second accusative, second locative or vocative, when the form is one. */
  caseVariant: 'gen2' | 'acc2' | 'loc2' | 'voct' | null;
  number: RuNumber | null;
  gender: RuGender | null;
  person: RuPerson | null;
  tense: RuTense | null;
  aspect: 'perf' | 'impf' | null;
  animacy: 'anim' | 'inan' | null;
  voice: 'actv' | 'pssv' | null;
  mood: 'indc' | 'impr' | null;
  /** OpenCorpora tag as written by the dictionary: "NOUN,inan,neut plur,loct". */
  tag: string;
  /** Share of this reading among the word's readings (0–1). */
  score: number;
  /** The word is in the dictionary (not guessed from its ending). */
  known: boolean;
}

/** A form to inflect into. Unset fields are left free (the first form of the lexeme that fits). */
export interface RuFormRequest {
  pos?: RuPos;
  case?: RuCase;
  number?: RuNumber;
  gender?: RuGender;
  person?: RuPerson;
  tense?: RuTense;
  animacy?: 'anim' | 'inan';
  voice?: 'actv' | 'pssv';
  mood?: 'indc' | 'impr';
}

export interface AgreeOptions {
  /**
   * The word just before `original` in the text. A preposition narrows the case ("в
   * мероприятиях" is locative, never accusative); an adjective that agrees with the original
   * must agree with the replacement too ("оперативное оказание помощи" → "помощь" is refused).
   */
  before?: string;
}

export interface RussianMorphology {
  /** Readings of one word, most likely first; empty for non-words. */
  parse(word: string): RuParse[];
  /** Dictionary form of the most likely reading ("мероприятиях" → "мероприятие"). */
  lemma(word: string): string;
  /** All forms of the lexeme of the most likely reading (of `pos`, when given). */
  forms(word: string, pos?: RuPos): RuParse[];
  /**
   * `word` put into `form` ("событие", {case: 'loct', number: 'plur'} → "событиях"); null when the
   * lexeme has no such form. The case of the first letter follows `word`.
   */
  inflect(word: string, form: RuFormRequest): string | null;
  /**
   * `replacement` (a word or phrase, in dictionary form) put into the form of `original`, the
   * text it replaces: a noun takes its case and number ("мероприятиях" → "событиях"), an adjective
   * its case, number and gender, a verb its person, number, gender, tense and mood (so it agrees
   * with the same subject: "реализуется" → "выполняется"). Words that do not inflect are kept.
   * Null when the replacement cannot be made to agree for certain (the readings of `original`
   * disagree, the parts of speech do not fit, the lexeme lacks the form): offer it as a
   * suggestion, not a fix.
   */
  agree(replacement: string, original: string, options?: AgreeOptions): string | null;
  /** `agree(...) !== null`: the replacement can be put into the form of the original. */
  canAgree(replacement: string, original: string, options?: AgreeOptions): boolean;
}

type AzParse = OcReading;
type AzTag = OcTag;

let loading: Promise<RussianMorphology> | null = null;
let loaded: RussianMorphology | null = null;

/** The morphology, if `loadRussianMorphology` has finished; undefined otherwise. Synchronous. */
export function russianMorphology(): RussianMorphology | undefined {
  return loaded ?? undefined;
}

/**
 * Loads the OpenCorpora dictionary (once; later calls return the same instance). In Node the
 * files shipped with core are read unless `source` says otherwise; in a browser give a base URL
 * or a reader. Rejects with an `AttacheInputError` ('bad-option') when the files cannot be read.
 */
export function loadRussianMorphology(source?: RuDictionarySource): Promise<RussianMorphology> {
  if (loading) return loading;
  loading = load(source).then(
    (m) => (loaded = m),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

type Reader = (file: RuDictionaryFile) => Promise<ArrayBuffer | ArrayBufferView | string>;

/** Reads the files from a directory; with no directory, core's own gzipped copies. */
async function nodeReader(dir?: string): Promise<Reader> {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  if (!proc?.versions?.node)
    throw new AttacheInputError(
      'bad-option',
      'loadRussianMorphology(source): outside Node, give the URL the dictionary files are served from (the files of @attache/core\'s "dicts/ru" folder, unpacked or not) or a function that returns their bytes.',
    );
  // Variable specifiers keep bundlers from following these Node-only imports.
  const fsName = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ fsName)) as { readFile(path: string): Promise<Uint8Array> };
  if (dir === undefined) {
    const url = new URL('../../dicts/ru/', import.meta.url);
    const root = decodeURIComponent(url.pathname).replace(/^\/([A-Za-z]:)/, '$1');
    return (file) => fs.readFile(`${root}${file}.gz`);
  }
  const root = dir.replace(/[\\/]$/, '');
  return (file) => fs.readFile(`${root}/${file}`);
}

function urlReader(base: string): Reader {
  const root = base.endsWith('/') ? base : `${base}/`;
  return async (file) => {
    const res = await fetch(new URL(file, root));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.arrayBuffer();
  };
}

function readerFor(source: RuDictionarySource | undefined): Promise<Reader> | Reader {
  if (typeof source === 'function') return source;
  if (source === undefined) return nodeReader();
  const s = String(source);
  if (/^(?:https?|blob|data):/i.test(s) || (typeof source !== 'string' && !/^file:/i.test(s))) return urlReader(s);
  if (/^file:/i.test(s)) return nodeReader(decodeURIComponent(new URL(s).pathname));
  // A relative or absolute path: a directory in Node, a URL relative to the page in a browser.
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  if (proc?.versions?.node) return nodeReader(s);
  return urlReader(new URL(s, (globalThis as { location?: { href: string } }).location?.href).href);
}

/** The bytes of one file, unpacked when gzipped (they start with 1f 8b). */
async function bytesOf(data: ArrayBuffer | ArrayBufferView | string): Promise<Uint8Array> {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  const bytes =
    data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  // Node's zlib where there is one (about three times faster than its DecompressionStream).
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  if (proc?.versions?.node) {
    const zlibName = 'node:zlib';
    // Where dynamic import is not available (a startup snapshot), DecompressionStream below.
    const zlib = (await import(/* @vite-ignore */ zlibName).catch(() => undefined)) as
      { gunzipSync(b: Uint8Array): Uint8Array } | undefined;
    if (zlib) return zlib.gunzipSync(bytes);
  }
  const stream = new Blob([bytes.slice()]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function load(source: RuDictionarySource | undefined): Promise<RussianMorphology> {
  let dict: OcDictionary;
  try {
    const read = await readerFor(source);
    // The file names live in the reader's chunk, so that an English-only bundle holds none.
    const reader = await import('./opencorpora.js');
    dict = await reader.readDictionary(async (f) => bytesOf(await read(f as RuDictionaryFile)));
  } catch (err) {
    if (err instanceof AttacheInputError) throw err;
    throw new AttacheInputError(
      'bad-option',
      `loadRussianMorphology: could not read the Russian dictionary (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  return makeMorphology(dict);
}

// ---------------------------------------------------------------------------------------------

const POS_SET = new Set<string>([
  'NOUN',
  'ADJF',
  'ADJS',
  'COMP',
  'VERB',
  'INFN',
  'PRTF',
  'PRTS',
  'GRND',
  'NUMR',
  'ADVB',
  'NPRO',
  'PRED',
  'PREP',
  'CONJ',
  'PRCL',
  'INTJ',
]);
/** Grammemes of rare or variant forms, passed over when a plain form fits. */
const VARIANT = /^(?:V-\w+|Infr|Arch|Dist|Erro|Slng|Litr|gen2|acc2|loc2|voct|Abbr)$/;
/** Parts of speech that change form. */
const INFLECTING = new Set<string>(['NOUN', 'ADJF', 'ADJS', 'VERB', 'INFN', 'PRTF', 'PRTS', 'GRND', 'NUMR']);
const NOMINAL = new Set<string>(['NOUN', 'NPRO']);
const ADJECTIVAL = new Set<string>(['ADJF', 'PRTF']);
const VERBAL = new Set<string>(['VERB', 'INFN', 'PRTF', 'PRTS', 'GRND']);

/** Cases a preposition takes (the common ones). */
const PREPOSITION_CASES: Record<string, readonly RuCase[]> = {
  в: ['accs', 'loct'],
  во: ['accs', 'loct'],
  на: ['accs', 'loct'],
  о: ['accs', 'loct'],
  об: ['accs', 'loct'],
  обо: ['accs', 'loct'],
  по: ['datv', 'loct', 'accs'],
  при: ['loct'],
  к: ['datv'],
  ко: ['datv'],
  с: ['ablt', 'gent', 'accs'],
  со: ['ablt', 'gent', 'accs'],
  за: ['ablt', 'accs'],
  под: ['ablt', 'accs'],
  над: ['ablt'],
  перед: ['ablt'],
  между: ['ablt', 'gent'],
  для: ['gent'],
  из: ['gent'],
  от: ['gent'],
  до: ['gent'],
  без: ['gent'],
  у: ['gent'],
  около: ['gent'],
  после: ['gent'],
  среди: ['gent'],
  против: ['gent'],
  ради: ['gent'],
  через: ['accs'],
  про: ['accs'],
  сквозь: ['accs'],
  благодаря: ['datv'],
  согласно: ['datv'],
  вопреки: ['datv'],
};

function str(tag: AzTag, key: string): string | null {
  const v = tag[key];
  return typeof v === 'string' ? v : null;
}

function view(p: AzParse, lemma: string): RuParse {
  const t = p.tag;
  const pos = str(t, 'POS');
  const variant = (['gen2', 'acc2', 'loc2', 'voct'] as const).find((g) => t[g] === true) ?? null;
  return {
    word: String(p),
    lemma,
    pos: pos && POS_SET.has(pos) ? (pos as RuPos) : null,
    case: str(t, 'CAse') as RuCase | null,
    caseVariant: variant,
    number: str(t, 'NMbr') as RuNumber | null,
    gender: str(t, 'GNdr') as RuGender | null,
    person: str(t, 'PErs') as RuPerson | null,
    tense: str(t, 'TEns') as RuTense | null,
    aspect: str(t, 'ASpc') as 'perf' | 'impf' | null,
    animacy: str(t, 'ANim') as 'anim' | 'inan' | null,
    voice: str(t, 'VOic') as 'actv' | 'pssv' | null,
    mood: str(t, 'MOod') as 'indc' | 'impr' | null,
    tag: t.toString(),
    score: p.score,
    known: p.parser === 'Dictionary',
  };
}

const KEYS: Record<keyof RuFormRequest, string> = {
  pos: 'POS',
  case: 'CAse',
  number: 'NMbr',
  gender: 'GNdr',
  person: 'PErs',
  tense: 'TEns',
  animacy: 'ANim',
  voice: 'VOic',
  mood: 'MOod',
};

function makeMorphology(dict: OcDictionary): RussianMorphology {
  const cache = new Map<string, AzParse[]>();
  function azParse(word: string): AzParse[] {
    const w = word.replace(/[\u00ad\u200d]/g, '').replace(/[‐‑]/g, '-');
    let ps = cache.get(w);
    if (!ps) {
      ps = [];
      if (/[а-яёА-ЯЁ]/.test(w)) {
        // No typo or stutter guesses ("России" is not a doubled-letter "Роси"); a name written
        // in lower case is still found.
        ps = dict.parse(w);
        if (!ps.some((p) => p.parser === 'Dictionary')) {
          const anyCase = dict.parse(w, { ignoreCase: true });
          if (anyCase.some((p) => p.parser === 'Dictionary')) ps = anyCase;
        }
      }
      if (cache.size > 20_000) cache.clear();
      cache.set(w, ps);
    }
    return ps;
  }
  function lemmaOf(p: AzParse): string {
    const n = p.normalize();
    return n ? String(n) : String(p);
  }
  function lexeme(p: AzParse): AzParse[] {
    const n = p.formCnt ?? 0;
    const out: AzParse[] = [];
    for (let i = 0; i < n; i++) {
      const f = p.inflect(i);
      if (f) out.push(f);
    }
    return out.length ? out : [p];
  }
  function best(word: string, pos?: RuPos | readonly string[]): AzParse | undefined {
    const ps = azParse(word);
    if (!pos) return ps[0];
    const want = typeof pos === 'string' ? [pos] : pos;
    // A verb's lexeme holds its infinitive, finite forms, participles and gerunds.
    return (
      ps.find((p) => want.includes(str(p.tag, 'POS') ?? '')) ??
      ps.find((p) => VERBAL.has(posOf(p)) && want.some((w) => VERBAL.has(w)))
    );
  }
  /** The form of `p`'s lexeme matching `want` (grammeme key → value), plain forms first. */
  function pick(p: AzParse, want: Record<string, string>, keepPos: string | null): AzParse | null {
    let chosen: AzParse | null = null;
    let chosenCost = Infinity;
    const wanted = new Set(Object.values(want));
    for (const f of lexeme(p)) {
      const t = f.tag;
      let ok = true;
      for (const [k, v] of Object.entries(want))
        if (t[k] !== v) {
          ok = false;
          break;
        }
      if (!ok) continue;
      let cost = 0;
      for (const g of [...t.stat, ...t.flex]) if (VARIANT.test(g) && !wanted.has(g)) cost += 2;
      if (keepPos && str(t, 'POS') !== keepPos) cost += 1;
      if (cost < chosenCost) {
        chosen = f;
        chosenCost = cost;
      }
    }
    return chosen;
  }
  function request(form: RuFormRequest): Record<string, string> {
    const want: Record<string, string> = {};
    for (const [k, v] of Object.entries(form)) if (v) want[KEYS[k as keyof RuFormRequest]] = v;
    if (want['NMbr'] === 'plur') delete want['GNdr'];
    return want;
  }

  function inflectParse(p: AzParse, want: Record<string, string>): AzParse | null {
    return pick(p, want, want['POS'] ?? str(p.tag, 'POS'));
  }

  /** What the target must match to stand where a word of tag `o` stood. Null: cannot. */
  function targetFor(o: AzTag, target: AzParse): Record<string, string> | null {
    const oPos = str(o, 'POS') ?? '';
    const tPos = str(target.tag, 'POS') ?? '';
    const want: Record<string, string> = {};
    const set = (k: string, v: string | null) => {
      if (v) want[k] = v;
    };
    const verbal = VERBAL.has(oPos) && VERBAL.has(tPos) && (oPos !== 'PRTF' || tPos !== 'ADJF');
    if (!verbal && (NOMINAL.has(oPos) || ADJECTIVAL.has(oPos) || oPos === 'NUMR')) {
      if (!(NOMINAL.has(tPos) || ADJECTIVAL.has(tPos) || tPos === 'NUMR')) return null;
      set('CAse', str(o, 'CAse'));
      const fixedNumber = target.tag['Sgtm'] === true || target.tag['Pltm'] === true;
      if (!(tPos === 'NOUN' && fixedNumber)) set('NMbr', str(o, 'NMbr'));
      if (ADJECTIVAL.has(tPos)) {
        if (str(o, 'NMbr') !== 'plur') set('GNdr', str(o, 'GNdr'));
        if (str(o, 'CAse') === 'accs' && (str(o, 'NMbr') === 'plur' || str(o, 'GNdr') === 'masc'))
          set('ANim', str(o, 'ANim'));
        want['POS'] = tPos;
      } else want['POS'] = tPos;
      return want;
    }
    if (VERBAL.has(oPos)) {
      if (!verbal) return null;
      want['POS'] = oPos;
      if (oPos === 'VERB') {
        set('TEns', str(o, 'TEns'));
        set('MOod', str(o, 'MOod'));
        set('NMbr', str(o, 'NMbr'));
        if (str(o, 'TEns') === 'past') {
          if (str(o, 'NMbr') !== 'plur') set('GNdr', str(o, 'GNdr'));
        } else set('PErs', str(o, 'PErs'));
        if (str(o, 'INvl')) set('INvl', str(o, 'INvl'));
      } else if (oPos === 'PRTF' || oPos === 'PRTS') {
        set('TEns', str(o, 'TEns'));
        set('VOic', str(o, 'VOic'));
        set('NMbr', str(o, 'NMbr'));
        if (str(o, 'NMbr') !== 'plur') set('GNdr', str(o, 'GNdr'));
        if (oPos === 'PRTF') {
          set('CAse', str(o, 'CAse'));
          if (str(o, 'CAse') === 'accs' && (str(o, 'NMbr') === 'plur' || str(o, 'GNdr') === 'masc'))
            set('ANim', str(o, 'ANim'));
        }
      } else if (oPos === 'GRND') set('TEns', str(o, 'TEns'));
      return want;
    }
    if (oPos === 'ADJS' && (tPos === 'ADJF' || tPos === 'ADJS')) {
      want['POS'] = 'ADJS';
      set('NMbr', str(o, 'NMbr'));
      if (str(o, 'NMbr') !== 'plur') set('GNdr', str(o, 'GNdr'));
      return want;
    }
    return null;
  }

  /**
   * Lexemes to try, in order, for the verb `p` standing where a verb of tag `o` stood: its -ся
   * form when the original has one, itself, and — when the original is imperfective and `p` a
   * prefixed perfective — its imperfective partner made by the regular suffixes and consonant
   * alternations (выполнить → выполнять, обсудить → обсуждать, подписать → подписывать), if the
   * dictionary knows it.
   */
  function verbCandidates(p: AzParse, o: AzTag, originalWord: string): AzParse[] {
    const out: AzParse[] = [];
    const aspect = str(o, 'ASpc');
    const add = (w: string) => {
      const ps = azParse(w).filter((x) => x.parser === 'Dictionary' && VERBAL.has(posOf(x)));
      const q = ps.find((x) => str(x.tag, 'ASpc') === aspect) ?? ps[0];
      if (q && !out.some((r) => lemmaOf(r) === lemmaOf(q) && str(r.tag, 'ASpc') === str(q.tag, 'ASpc'))) out.push(q);
    };
    const word = lemmaOf(p);
    const reflexive = /с[яь]$/.test(originalWord) && !/с[яь]$/.test(word);
    const bases = reflexive ? [`${word}ся`, word] : [word];
    for (const b of bases) add(b);
    if (aspect === 'impf' && !out.some((q) => q.tag['impf'] === true))
      for (const b of bases) {
        const m = /^(.*?)(ить|ать|ять|еть)(ся)?$/.exec(b);
        if (!m || m[1]!.length < 4) continue;
        const stem = m[1]!;
        const sja = m[3] ?? '';
        const alts = new Set([
          stem,
          stem.replace(/ст$/, 'щ'),
          stem.replace(/т$/, 'щ'),
          stem.replace(/д$/, 'жд'),
          stem.replace(/с$/, 'ш'),
          stem.replace(/з$/, 'ж'),
        ]);
        const suffixes = m[2] === 'ить' ? ['ять', 'лять', 'ать'] : ['ывать', 'ивать', 'вать'];
        for (const suffix of suffixes)
          for (const alt of alts) {
            const cand = `${alt}${suffix}${sja}`;
            if (
              azParse(cand).some((x) => x.parser === 'Dictionary' && x.tag['INFN'] === true && x.tag['impf'] === true)
            )
              add(cand);
          }
      }
    // Only lexemes of the original's aspect will do: "принимал решение" → "решал", not "решил".
    return aspect ? out.filter((q) => str(q.tag, 'ASpc') === aspect) : out;
  }

  interface Word {
    text: string;
    start: number;
  }
  function words(s: string): Word[] {
    const out: Word[] = [];
    for (const m of s.matchAll(/[а-яёА-ЯЁa-zA-Z0-9]+(?:-[а-яёА-ЯЁa-zA-Z0-9]+)*/g))
      out.push({ text: m[0], start: m.index });
    return out;
  }
  const posOf = (p: AzParse | undefined) => (p ? (str(p.tag, 'POS') ?? '') : '');

  /** `a` is an adjective or participle agreeing with the word `b` after it ("важное событие"). */
  function modifies(a: string, b: string | undefined): boolean {
    if (!b) return false;
    const same = (x: AzTag, y: AzTag) =>
      str(x, 'CAse') === str(y, 'CAse') &&
      str(x, 'NMbr') === str(y, 'NMbr') &&
      (str(x, 'NMbr') === 'plur' || !str(y, 'GNdr') || str(x, 'GNdr') === str(y, 'GNdr'));
    const bs = azParse(b).filter((p) => ['NOUN', 'ADJF', 'PRTF', 'NPRO'].includes(posOf(p)));
    return azParse(a).some((p) => ADJECTIVAL.has(posOf(p)) && bs.some((q) => same(p.tag, q.tag)));
  }

  /** Index of the word that carries the form of a phrase, or -1. */
  function headIndex(ws: Word[]): number {
    const parses = ws.map((w) => azParse(w.text)[0]);
    // A verb or a noun is the head; a phrase made only of modifiers is headed by its first one.
    for (let i = 0; i < ws.length; i++) {
      const pos = posOf(parses[i]);
      if (pos === 'PREP') return -1;
      if (pos === 'VERB' || pos === 'INFN' || pos === 'GRND' || pos === 'PRTS' || pos === 'NOUN' || pos === 'NPRO')
        return i;
      if ((pos === 'ADJF' || pos === 'PRTF') && !modifies(ws[i]!.text, ws[i + 1]?.text)) return i;
    }
    return ws.findIndex((w) => azParse(w.text).some((p) => INFLECTING.has(posOf(p))));
  }

  /**
   * Readings of the original's head that the context leaves open: every dictionary reading, the
   * likeliest first, but a biaspectual verb ("реализуются": present or future) only as
   * imperfective (press releases report what is happening), and the cases a preposition before
   * it cannot take left out.
   */
  function readings(word: string, before: string | undefined): AzTag[] {
    const all = azParse(word);
    const top = all[0];
    if (!top) return [];
    const ps = all.filter((p) => p === top || (p.parser === top.parser && p.score >= top.score * 0.05));
    const impf = new Set(ps.filter((p) => p.tag['impf'] === true).map(lemmaOf));
    let open = ps.filter((p) => !(p.tag['perf'] === true && impf.has(lemmaOf(p))));
    const cases = before ? PREPOSITION_CASES[before.toLowerCase()] : undefined;
    if (cases) {
      const narrowed = open.filter((p) => !str(p.tag, 'CAse') || cases.includes(str(p.tag, 'CAse') as RuCase));
      if (narrowed.length) open = narrowed;
    }
    return open.map((p) => p.tag);
  }

  function matchFirstCase(model: string, s: string): string {
    const c = model.charAt(0);
    return c !== c.toLowerCase() ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  }

  function agreeOnce(rWords: Word[], replacement: string, o: AzTag, originalHead: string): string | null {
    const hi = headIndex(rWords);
    if (hi < 0) return replacement;
    const head = rWords[hi]!;
    const oPos = str(o, 'POS') ?? '';
    // Each lexeme the replacement's head can belong to ("есть": быть or есть) must give the same
    // form; one that cannot stand there at all is passed over.
    const heads = new Set<string>();
    let newHead: AzParse | null = null;
    const lexemes = new Map<string, AzParse>();
    const ps = azParse(head.text);
    for (const p of ps.some((x) => x.parser === 'Dictionary') ? ps.filter((x) => x.parser === 'Dictionary') : ps)
      if (INFLECTING.has(posOf(p)) || NOMINAL.has(posOf(p))) {
        const key = `${lemmaOf(p)}/${VERBAL.has(posOf(p)) ? 'V' : posOf(p)}`;
        if (!lexemes.has(key)) lexemes.set(key, p);
      }
    for (const p of lexemes.values()) {
      const candidates = VERBAL.has(oPos) && VERBAL.has(posOf(p)) ? verbCandidates(p, o, originalHead) : [p];
      for (const c of candidates) {
        const want = targetFor(o, c);
        const f = want ? inflectParse(c, want) : null;
        if (f) {
          heads.add(String(f));
          newHead = f;
          break;
        }
      }
    }
    if (!newHead || heads.size !== 1) return null;
    const parts: string[] = [];
    let at = 0;
    for (let i = 0; i < rWords.length; i++) {
      const w = rWords[i]!;
      parts.push(replacement.slice(at, w.start));
      let text = w.text;
      if (i === hi) text = matchFirstCase(w.text, String(newHead));
      else if (i < hi && ADJECTIVAL.has(posOf(azParse(w.text)[0])) && NOMINAL.has(str(newHead.tag, 'POS') ?? '')) {
        // A modifier before its noun takes the noun's new form.
        const m = best(w.text, ['ADJF', 'PRTF']);
        const t = newHead.tag;
        const want: Record<string, string> = {};
        if (str(t, 'CAse')) want['CAse'] = str(t, 'CAse')!;
        if (str(t, 'NMbr')) want['NMbr'] = str(t, 'NMbr')!;
        if (str(t, 'NMbr') !== 'plur' && str(t, 'GNdr')) want['GNdr'] = str(t, 'GNdr')!;
        if (str(t, 'CAse') === 'accs' && (str(t, 'NMbr') === 'plur' || str(t, 'GNdr') === 'masc') && str(t, 'ANim'))
          want['ANim'] = str(t, 'ANim')!;
        const f = m ? inflectParse(m, want) : null;
        if (!f) return null;
        text = matchFirstCase(w.text, String(f));
      }
      parts.push(text);
      at = w.start + w.text.length;
    }
    parts.push(replacement.slice(at));
    return parts.join('');
  }

  const api: RussianMorphology = {
    parse(word) {
      // The readings of a word are asked for again and again (lint's agreement checks, the
      // adapters): made once per word; a fresh array each time, the readings themselves shared.
      let ps = parsed.get(word);
      if (!ps) {
        ps = azParse(word).map((p) => view(p, lemmaOf(p)));
        if (parsed.size >= 20_000) parsed.clear();
        parsed.set(word, ps);
      }
      return ps.slice();
    },
    lemma(word) {
      const p = azParse(word)[0];
      return p ? lemmaOf(p) : word.toLowerCase();
    },
    forms(word, pos) {
      const p = best(word, pos);
      if (!p) return [];
      const lemma = lemmaOf(p);
      return lexeme(p).map((f) => view(f, lemma));
    },
    inflect(word, form) {
      const p = best(word, form.pos);
      if (!p) return null;
      const f = inflectParse(p, request(form));
      return f ? matchFirstCase(word, String(f)) : null;
    },
    agree(replacement, original, options) {
      // The same replacement for the same words recurs within a release and across releases:
      // the answer depends on the three strings only (the dictionary does not change).
      const key = `${replacement}\u0000${original}\u0000${options?.before ?? ''}`;
      const hit = agreed.get(key);
      if (hit !== undefined) return hit;
      const out = agreeUncached(replacement, original, options);
      if (agreed.size >= 20_000) agreed.clear();
      agreed.set(key, out);
      return out;
    },
    canAgree(replacement, original, options) {
      return api.agree(replacement, original, options) !== null;
    },
  };
  const agreed = new Map<string, string | null>();
  const parsed = new Map<string, RuParse[]>();
  function agreeUncached(replacement: string, original: string, options: AgreeOptions | undefined): string | null {
    const rWords = words(replacement);
    const oWords = words(original);
    if (!rWords.length) return replacement;
    const oi = headIndex(oWords);
    if (oi < 0) return matchFirstCase(original, replacement);
    // The replacement brings its own preposition or is an adverb, conjunction, particle: as is.
    const firstPos = posOf(azParse(rWords[0]!.text)[0]);
    if (['PREP', 'CONJ', 'ADVB', 'PRCL', 'PRED', 'INTJ', 'COMP'].includes(firstPos) && rWords.length >= 1) {
      const hi = headIndex(rWords);
      if (hi < 0 || firstPos === 'PREP') return matchFirstCase(original, replacement);
    }
    const oHead = oWords[oi]!;
    const before = oi > 0 ? oWords[oi - 1]!.text : options?.before;
    const tags = readings(oHead.text, oi > 0 && posOf(azParse(before ?? '')[0]) !== 'PREP' ? undefined : before);
    if (!tags.length) return null;
    // Every reading the context leaves open must give the same text; a reading with no such
    // form is passed over (a biaspectual verb's rare future), unless it is the likeliest one.
    const outs = new Set<string>();
    for (const [i, t] of tags.entries()) {
      const out = agreeOnce(rWords, replacement, t, oHead.text.toLowerCase());
      if (out === null) {
        if (i === 0) return null;
        continue;
      }
      outs.add(out);
    }
    if (outs.size !== 1) return null;
    const out = [...outs][0]!;
    // An adjective just before the original that agrees with it ("оперативное оказание")
    // must agree with the replacement too, or the fix breaks the phrase ("оперативное помощь").
    const prev = options?.before;
    if (oi === 0 && prev && modifies(prev, oHead.text)) {
      const outWords = words(out);
      const hi = headIndex(outWords);
      if (hi >= 0 && !modifies(prev, outWords[hi]!.text)) return null;
    }
    return matchFirstCase(original, out);
  }
  return api;
}
