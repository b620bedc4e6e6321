/**
 * Core's own reader of the OpenCorpora dictionary files as Az.js (npm `az`) ships them: the
 * pymorphy2 dictionary (format 2.4, OpenCorpora 0.92, CC BY-SA) with its DAWGs re-encoded by Az.
 * Written from the format, not from either project's code. What the files hold:
 *
 * - `words.dawg`, `p_t_given_w.intdawg`: DAWGs in dawgdic's layout. A little-endian uint32 count
 *   of units, the units (uint32 each), then a uint32 count of guide units and the guide (two bytes
 *   each: the label of a unit's first child, the label of its next sibling). A unit holds its
 *   label (low byte, bit 31 for a leaf), a has-leaf bit (bit 8) and the offset to its children
 *   (bits 10–31, shifted left by 8 more when bit 9 is set); following label c from unit i lands on
 *   unit i ^ offset(i) ^ c, which must carry label c. Keys are Windows-1251 bytes.
 * - words: key = word form, byte 1, then per reading four bytes encoding two numbers (paradigm,
 *   form index), each as two bytes a, b with n = ((a ^ 1) << 6) + (b >> 1).
 * - p_t_given_w: key "form:tag" → P(tag | form) × 1 000 000.
 * - `paradigms.array`: uint16 little-endian: the count, then per paradigm its length and 3·n
 *   numbers: n suffix ids, n tag ids, n prefix ids (prefixes "", "по", "наи").
 * - `suffixes.json`, `gramtab-opencorpora-int.json`: the suffixes and tags by id;
 *   `grammemes.json`: [grammeme, parent, Cyrillic name, description].
 *
 * Only the dictionary readings are made here (Az's "Dictionary" parser, with ё found for е); the
 * guessers for unknown words are not (yet) written.
 */
import { RU_DICTIONARY_FILES, type RuDictionaryFile } from './ru-files.js';

const PREFIXES = ['', 'по', 'наи'] as const;
const MISSING = -1;

/** Windows-1251 byte of each character the dictionaries use, from the platform's decoder. */
let CP1251: Map<number, number> | undefined;
function cp1251(): Map<number, number> {
  if (CP1251) return CP1251;
  const map = new Map<number, number>();
  const decoder = new TextDecoder('windows-1251');
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch.charCodeAt(0))) map.set(ch.charCodeAt(0), b);
  }
  return (CP1251 = map);
}

/** A dawgdic dictionary with its guide (for listing the keys under a unit). */
export class Dawg {
  private readonly units: Uint32Array;
  private readonly guide: Uint8Array;

  constructor(data: Uint8Array) {
    const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const n = dv.getUint32(0, true);
    // A view on the bytes when they are aligned (every engine that runs this is little-endian, as
    // the file is); a copy otherwise.
    if ((data.byteOffset + 4) % 4 === 0) this.units = new Uint32Array(data.buffer, data.byteOffset + 4, n);
    else {
      this.units = new Uint32Array(n);
      for (let i = 0; i < n; i++) this.units[i] = dv.getUint32(4 + 4 * i, true);
    }
    const g = dv.getUint32(4 + 4 * n, true);
    this.guide = data.subarray(8 + 4 * n, 8 + 4 * n + 2 * g);
  }

  private offset(i: number): number {
    const u = this.units[i]!;
    return (u >>> 10) << ((u & 0x200) >>> 6);
  }

  follow(byte: number, i: number): number {
    const next = (i ^ this.offset(i) ^ byte) >>> 0;
    const u = this.units[next];
    if (u === undefined || (u & 0x800000ff) >>> 0 !== byte) return MISSING;
    return next;
  }

  followString(s: string, i = 0): number {
    const table = cp1251();
    for (let k = 0; k < s.length && i !== MISSING; k++) {
      const b = table.get(s.charCodeAt(k));
      i = b === undefined ? MISSING : this.follow(b, i);
    }
    return i;
  }

  hasValue(i: number): boolean {
    return (this.units[i]! & 0x100) !== 0;
  }

  value(i: number): number {
    return this.units[(i ^ this.offset(i)) >>> 0]! & 0x7fffffff;
  }

  /** The value stored for `key`, or undefined. */
  get(key: string): number | undefined {
    const i = this.followString(key);
    return i !== MISSING && this.hasValue(i) ? this.value(i) : undefined;
  }

