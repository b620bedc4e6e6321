/**
 * The pieces that keep `rewrite` linear on long inputs (issue 15) answer exactly what the plain
 * string operations and scans they replace answered: the round text and its views against the
 * rebuilt string, the indexed lookups against the scans, the meaning lock on views against the
 * lock on strings, and the chunked diff (above 20,000 tokens) against the texts it describes.
 * No timing is asserted here: `pnpm bench` prints the scale series.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_PRIORITY } from '../src/adapter.js';
import { diffHunks, unifiedDiff } from '../src/diff.js';
import { isProtected, sentenceAt, type Doc } from '../src/doc.js';
import { holding, SpanGrid } from '../src/lookup.js';
import { checkMeaning } from '../src/meaning-lock.js';
import { choose } from '../src/rewrite.js';
import { indexOfIn, lastIndexOfIn, RoundText, withEdit } from '../src/round-text.js';
import type { Proposal } from '../src/types.js';
import { verify } from '../src/verify/index.js';
import { inQuote, read, sentenceAt as verifySentenceAt } from '../src/verify/text.js';

/** Text made of characters that matter to the searches: breaks, full stops, names, an astral letter. */
const piece = fc.constantFrom('\n\n', '. ', ' ', 'a', 'B', 'Ann', 'Lee', '𝐀', 'é', '\u0301', '\n', '"', '“', '”');
const textArb = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

/** Edits right to left: sorted, non-overlapping [start, end) with replacements. */
function editsArb(len: number): fc.Arbitrary<[number, number, string][]> {
  return fc
    .array(
      fc.tuple(
        fc.nat(len),
        fc.nat(4),
        fc.array(piece, { maxLength: 3 }).map((x) => x.join('')),
      ),
      {
        maxLength: 8,
      },
    )
    .map((raw) => {
      const out: [number, number, string][] = [];
      let limit = len;
      for (const [s, w, r] of raw.toSorted((x, y) => y[0] - x[0])) {
        const start = Math.min(s, limit);
        const end = Math.min(start + w, limit);
        out.push([start, end, r]);
        limit = start;
      }
      return out;
    });
}

const splice = (s: string, a: number, b: number, r: string): string => s.slice(0, a) + r + s.slice(b);

