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
    this.units = new Uint32Array(n);
    for (let i = 0; i < n; i++) this.units[i] = dv.getUint32(4 + 4 * i, true);
    const g = dv.getUint32(4 + 4 * n, true);
    this.guide = data.slice(8 + 4 * n, 8 + 4 * n + 2 * g);
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
  paradigms: Uint8Array;
  /** Parsed JSON of suffixes.json, gramtab-opencorpora-int.json, grammemes.json. */
  suffixes: readonly string[];
  gramtab: readonly string[];
  grammemes: readonly (readonly string[])[];
}

/** One dictionary reading of a form. */
export class OcParse {
  readonly parser = 'Dictionary';
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
  ) {
    const p = dict.paradigm(paradigmIdx);
    this.formCnt = p.length / 3;
    this.tag = dict.tag(p[this.formCnt + formIdx]!);
  }

  /** The stem: the form without its paradigm prefix and suffix. */
  private base(): string {
    const p = this.dict.paradigm(this.paradigmIdx);
    const prefix = PREFIXES[p[2 * this.formCnt + this.formIdx]!] ?? '';
    const suffix = this.dict.suffix(p[this.formIdx]!);
    return this.word.slice(prefix.length, this.word.length - suffix.length);
  }

  /** The form `formIdx` of the same lexeme. */
  inflect(formIdx: number): OcParse | false {
    if (formIdx < 0 || formIdx >= this.formCnt) return false;
    const p = this.dict.paradigm(this.paradigmIdx);
    const word = (PREFIXES[p[2 * this.formCnt + formIdx]!] ?? '') + this.base() + this.dict.suffix(p[formIdx]!);
    return new OcParse(this.dict, word, this.paradigmIdx, formIdx);
  }

  /** The dictionary form (the lexeme's first form). */
  normalize(): OcParse | false {
    return this.inflect(0);
  }

  toString(): string {
    return this.word;
  }
}

/** Grammemes of words written with a capital (names, surnames, patronymics, places, initials). */
const CAPITALIZED = ['Name', 'Surn', 'Patr', 'Geox', 'Init'];

export class OcDictionary {
  private readonly words: Dawg;
  private readonly probabilities: Dawg;
  private readonly paradigms: Uint16Array[] = [];
  private readonly suffixes: readonly string[];
  private readonly tagTexts: readonly string[];
  private readonly tags: (OcTag | undefined)[];
  private readonly parents = new Map<string, string>();

  constructor(files: OcFiles) {
    this.words = new Dawg(files.words);
    this.probabilities = new Dawg(files.probabilities);
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

  /**
   * The dictionary readings of `word` (any case), ё found where е is written, most likely first:
   * scored by P(tag | form) where the dictionary gives it, the scores summing to 1. A name,
   * surname or place reading only when the word is written with a capital (or `ignoreCase`).
   */
  parse(word: string, options: { ignoreCase?: boolean } = {}): OcParse[] {
    const rest = word.slice(1);
    const capitalized =
      !options.ignoreCase &&
      word.length > 0 &&
      word[0]!.toLocaleLowerCase() !== word[0] &&
      rest.toLocaleUpperCase() !== rest;
    const lower = word.toLocaleLowerCase();
    const out: OcParse[] = [];
    const table = cp1251();
    const visit = (len: number, index: number, prefix: string): void => {
      if (len === lower.length) {
        const sep = this.words.follow(1, index);
        if (sep === MISSING) return;
        for (const k of this.words.completions(sep)) {
          const para = ((k[0]! ^ 1) << 6) + (k[1]! >> 1);
          const form = ((k[2]! ^ 1) << 6) + (k[3]! >> 1);
          const p = new OcParse(this, prefix, para, form);
          if (options.ignoreCase || capitalized || !CAPITALIZED.some((g) => p.tag[g] === true)) out.push(p);
        }
        return;
      }
      const ch = lower[len]!;
      const b = table.get(ch.charCodeAt(0));
      const next = b === undefined ? MISSING : this.words.follow(b, index);
      if (next !== MISSING) visit(len + 1, next, prefix + ch);
      if (ch === 'е') {
        const yo = this.words.follow(table.get('ё'.charCodeAt(0))!, index);
        if (yo !== MISSING) visit(len + 1, yo, `${prefix}ё`);
      }
    };
    visit(0, 0, '');
    let total = 0;
    for (const p of out) {
      const prob = this.probabilities.get(`${p.word}:${p.tag.toString()}`);
      if (prob !== undefined) {
        p.score = prob / 1_000_000;
        total += p.score;
      }
    }
    if (total > 0) for (const p of out) p.score /= total;
    // A stable sort: equal scores keep the dictionary's order.
    return out.sort((a, b) => b.score - a.score);
  }
}