  /** The keys (as bytes) below unit `i`, depth first, children in the guide's order. */
  completions(i: number, out: number[][] = [], key: number[] = []): number[][] {
    if (this.hasValue(i)) out.push(key.slice());
    let label = this.guide[2 * i]!;
    while (label) {
      const next = this.follow(label, i);
      if (next === MISSING) break;
      key.push(label);
      this.completions(next, out, key);
      key.pop();
      label = this.guide[2 * next + 1]!;
    }
    return out;
  }
}

/**
 * A tag as Az.js presents it, which ru.ts reads: each grammeme is a key set to true, and each
 * parent category names its grammeme (`CAse: 'loct'`, and for a variant `loct: 'loc2'`);
 * `POS` is the part of speech.
 */
export interface OcTag {
  readonly stat: readonly string[];
  readonly flex: readonly string[];
  readonly [grammeme: string]: unknown;
  toString(): string;
}

function makeTag(text: string, parents: ReadonlyMap<string, string>): OcTag {
  const [stat = '', flex = ''] = text.split(' ');
  const tag: Record<string, unknown> = { stat: stat.split(','), flex: flex ? flex.split(',') : [] };
  for (const g of [...(tag['stat'] as string[]), ...(tag['flex'] as string[])]) {
    tag[g] = true;
    let child = g;
    for (let p = parents.get(child); p; p = parents.get(child)) {
      tag[p] = child;
      child = p;
    }
  }
  if ('POST' in tag) tag['POS'] = tag['POST'];
  Object.defineProperty(tag, 'toString', { value: () => text, enumerable: false });
  return Object.freeze(tag) as unknown as OcTag;
}

export interface OcFiles {
  words: Uint8Array;
  probabilities: Uint8Array;
  /** prediction-suffixes-0/1/2.dawg: endings of the forms with each paradigm prefix. */
  predictions: readonly Uint8Array[];
  paradigms: Uint8Array;
  /** Parsed JSON of suffixes.json, gramtab-opencorpora-int.json, grammemes.json. */
  suffixes: readonly string[];
  gramtab: readonly string[];
  grammemes: readonly (readonly string[])[];
}

/** Grammeme categories two words must share to be joined by a hyphen ("сине-зелёный"). */
const HYPHEN_AGREEMENT = ['POST', 'NMbr', 'CAse', 'PErs', 'TEns'];

/** A reading of a form: from the dictionary (`OcParse`), made by a rule (`OcPlainParse`), or
 * two dictionary words joined by a hyphen (`OcCombinedParse`). */
export interface OcReading {
  readonly word: string;
  readonly tag: OcTag;
  score: number;
  /** Which analyser found it: "Dictionary" for a dictionary word; else a guess. */
  parser: string;
  readonly formCnt?: number;
  readonly stutterCnt: number;
  readonly typosCnt: number;
  inflect(formIdx: number): OcReading | false;
  normalize(): OcReading | false;
  toString(): string;
}

/** A dictionary reading of a form (possibly of the part after a known prefix or before a
 * particle: `prefix` and `suffix` are put back around it). */
export class OcParse implements OcReading {
  parser = 'Dictionary';
  readonly stutterCnt = 0;
  readonly typosCnt = 0;
  readonly formCnt: number;
  readonly tag: OcTag;

  constructor(
    private readonly dict: OcDictionary,
    readonly word: string,
    readonly paradigmIdx: number,
    readonly formIdx: number,
    public score = 1,
    public prefix = '',
    public suffix = '',
  ) {
    const p = dict.paradigm(paradigmIdx);
    this.formCnt = p.length / 3;
    this.tag = dict.tag(p[this.formCnt + formIdx]!);
  }

  private paradigmPrefix(formIdx: number): string {
    return PREFIXES[this.dict.paradigm(this.paradigmIdx)[2 * this.formCnt + formIdx]!] ?? '';
  }

  /** The stem: the form without its paradigm prefix and suffix. */
  private base(): string {
    const suffix = this.dict.suffix(this.dict.paradigm(this.paradigmIdx)[this.formIdx]!);
    return this.word.slice(this.paradigmPrefix(this.formIdx).length, this.word.length - suffix.length);
  }

