/**
 * Reading inputs: the byte offset of the first invalid UTF-8 sequence agrees with the WHATWG
 * decoder (property test), UTF-16 with a byte order mark round-trips through encodeText, and
 * the encoding hint names what the bytes look like.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encodeText, encodingHint, FileError, firstInvalidUtf8 } from '../src/read.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const valid = (b: Uint8Array): boolean => {
  try {
    strict.decode(b);
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8', () => {
  it('agrees with the strict decoder on random bytes: the prefix before it is valid, the whole is not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }),
          fc
            .tuple(
              fc.string({ unit: 'grapheme', maxLength: 20 }),
              fc.uint8Array({ maxLength: 4 }),
              fc.string({ maxLength: 5 }),
            )
            .map(([a, b, c]) => Uint8Array.from([...Buffer.from(a), ...b, ...Buffer.from(c)])),
        ),
        (bytes) => {
          const at = firstInvalidUtf8(bytes);
          expect(at === bytes.length).toBe(valid(bytes));
          expect(valid(bytes.subarray(0, at))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('decode and encodeText', () => {
  it('UTF-16 LE and BE with a byte order mark round-trip, and UTF-8 keeps its mark', () => {
    const text = 'Министерство: “5 km” 😀\n';
    for (const encoding of ['utf-16le', 'utf-16be', 'utf-8'] as const) {
      const bytes = encodeText({ bom: true, encoding }, text);
      const d = decode(bytes, 'x.txt');
      expect(d).toEqual({ text, bom: true, encoding });
      expect(Buffer.from(encodeText(d, text))).toEqual(Buffer.from(bytes));
    }
  });

  it('names the file, the byte and the likely encoding', () => {
    const cp1251 = Uint8Array.from([0x41, 0x20, 0xcf, 0xf0, 0xe5, 0xf1, 0xf1, 0x2d, 0xf0, 0xe5, 0xeb, 0xe8, 0xe7]);
    expect(() => decode(cp1251, 'ru.txt')).toThrow(FileError);
    expect(() => decode(cp1251, 'ru.txt')).toThrow(
      /ru\.txt is not valid UTF-8: the first bad byte sequence is at byte 2 \(0xCF F0 E5 F1\)\. It looks like Cyrillic in Windows-1251/,
    );
    expect(encodingHint(Buffer.from('caf\u00e9 cr\u00e8me', 'latin1'), 'f')).toMatch(/^It looks like Latin-1/);
    expect(encodingHint(Buffer.from('\u201cquoted\u201d', 'utf8').subarray(1), 'f')).toMatch(
      /^If it is text in another encoding/,
    );
  });
});