describe('RoundText and its views read as the rebuilt string', () => {
  it('slice, indexOf and lastIndexOf agree after every edit (1,000 runs)', () => {
    fc.assert(
      fc.property(
        textArb.chain((t) => fc.tuple(fc.constant(t), editsArb(t.length))),
        fc.integer({ min: -3, max: 80 }),
        fc.integer({ min: -3, max: 80 }),
        ([base, edits], x, y) => {
          const rt = new RoundText(base);
          let plain = base;
          for (const [a, b, r] of edits) {
            const view = withEdit(rt, a, b, r);
            const next = splice(plain, a, b, r);
            expect(view.length).toBe(next.length);
            expect(view.slice(x, y)).toBe(next.slice(x, y));
            expect(view.slice(0, view.length)).toBe(next);
            rt.apply(a, b, r);
            plain = next;
            expect(rt.length).toBe(plain.length);
            expect(rt.slice(x, y)).toBe(plain.slice(x, y));
            for (const pat of ['\n\n', '. ', 'Ann']) {
              expect(indexOfIn(rt, pat, x)).toBe(plain.indexOf(pat, x));
              expect(lastIndexOfIn(rt, pat, x)).toBe(plain.lastIndexOf(pat, x));
            }
          }
          expect(rt.toString()).toBe(plain);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('searches across chunk boundaries of a long text', () => {
    const base = 'x'.repeat(5000) + '\n\n' + 'y'.repeat(3000) + '. ' + 'z'.repeat(2000);
    const rt = new RoundText(base);
    rt.apply(9000, 9001, 'Q\n\nQ');
    const plain = splice(base, 9000, 9001, 'Q\n\nQ');
    for (const from of [0, 1023, 1024, 5001, 5002, 8000, 9000, 9003, 20000]) {
      expect(indexOfIn(rt, '\n\n', from)).toBe(plain.indexOf('\n\n', from));
      expect(lastIndexOfIn(rt, '\n\n', from)).toBe(plain.lastIndexOf('\n\n', from));
      expect(lastIndexOfIn(rt, '. ', from)).toBe(plain.lastIndexOf('. ', from));
    }
    expect(() => rt.apply(9500, 9600, '')).toThrow(RangeError);
  });
});

describe('indexed lookups give what the scans gave', () => {
  const spansArb = fc.array(fc.tuple(fc.nat(40), fc.nat(6)), { maxLength: 12 }).map((xs) => {
    // Sorted and disjoint (as the report's sentences and the doc's merged protected spans are).
    const out: { start: number; end: number; quoted: boolean }[] = [];
    let at = 0;
    for (const [gap, w] of xs) {
      const start = at + (gap % 5);
      out.push({ start, end: start + w, quoted: gap % 2 === 0 });
      at = start + w;
    }
    return out;
  });

  it('holding, sentenceAt and isProtected (1,000 runs, sorted lists and shuffled ones)', () => {
    fc.assert(
      fc.property(spansArb, fc.boolean(), fc.nat(60), fc.nat(6), (spans, shuffle, start, w) => {
        const list = shuffle ? spans.toReversed() : spans;
        const end = start + w;
        expect(holding(list, start, end)).toEqual(list.filter((x) => x.start <= start && end <= x.end));
        const doc = { sentences: list, protected: list } as unknown as Doc;
        expect(sentenceAt(doc, start)).toBe(list.find((s) => s.start <= start && start < s.end));
        let scan = false;
        for (const p of list) {
          if (p.start >= end) break;
          if (p.end > start) {
            scan = true;
            break;
          }
        }
        expect(isProtected(doc, start, end)).toBe(scan);
      }),
      { numRuns: 1000 },
    );
  });

  it('the grid returns every item whose span meets the query, in the order added', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3000), fc.nat(1200)), { maxLength: 30 }),
        fc.nat(3000),
        fc.nat(1200),
        (items, qs, qw) => {
          const grid = new SpanGrid<number>(256);
          items.forEach(([s, w], i) => grid.add(i, s, s + w));
          const near = grid.near(qs, qs + qw);
          const meets = items.flatMap(([s, w], i) => (s <= qs + qw && qs <= s + w ? [i] : []));
          for (const i of meets) expect(near).toContain(i);
          expect(near).toEqual(near.toSorted((a, b) => a - b));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('choose keeps the same proposals as the greedy scan over all chosen ones', () => {
    const kinds = ['substitution', 'split-sentence', 'acronym', 'contraction'] as const;
    const overlaps = (a: Proposal, b: Proposal): boolean =>
      a.start === a.end || b.start === b.end
        ? (a.start >= b.start && a.start <= b.end) || (b.start >= a.start && b.start <= a.end)
        : a.start < b.end && b.start < a.end;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5000), fc.nat(900), fc.nat(3), fc.nat(9)), { maxLength: 40 }), (raw) => {
        const ps = raw.map(
          ([s, w, k, c], i) =>
            ({ id: `p${i}`, kind: kinds[k]!, start: s, end: s + w, confidence: c / 10 }) as unknown as Proposal,
        );
        const ranked = [...ps].sort(
          (a, b) => KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind] || b.confidence - a.confidence || a.start - b.start,
        );
        const greedy: Proposal[] = [];
        for (const p of ranked) if (!greedy.some((c) => overlaps(c, p))) greedy.push(p);
        expect(choose(ps).map((p) => p.id)).toEqual(greedy.sort((a, b) => a.start - b.start).map((p) => p.id));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the meaning lock reads views as it reads strings', () => {
  const words = fc.constantFrom(
    'Ann Lee',
    'the Department',
    'Department of State',
    'we',
    'said',
    '3',
    'on',
    '𝐀nn',
    'U.S.',
    'Lee',
    '\n\n',
    '. ',
    'ann lee',
  );
  const doc = fc.array(words, { minLength: 1, maxLength: 40 }).map((xs) => xs.join(' '));

  it('names looked up in a RoundText view and in the rebuilt strings give the same report (500 runs)', () => {
    fc.assert(
      fc.property(doc, fc.nat(200), fc.nat(12), words, fc.nat(9000), (text, at, w, repl, pad) => {
        // Padding moves the excerpt away from the start, so the windowed search has to widen.
        const full = 'x '.repeat(pad) + text;
        const start = Math.min(full.length, 2 * pad + at);
        const end = Math.min(full.length, start + w);
        const rt = new RoundText(full);
        const next = withEdit(rt, start, end, repl);
        const a = Math.max(0, start - 30);
        const winBefore = full.slice(a, end + 30);
        const winAfter = next.slice(a, end + 30 + repl.length - (end - start));
        const onViews = checkMeaning(winBefore, winAfter, { names: { before: rt, after: next, near: start } });
        const onStrings = checkMeaning(winBefore, winAfter, {
          names: { before: full, after: splice(full, start, end, repl) },
        });
        expect(onViews).toEqual(onStrings);
      }),
      { numRuns: 500 },
    );
  });
});

describe('names in a view are whole words only, also at the edge of a search window', () => {
  // The first window around the edit starts two characters into "xAnn Lee": a search that
  // trusted the window's edge would take "Ann Lee" there for a whole name.
  const near = 100 + 4099;
  const full = 'z'.repeat(100) + 'xAnn Lee' + ' '.repeat(near - 108) + 'said it. ' + 'More words. '.repeat(20);
  const repl = 'Ann Lee said';
  const rt = new RoundText(full);
  const next = withEdit(rt, near, near + 4, repl);
  const before = full.slice(near - 10, near + 9);
  const after = next.slice(near - 10, near + 9 + repl.length - 4);

  it('a name the edit brings is added when the input has it only inside a longer word', () => {
    const onStrings = checkMeaning(before, after, { names: { before: full, after: next.slice(0, next.length) } });
    expect(onStrings.added.map((f) => f.text)).toEqual(['Ann Lee']);
    expect(checkMeaning(before, after, { names: { before: rt, after: next, near } })).toEqual(onStrings);
  });
});

describe('the diff of a long rewrite (cut into pieces above 20,000 tokens)', () => {
  const para = (i: number): string =>
    `Paragraph ${i}: the Ministry of Transport will commence work on the new bridge in ${2000 + (i % 30)}. ` +
    `It is anticipated that the works will be completed by the end of the year.`;
  const before = Array.from({ length: 1200 }, (_, i) => para(i)).join('\n\n');
  // Every third paragraph edited, some twice, one paragraph split in two.
  const after = before
    .split('\n\n')
    .map((p, i) =>
      i % 3 !== 0
        ? p
        : i === 600
          ? p.replace('. It is', '.\n\nIt is')
          : p
              .replace('commence', 'start')
              .replace(i % 2 ? 'It is anticipated that' : 'new', i % 2 ? 'We expect' : 'new'),
    )
    .join('\n\n');

  it('hunks describe exactly the change, in order, and rebuild the rewrite from the input', () => {
    const hunks = diffHunks(before, after);
    let rebuilt = '';
    let at = 0;
    let atAfter = 0;
    for (const h of hunks) {
      expect(h.before.start).toBeGreaterThanOrEqual(at);
      expect(before.slice(h.before.start, h.before.end)).toBe(h.before.text);
      expect(after.slice(h.after.start, h.after.end)).toBe(h.after.text);
      // What lies between hunks is the same text on both sides.
      expect(before.slice(at, h.before.start)).toBe(after.slice(atAfter, h.after.start));
      rebuilt += before.slice(at, h.before.start) + h.after.text;
      at = h.before.end;
      atAfter = h.after.end;
    }
    rebuilt += before.slice(at);
    expect(rebuilt).toBe(after);
    // One hunk per edited paragraph ("commence" → "start", and "It is anticipated that" → "We expect" on odd ones).
    const edited = Array.from({ length: 1200 }, (_, i) => i).filter((i) => i % 3 === 0);
    expect(hunks.length).toBe(edited.reduce((n, i) => n + (i === 600 ? 1 : i % 2 ? 2 : 1), 0));
    expect(hunks.filter((h) => h.before.text === 'commence' && h.after.text === 'start')).toHaveLength(
      edited.length - 1,
    );
  });

  it('the unified diff applies back to the rewrite', () => {
    const u = unifiedDiff(before, after).split('\n');
    const a = before.split('\n');
    const out: string[] = [];
    let i = 0;
    for (let k = 2; k < u.length; k++) {
      const line = u[k]!;
      const h = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(line);
      if (h) {
        const from = Number(h[2]) === 0 ? Number(h[1]) : Number(h[1]) - 1;
        while (i < from) out.push(a[i++]!);
        continue;
      }
      if (line.startsWith(' ')) {
        expect(a[i]).toBe(line.slice(1));
        out.push(a[i++]!);
      } else if (line.startsWith('-')) {
        expect(a[i]).toBe(line.slice(1));
        i++;
      } else if (line.startsWith('+')) out.push(line.slice(1));
    }
    while (i < a.length) out.push(a[i++]!);
    expect(out.join('\n')).toBe(after);
  });
});

describe('the verifier reads long texts with indexed lookups that answer as its scans did', () => {
  /** Text with quote marks of every kind, paragraph breaks, names and sentence ends. */
  const quoted = fc
    .array(fc.constantFrom('“', '”', '«', '»', '„', '"', '\n\n', '. ', ' ', 'Ann', 'said', 'Lee', 'x', '\n'), {
      maxLength: 80,
    })
    .map((xs) => xs.join(''));

  /** The quotation finder as a scan from every opening mark (the definition the indexed one keeps). */
  function quotesByScan(text: string): Array<{ start: number; end: number }> {
    const close: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
    const out: Array<{ start: number; end: number }> = [];
    for (let i = 0; i < text.length; i++) {
      const c = close[text[i]!];
      if (!c || (text[i] === '"' && !/\S/.test(text[i + 1] ?? ''))) continue;
      const j = text.indexOf(c, i + 1);
      const para = text.indexOf('\n\n', i + 1);
      if (j < 0 || (para >= 0 && para < j)) continue;
      out.push({ start: i, end: j + 1 });
      i = j;
    }
    return out;
  }

  it('quotations, inQuote and sentenceAt agree with the scans (1,000 runs)', () => {
    fc.assert(
      fc.property(quoted, fc.integer({ min: -2, max: 90 }), fc.nat(6), (text, at, width) => {
        const r = read(text, 'en');
        expect(r.quotes.map((q) => ({ start: q.start, end: q.end }))).toEqual(quotesByScan(text));
        expect(inQuote(r, at, at + width)).toBe(r.quotes.some((q) => at >= q.start && at + width <= q.end));
        expect(verifySentenceAt(r, at)).toBe(r.sentences.find((s) => at >= s.start && at < s.end));
      }),
      { numRuns: 1000, seed: 15 },
    );
  });

  it('an input of unclosed quote marks is read in one pass: 200,000 of them find no quotation', () => {
    expect(read('“'.repeat(200_000), 'en').quotes).toEqual([]);
  });

  it('a speaker is traced through the runs that share a name with the quote’s sentence, in text order', () => {
    // "the Secretary" → "Secretary of State Antony J. Blinken" (a run after the quote counts too)
    const source =
      'The Secretary said: “We will continue to work with our partners on this.” Secretary of State Antony J. Blinken spoke in Hanoi.';
    const only = ['quote-speaker'] as const;
    expect(verify(source, 'Blinken said: “We will continue to work with our partners on this.”', { only }).ok).toBe(
      true,
    );
    expect(verify(source, 'Ann Lee said: “We will continue to work with our partners on this.”', { only }).ok).toBe(
      false,
    );
  });
});