  private form(formIdx: number): OcParse {
    const word =
      this.paradigmPrefix(formIdx) + this.base() + this.dict.suffix(this.dict.paradigm(this.paradigmIdx)[formIdx]!);
    return new OcParse(this.dict, word, this.paradigmIdx, formIdx, 1, this.prefix, this.suffix);
  }

  /** The form `formIdx` of the same lexeme. */
  inflect(formIdx: number): OcParse | false {
    if (formIdx < 0 || formIdx >= this.formCnt) return false;
    return this.form(formIdx);
  }

  /** The first form of the lexeme whose tag has the same `keys` as `tag`. */
  inflectLike(tag: OcTag, keys: readonly string[]): OcParse | false {
    const p = this.dict.paradigm(this.paradigmIdx);
    for (let i = 0; i < this.formCnt; i++) {
      const t = this.dict.tag(p[this.formCnt + i]!);
      if (keys.every((k) => t[k] === tag[k])) return this.form(i);
    }
    return false;
  }

  /** The dictionary form (the lexeme's first form). */
  normalize(): OcParse | false {
    return this.inflect(0);
  }

  toString(): string {
    if (!this.prefix) return this.word + this.suffix;
    const pre = this.paradigmPrefix(this.formIdx);
    return pre + this.prefix + this.word.slice(pre.length) + this.suffix;
  }
}

/** A reading made by a rule (an abbreviation, an initial, an adverb in по-): one form only. */
export class OcPlainParse implements OcReading {
  parser = '';
  readonly stutterCnt = 0;
  readonly typosCnt = 0;
  constructor(
    readonly word: string,
    readonly tag: OcTag,
    public score = 0,
  ) {}
  inflect(): OcReading {
    return this;
  }
  normalize(): OcReading {
    return this;
  }
  toString(): string {
    return this.word;
  }
}

/** Two dictionary words joined by a hyphen, inflected together ("северо-западный"). */
export class OcCombinedParse implements OcReading {
  parser = '';
  readonly stutterCnt = 0;
  readonly typosCnt = 0;
  readonly tag: OcTag;
  readonly formCnt: number;
  score: number;
  constructor(
    readonly left: OcParse,
    readonly right: OcParse,
  ) {
    this.tag = right.tag;
    this.formCnt = right.formCnt;
    this.score = left.score * right.score * 0.8;
  }
  get word(): string {
    return this.toString();
  }
  inflect(formIdx: number): OcCombinedParse | false {
    const right = this.right.inflect(formIdx);
    const left = right ? this.left.inflectLike(right.tag, HYPHEN_AGREEMENT) : false;
    return left && right ? new OcCombinedParse(left, right) : false;
  }
  normalize(): OcCombinedParse | false {
    return this.inflect(0);
  }
  toString(): string {
    return `${this.left.word}-${this.right.word}`;
  }
}

/** Grammemes of words written with a capital (names, surnames, patronymics, places, initials). */
const CAPITALIZED = ['Name', 'Surn', 'Patr', 'Geox', 'Init'];
/** Parts of speech and marks a guess never gives an unknown word (closed classes, non-words). */
const UNPRODUCTIVE = [
  'NUMR',
  'NPRO',
  'PRED',
  'PREP',
  'CONJ',
  'PRCL',
  'INTJ',
  'Apro',
  'NUMB',
  'ROMN',
  'LATN',
  'PNCT',
  'UNKN',
];
/** Capital Cyrillic letters (initials and abbreviations). */
const INITIALS = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ';
/** Particles written after a hyphen ("кто-то", "давай-ка"). */
const PARTICLES = ['-то', '-ка', '-таки', '-де', '-тко', '-тка', '-с', '-ста'];
/**
 * Prefixes an unknown word may be a known word after ("антикризисный", "экс-министр"): the list
 * Az.js uses (its `knownPrefixes`, itself after pymorphy2's), a fact of the language.
 */
