import { readFileSync } from 'node:fs';
import { m } from './messages.js';

/** A problem with one input (unreadable, binary, not UTF-8): reported, the run goes on, exit 2. */
export class FileError extends Error {
  override readonly name = 'FileError';
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  /** The text, without its byte order mark. */
  text: string;
  /** The file started with a byte order mark (kept when --fix writes it back). */
  bom: boolean;
  /** How the file was encoded: UTF-8, or UTF-16 recognised by its byte order mark. --fix writes
   * the file back in the same encoding. */
  encoding: TextEncoding;
}

// Created on first use, not at load: the V8 startup snapshot (snapshot.ts) cannot hold them.
const decoders = new Map<TextEncoding, TextDecoder>();
function decoderFor(encoding: TextEncoding): TextDecoder {
  let d = decoders.get(encoding);
  if (!d) {
    d = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    decoders.set(encoding, d);
  }
  return d;
}

/**
 * Decodes a file's bytes as text: UTF-8 (with or without a byte order mark), or UTF-16 LE/BE
 * when the file starts with its byte order mark. Refuses binary data and invalid UTF-8 with a
 * message that gives the byte offset of the first bad sequence and says what the bytes look like.
 */
export function decode(buf: Uint8Array, display: string): Decoded {
  const encoding: TextEncoding =
    buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding !== 'utf-8') {
    let text: string;
    try {
      text = decoderFor(encoding).decode(buf.subarray(2));
    } catch {
      throw new FileError(m('read.badUtf16', { file: display, encoding: encoding.toUpperCase() }));
    }
    if (text.includes('\0')) throw binary(display);
    return { text, bom: true, encoding };
  }
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) {
    const utf16 = utf16WithoutBom(head);
    if (utf16) {
      throw new FileError(
        m('read.utf16NoBom', {
          file: display,
          encoding: utf16.toUpperCase(),
          convert: m('read.convert', { encoding: utf16, file: display }),
        }),
      );
    }
    throw binary(display);
  }
  let text: string;
  try {
    text = decoderFor('utf-8').decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    throw new FileError(
      m('read.badUtf8', { file: display, at, bytes: hexAt(buf, at), hint: encodingHint(buf, display) }),
    );
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom, encoding };
}

/** The bytes for `text` in the encoding (and with the byte order mark) the input had. */
export function encodeText(decoded: Pick<Decoded, 'bom' | 'encoding'>, text: string): Uint8Array {
  if (decoded.encoding === 'utf-8') return Buffer.from((decoded.bom ? '\ufeff' : '') + text, 'utf8');
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  if (decoded.encoding === 'utf-16le') return le;
  return le.swap16();
}

function binary(display: string): FileError {
  return new FileError(m('read.binary', { file: display }));
}

/** 'utf-16le' / 'utf-16be' when the NUL bytes sit in every other position, as ASCII in UTF-16 does. */
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (head.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const pairs = Math.floor(head.length / 2);
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Byte offset of the first sequence that is not well-formed UTF-8 (the WHATWG decoder's rules). */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}

function hexAt(buf: Uint8Array, at: number): string {
  return Array.from(buf.subarray(at, at + 4), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/**
 * What the non-UTF-8 bytes look like, and the conversion to run. Windows-1251 (Russian) when
 * most bytes above 0x7F are letters (0xC0–0xFF) standing in runs, as Cyrillic words do;
 * Windows-1252 when isolated high bytes include its typographic quotes and dashes (0x80–0x9F);
 * Latin-1 when they are isolated accented letters; otherwise no guess.
 */
export function encodingHint(buf: Uint8Array, display: string): string {
  let high = 0;
  let letters = 0;
  let inRuns = 0;
  let isolated = 0;
  let c1 = 0;
  const sample = buf.subarray(0, 1 << 20);
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0) letters++;
    if (b < 0xa0) c1++;
    const prevHigh = i > 0 && sample[i - 1]! >= 0x80;
    const nextHigh = i + 1 < sample.length && sample[i + 1]! >= 0x80;
    if (!prevHigh && !nextHigh) isolated++;
    // In a run of three or more high bytes?
    let run = 1;
    for (let k = i - 1; k >= 0 && k >= i - 2 && sample[k]! >= 0x80; k--) run++;
    for (let k = i + 1; k < sample.length && k <= i + 2 && sample[k]! >= 0x80; k++) run++;
    if (run >= 3) inRuns++;
  }
  const convert = (enc: string): string => m('read.convert', { encoding: enc, file: display });
  if (high > 0 && letters / high >= 0.7 && inRuns / high >= 0.5) {
    return m('read.cp1251', { convert: convert('cp1251') });
  }
  if (high > 0 && isolated / high >= 0.5) {
    if (c1 > 0) return m('read.cp1252', { convert: convert('cp1252') });
    return m('read.latin1', { convert: convert('latin1') });
  }
  return m('read.otherEncoding', { command: `iconv -f <encoding> -t utf-8 ${display}` });
}

export function readInput(abs: string, display: string): Decoded {
  let buf: Buffer;
  try {
    buf = readFileSync(abs);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why =
      e.code === 'EACCES' ? m('read.permissionDenied') : e.code === 'ENOENT' ? m('read.noSuchFile') : e.message;
    throw new FileError(m('read.cannotRead', { file: display, why }));
  }
  return decode(buf, display);
}

export async function readStdin(stdin: NodeJS.ReadableStream, display: string): Promise<Decoded> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decode(Buffer.concat(chunks), display);
}