const KNOWN_PREFIXES = (
  'авиа авто аква анти анти- антропо архи арт арт- астро аудио аэро без бес био вело взаимо вне внутри ' +
  'видео вице- вперед впереди гекто гелио гео гетеро гига гигро гипер гипо гомо дву двух де дез дека деци ' +
  'дис до евро за зоо интер инфра квази квази- кило кино контр контр- космо космо- крипто лейб- лже лже- ' +
  'макро макси макси- мало меж медиа медиа- мега мета мета- метео метро микро милли мини мини- моно мото ' +
  'много мульти нано нарко не небез недо нейро нео низко обер- обще одно около орто палео пан пара пента ' +
  'пере пиро поли полу после пост пост- порно пра пра- пред пресс- противо противо- прото псевдо псевдо- ' +
  'радио разно ре ретро ретро- само санти сверх сверх- спец суб супер супер- супра теле тетра топ- транс ' +
  'транс- ультра унтер- штаб- экзо эко эндо эконом- экс экс- экстра экстра- электро энерго этно'
).split(' ');
/** Weights of a guess from an ending of 1–5 letters (longer endings are surer). */
const ENDING_WEIGHT = [0, 0.2, 0.3, 0.4, 0.5, 0.6];
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

const isCapitalized = (word: string): boolean => {
  const rest = word.slice(1);
  return word.length > 0 && word[0]!.toLocaleLowerCase() !== word[0] && rest.toLocaleUpperCase() !== rest;
};

interface Found {
  /** The form as the dictionary spells it (ё where the text had е). */
  word: string;
  /** The keys below the separator, as bytes. */
  keys: number[][];
}

export interface OcOptions {
  /** Find names written in lower case, and abbreviations in any case. */
  ignoreCase?: boolean;
}

export class OcDictionary {
  private readonly words: Dawg;
  private readonly probabilities: Dawg;
  private readonly predictions: Dawg[];
  private readonly paradigms: Uint16Array[] = [];
  private readonly suffixes: readonly string[];
  private readonly tagTexts: readonly string[];
  private readonly tags: (OcTag | undefined)[];
  private readonly parents = new Map<string, string>();
  private readonly made = new Map<string, OcTag>();

  constructor(files: OcFiles) {
    this.words = new Dawg(files.words);
    this.probabilities = new Dawg(files.probabilities);
    this.predictions = files.predictions.map((b) => new Dawg(b));
    const b = files.paradigms;
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const count = dv.getUint16(0, true);
    let at = 2;
    for (let i = 0; i < count; i++) {
      const n = dv.getUint16(at, true);
      at += 2;
      const p = new Uint16Array(n);
      for (let k = 0; k < n; k++) p[k] = dv.getUint16(at + 2 * k, true);
      at += 2 * n;
      this.paradigms.push(p);
    }
    this.suffixes = files.suffixes;
    this.tagTexts = files.gramtab;
    this.tags = new Array<OcTag | undefined>(files.gramtab.length);
    for (const [name, parent] of files.grammemes) if (name && parent) this.parents.set(name, parent);
    for (const g of ['NUMB', 'ROMN', 'LATN', 'PNCT', 'UNKN']) this.parents.set(g, 'POST');
  }

  paradigm(i: number): Uint16Array {
    return this.paradigms[i]!;
  }

  suffix(i: number): string {
    return this.suffixes[i] ?? '';
  }

  /** Tags are made when first asked for (most of the 3000-odd are never needed). */
  tag(i: number): OcTag {
    return (this.tags[i] ??= makeTag(this.tagTexts[i] ?? '', this.parents));
  }

  /** A tag that is not in the gramtab (the rules' own: abbreviations, initials, adverbs). */
  private ruleTag(text: string): OcTag {
    let t = this.made.get(text);
    if (!t) this.made.set(text, (t = makeTag(text, this.parents)));
    return t;
  }

  /** Keys of `dawg` for `word` followed by the separator, ё tried wherever е is written. */
  private lookup(dawg: Dawg, word: string): Found[] {
    const out: Found[] = [];
    const table = cp1251();
    const visit = (len: number, index: number, prefix: string): void => {
      if (len === word.length) {
        const sep = dawg.follow(1, index);
        if (sep !== MISSING) out.push({ word: prefix, keys: dawg.completions(sep) });
        return;
      }
      const ch = word[len]!;
      const b = table.get(ch.charCodeAt(0));
      const next = b === undefined ? MISSING : dawg.follow(b, index);
      if (next !== MISSING) visit(len + 1, next, prefix + ch);
      if (ch === 'е') {
        const yo = dawg.follow(table.get('ё'.charCodeAt(0))!, index);
        if (yo !== MISSING) visit(len + 1, yo, `${prefix}ё`);
      }
    };
    visit(0, 0, '');
    return out;
  }

  /** The dictionary readings of `word`, unscored (1 each). */
  private dictionary(word: string, options: OcOptions): OcParse[] {
    const capitalized = !options.ignoreCase && isCapitalized(word);
    const out: OcParse[] = [];
    for (const f of this.lookup(this.words, word.toLocaleLowerCase()))
      for (const k of f.keys) {
        const p = new OcParse(this, f.word, ((k[0]! ^ 1) << 6) + (k[1]! >> 1), ((k[2]! ^ 1) << 6) + (k[3]! >> 1));
        if (options.ignoreCase || capitalized || !CAPITALIZED.some((g) => p.tag[g] === true)) out.push(p);
      }
    return out;
  }

  private initials(word: string, options: OcOptions): OcReading[] {
    if (word.length !== 1) return [];
    const w = options.ignoreCase ? word.toLocaleUpperCase() : word;
    if (!INITIALS.includes(w)) return [];
    const out: OcReading[] = [];
    for (const g of ['masc', 'femn'])
      for (const c of CASES)
        out.push(new OcPlainParse(w, this.ruleTag(`NOUN,anim,${g},Sgtm,Name,Fixd,Abbr,Init sing,${c}`), 0.1));
    return out;
  }

  private abbreviation(word: string, options: OcOptions): OcReading[] {
    if (word.length < 2 || word.includes('-')) return [];
    const make = (w: string, score: number): OcReading[] => {
      const out: OcReading[] = [];
      for (const g of ['masc', 'femn', 'neut'])
        for (const c of CASES)
          for (const n of ['sing', 'plur'])
            out.push(new OcPlainParse(w, this.ruleTag(`NOUN,inan,${g},Fixd,Abbr ${n},${c}`), score));
      return out;
    };
    if (INITIALS.includes(word[0]!) && INITIALS.includes(word[word.length - 1]!)) {
      let caps = 0;
      for (const ch of word) if (INITIALS.includes(ch)) caps++;
      if (caps <= 5) return make(word, 0.5);
    }
    if (!options.ignoreCase || word.length > 5) return [];
    const upper = word.toLocaleUpperCase();
    for (const ch of upper) if (!INITIALS.includes(ch)) return [];
    return make(upper, 0.2);
  }

  private pattern(word: string, options: OcOptions): OcReading[] {
    const w = options.ignoreCase ? word.toLocaleUpperCase() : word;
    if (!w) return [];
    const rules: [RegExp, string][] = [
      [/^[−-]?[0-9]+$/, 'NUMB,intg'],
      [/^[−-]?([0-9]*[.,][0-9]+)$/, 'NUMB,real'],
      [/^[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,\-./:;<=>?@[\]^_`{|}~]+$/, 'PNCT'],
    ];
    return rules.filter(([re]) => re.test(w)).map(([, tag]) => new OcPlainParse(w, this.ruleTag(tag)));
  }

  private roman(word: string, options: OcOptions): OcReading[] {
    const w = options.ignoreCase ? word.toLocaleUpperCase() : word;
    return w && /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(w)
      ? [new OcPlainParse(w, this.ruleTag('ROMN'))]
      : [];
  }

  private latin(word: string, options: OcOptions): OcReading[] {
    const w = options.ignoreCase ? word.toLocaleUpperCase() : word;
    return w && /[A-Za-z\u00C0-\u00D6\u00D8-\u00f6\u00f8-\u024f]$/.test(w)
      ? [new OcPlainParse(w, this.ruleTag('LATN'))]
      : [];
  }

  private hyphenParticle(word: string): OcReading[] {
    const w = word.toLocaleLowerCase();
    const out: OcReading[] = [];
    for (const particle of PARTICLES)
      if (w.endsWith(particle))
        for (const f of this.lookup(this.words, w.slice(0, -particle.length)))
          for (const k of f.keys)
            out.push(
              new OcParse(
                this,
                f.word,
                ((k[0]! ^ 1) << 6) + (k[1]! >> 1),
                ((k[2]! ^ 1) << 6) + (k[3]! >> 1),
                0.9,
                '',
                particle,
              ),
            );
    return out;
  }

  private hyphenAdverb(word: string): OcReading[] {
    const w = word.toLocaleLowerCase();
    if (w.length < 5 || !w.startsWith('по-')) return [];
    const out: OcReading[] = [];
    for (const f of this.lookup(this.words, w.slice(3))) {
      if (out.some((p) => p.word === `по-${f.word}`)) continue;
      for (const k of f.keys) {
        const p = new OcParse(this, f.word, ((k[0]! ^ 1) << 6) + (k[1]! >> 1), ((k[2]! ^ 1) << 6) + (k[3]! >> 1));
        if (p.tag['ADJF'] && p.tag['sing'] && p.tag['datv']) {
          out.push(new OcPlainParse(`по-${f.word}`, this.ruleTag('ADVB'), 0.9));
          break;
        }
      }
    }
    return out;
  }

  private hyphenWords(word: string, options: OcOptions): OcReading[] {
    const w = word.toLocaleLowerCase();
    if (KNOWN_PREFIXES.some((p) => p.endsWith('-') && w.startsWith(p))) return [];
    const parts = w.split('-');
    const out: OcReading[] = [];
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      if (parts.length > 2) {
        const end = parts[parts.length - 1]!;
        for (const r of this.dictionary(end, options)) {
          r.score *= 0.2;
          r.prefix = `${w.slice(0, w.length - end.length - 1)}-`;
          out.push(r);
        }
      }
      return out;
    }
    const left = this.dictionary(parts[0], options);
    const right = this.dictionary(parts[1], options);
    for (const l of left) {
      if (l.tag['Abbr']) continue;
      for (const r of right)
        if (HYPHEN_AGREEMENT.every((k) => l.tag[k] === r.tag[k])) out.push(new OcCombinedParse(l, r));
    }
    for (const r of right) {
      r.score *= 0.3;
      r.prefix = `${parts[0]}-`;
      out.push(r);
    }
    return out;
  }

  /** Readings of the word after a known prefix (`known`) or after its first 1–5 letters. */
  private afterPrefix(word: string, options: OcOptions, known: boolean): OcReading[] {
    const capitalized = !options.ignoreCase && isCapitalized(word);
    const w = word.toLocaleLowerCase();
    const out: OcReading[] = [];
    const take = (prefix: string, weight: number) => {
      for (const r of this.dictionary(w.slice(prefix.length), options)) {
        if (UNPRODUCTIVE.some((g) => r.tag[g] === true)) continue;
        if (!options.ignoreCase && CAPITALIZED.some((g) => r.tag[g] === true) && !capitalized) continue;
        r.score *= weight;
        r.prefix = prefix;
        out.push(r);
      }
    };
    if (known) {
      for (const prefix of KNOWN_PREFIXES) if (w.length - prefix.length >= 3 && w.startsWith(prefix)) take(prefix, 0.7);
    } else for (let len = 1; len <= 5 && w.length - len >= 3; len++) take(w.slice(0, len), 0.3);
    return out;
  }

  /** Guesses from the ending: forms of the dictionary that end the same way. */
  private byEnding(word: string, options: OcOptions): OcReading[] {
    if (word.length < 4) return [];
    const capitalized = !options.ignoreCase && isCapitalized(word);
    const w = word.toLocaleLowerCase();
    const out: OcReading[] = [];
    const used = new Set<string>();
    let minLen = 1;
    PREFIXES.forEach((prefix, i) => {
      const dawg = this.predictions[i];
      if (!dawg || (prefix && !w.startsWith(prefix))) return;
      const base = w.slice(prefix.length);
      for (let len = 5; len >= minLen; len--) {
        if (len >= base.length) continue;
        const left = base.slice(0, base.length - len);
        const found: OcParse[] = [];
        let max = 1;
        for (const f of this.lookup(dawg, base.slice(base.length - len)))
          for (const k of f.keys) {
            const n = (j: number) => ((k[2 * j]! ^ 1) << 6) + (k[2 * j + 1]! >> 1);
            const p = new OcParse(this, prefix + left + f.word, n(1), n(2));
            if (UNPRODUCTIVE.some((g) => p.tag[g] === true)) continue;
            if (!options.ignoreCase && CAPITALIZED.some((g) => p.tag[g] === true) && !capitalized) continue;
            const key = `${p.toString()}:${n(1)}:${n(2)}`;
            if (used.has(key)) continue;
            used.add(key);
            max = Math.max(max, n(0));
            p.score = n(0) * ENDING_WEIGHT[len]!;
            found.push(p);
          }
        if (found.length) {
          for (const p of found) p.score /= max;
          out.push(...found);
          minLen = Math.max(len - 1, 1);
        }
      }
    });
    return out;
  }

  /**
   * The readings of `word`, most likely first. Dictionary readings (`parser` "Dictionary") are
   * scored by P(tag | form) where the dictionary gives it; when the word is not in the
   * dictionary it is guessed: an initial, a number, a hyphenated word, a known word after a
   * prefix, the ending of known forms, an abbreviation. The scores of the dictionary readings
   * sum to 1, and so do those of the guesses. A name, surname or place reading only when the
   * word is written with a capital (or `ignoreCase`).
   */
  parse(word: string, options: OcOptions = {}): OcReading[] {
    // Analysers in order; after a "stop" one, the rest are skipped when something was found.
    const steps: [string, boolean, () => OcReading[]][] = [
      ['Dictionary', false, () => this.dictionary(word, options)],
      ['AbbrName', false, () => this.initials(word, options)],
      ['AbbrPatronymic', true, () => this.initials(word, options)],
      ['IntNumber', true, () => this.pattern(word, options).filter((p) => p.tag.toString() === 'NUMB,intg')],
      ['RealNumber', true, () => this.pattern(word, options).filter((p) => p.tag.toString() === 'NUMB,real')],
      ['Punctuation', true, () => this.pattern(word, options).filter((p) => p.tag.toString() === 'PNCT')],
      ['RomanNumber', false, () => this.roman(word, options)],
      ['Latin', true, () => this.latin(word, options)],
      ['HyphenParticle', true, () => this.hyphenParticle(word)],
      ['HyphenAdverb', true, () => this.hyphenAdverb(word)],
      ['HyphenWords', true, () => this.hyphenWords(word, options)],
      ['PrefixKnown', true, () => this.afterPrefix(word, options, true)],
      ['PrefixUnknown', false, () => this.afterPrefix(word, options, false)],
      ['SuffixKnown', false, () => this.byEnding(word, options)],
      ['Abbr', true, () => this.abbreviation(word, options)],
    ];
    let out: OcReading[] = [];
    for (const [name, stop, run] of steps) {
      const found = run();
      for (const p of found) p.parser = name;
      out = out.concat(found);
      if (out.length && stop) break;
    }
    let total = 0;
    for (const p of out)
      if (p.parser === 'Dictionary') {
        const prob = this.probabilities.get(`${p.toString()}:${p.tag.toString()}`);
        if (prob !== undefined) {
          p.score = prob / 1_000_000;
          total += p.score;
        }
      }
    if (total > 0) for (const p of out) if (p.parser === 'Dictionary') p.score /= total;
    let guessed = 0;
    for (const p of out) if (p.parser !== 'Dictionary') guessed += p.score;
    if (guessed > 0) for (const p of out) if (p.parser !== 'Dictionary') p.score /= guessed;
    // A stable sort: equal scores keep the order found.
    return out.sort((a, b) => b.score - a.score);
  }
}

/** Reads the dictionary's files (unpacked bytes) through `read`, all at once. */
export async function readDictionary(read: (file: string) => Promise<Uint8Array>): Promise<OcDictionary> {
  const bytes = await Promise.all(RU_DICTIONARY_FILES.map((f) => read(f)));
  const get = (f: RuDictionaryFile) => bytes[RU_DICTIONARY_FILES.indexOf(f)]!;
  const json = <T>(f: RuDictionaryFile) => JSON.parse(new TextDecoder().decode(get(f))) as T;
  return new OcDictionary({
    words: get('words.dawg'),
    probabilities: get('p_t_given_w.intdawg'),
    predictions: [
      get('prediction-suffixes-0.dawg'),
      get('prediction-suffixes-1.dawg'),
      get('prediction-suffixes-2.dawg'),
    ],
    paradigms: get('paradigms.array'),
    suffixes: json('suffixes.json'),
    gramtab: json('gramtab-opencorpora-int.json'),
    grammemes: json('grammemes.json'),
  });
}
