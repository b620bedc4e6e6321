/**
 * Bad and unusual input: nothing throws, and every block, region, comment and sentence maps to
 * a valid span of the original input (inside it, sorted, non-overlapping, never splitting a
 * surrogate pair). Property tests with fast-check over random and markup-like strings.
 */
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../scripts/eval/corpus.js';
import { extractProse, graphemeBoundary } from '../src/source/index.js';
import type { Prose, SourceFormat } from '../src/source/types.js';
import { segmentSentences } from '../src/text/segment.js';

const FORMATS: SourceFormat[] = ['text', 'markdown', 'html'];

function splitsPair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const hi = s.charCodeAt(i - 1);
  const lo = s.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * Checks every invariant and fails (through one expect) with the list of violations; returns
 * the prose and the number of sentences. Plain comparisons in the loops: `expect` per
 * character would dominate the run time on long inputs.
 */
function check(input: string, format: SourceFormat, language = 'en', perChar = true): { prose: Prose; count: number } {
  const p = extractProse(input, format);
  const n = input.length;
  const m = p.text.length;
  const errors: string[] = [];
  const fail = (what: string): void => {
    if (errors.length < 10) errors.push(what);
  };
  // Text prose is the input itself, less a leading byte order mark.
  if (format === 'text' && p.text !== input.replace(/^\uFEFF/, '')) fail('text prose differs from the input');

  // Blocks: inside the prose, sorted, not overlapping, not empty.
  let prev = 0;
  for (const b of p.blocks) {
    if (!(b.start >= prev && b.end > b.start && b.end <= m)) fail(`block ${b.start}-${b.end}`);
    prev = b.end;
  }
  // Regions: inside the prose, sorted by start, mapped into the input.
  let lastStart = 0;
  for (const r of p.regions) {
    if (!(r.start >= lastStart && r.end > r.start && r.end <= m)) fail(`region ${r.kind} ${r.start}-${r.end}`);
    lastStart = r.start;
    const [a, b] = p.toOriginal(r.start, r.end);
    if (!(0 <= a && a <= b && b <= n)) fail(`region maps to ${a}-${b}`);
  }
  for (const c of p.comments) {
    if (!(0 <= c.start && c.start <= c.end && c.end <= n && input.startsWith('<!--', c.start)))
      fail(`comment ${c.start}-${c.end}`);
  }

  // Every prose character maps into the input, monotonically, never splitting a pair.
  if (perChar) {
    let prevEnd = 0;
    for (let i = 0; i < m; i++) {
      const [a, b] = p.toOriginal(i, i + 1);
      if (!(a >= prevEnd && b >= a && b <= n) || splitsPair(input, a) || splitsPair(input, b))
        fail(`char ${i} maps to ${a}-${b}`);
      prevEnd = b;
    }
    for (let i = 0; i <= m; i++) {
      const [a, b] = p.toOriginal(i, i);
      if (!(a === b && 0 <= a && a <= n)) fail(`point ${i} maps to ${a}-${b}`);
    }
  }

  // Sentences: inside one block, trimmed, with a letter or digit; original spans sorted,
  // non-overlapping and on valid positions.
  const spans = segmentSentences(p.text, p.blocks, language);
  let block = 0;
  let prevProse = 0;
  let prevOrig = 0;
  for (const s of spans) {
    if (!(s.start >= prevProse && s.end > s.start)) fail(`sentence ${s.start}-${s.end} after ${prevProse}`);
    prevProse = s.end;
    while (block < p.blocks.length && p.blocks[block]!.end < s.end) block++;
    const b = p.blocks[block];
    if (!(b !== undefined && b.start <= s.start && s.end <= b.end))
      fail(`sentence ${s.start}-${s.end} outside a block`);
    if (s.end - s.start < 10_000) {
      const t = p.text.slice(s.start, s.end);
      if (t !== t.trim() || !/[\p{L}\p{N}]/u.test(t)) fail(`sentence ${JSON.stringify(t)}`);
    }
    const [a, e] = p.toOriginal(s.start, s.end);
    if (!(a >= prevOrig && e >= a && e <= n) || splitsPair(input, a) || splitsPair(input, e)) {
      fail(`sentence ${s.start}-${s.end} maps to ${a}-${e} after ${prevOrig}`);
    }
    prevOrig = e;
  }
  expect(errors, `${format}/${language}: ${JSON.stringify(input.slice(0, 120))}`).toEqual([]);
  return { prose: p, count: spans.length };
}

const ODD_INPUTS: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\n\r\n  \u00a0\u2003\n\n'],
  ['NUL bytes', 'a\u0000b. \u0000\u0000 Next sentence.\u0000'],
  ['lone surrogates', '\ud800abc. \udc00Def. Ghi\ud83d. \udfff'],
  ['reversed pair', 'x\udc00\ud800y. Z.'],
  ['emoji ZWJ and flags', 'Family 👩‍👩‍👧‍👦 visited. Flags 🇺🇦🇷🇺🇬🇧 waved! Skin 👍🏽. 😀.'],
  ['Arabic', 'أعلنت الوزارة اليوم عن خطة جديدة. وقال الوزير إن الخطة ستبدأ قريبا؟ نعم.'],
  ['Hebrew', 'המשרד הודיע היום על תוכנית חדשה. השר אמר שהתוכנית תתחיל בקרוב.'],
  ['mixed scripts and bidi marks', 'Hello мир 世界 \u202eevil\u202c. Ещё «раз». 日本語の文です。次の文。'],
  ['combining marks', 'Cafe\u0301 ouvert. Noe\u0308l e\u0301te\u0301. Zalgo z\u0351\u0352\u0353.'],
  ['BOM and specials', '\ufeffStart.\u2028Line sep.\u2029Para sep. \ufffe\uffff end.'],
  ['only punctuation', '... !!! ??? --- *** ### >>> |||'],
  ['long word', 'x'.repeat(50_000)],
  ['long sentence', 'word '.repeat(20_000) + 'end.'],
  ['many dots', '.'.repeat(10_000)],
  ['many quotes', '“'.repeat(5_000) + '”'.repeat(5_000) + '"'.repeat(5_000)],
  ['many ampersands', '&'.repeat(5_000) + '&amp'.repeat(2_000) + '&#'.repeat(1_000)],
  ['markup soup', '<p><<b>>&amp;</b</p>>>`*_[]()!<!-- -->--> <script> x </p> ``` \n> - # |---|'],
];

describe('odd input never throws and maps into the input', () => {
  for (const format of FORMATS) {
    it.each(ODD_INPUTS)(`${format}: %s`, (_name, input) => {
      for (const lang of ['en', 'ru', 'und']) check(input, format, lang, input.length < 20_000);
    });
  }

  it('keeps a ZWJ sequence and a flag inside one sentence and maps them whole', () => {
    const input = 'Family 👩‍👩‍👧‍👦 visited. Flags 🇺🇦🇷🇺 waved.';
    for (const format of FORMATS) {
      const p = extractProse(input, format);
      const got = segmentSentences(p.text, p.blocks, 'en').map((s) => {
        const [a, b] = p.toOriginal(s.start, s.end);
        return input.slice(a, b);
      });
      expect(got, format).toEqual(['Family 👩‍👩‍👧‍👦 visited.', 'Flags 🇺🇦🇷🇺 waved.']);
    }
  });

  it('accepts non-string input defensively', () => {
    expect(() => extractProse(undefined as unknown as string, 'text')).not.toThrow();
    expect(() => extractProse(42 as unknown as string, 'html')).not.toThrow();
    expect(() => extractProse('x', 'pdf' as unknown as SourceFormat)).not.toThrow();
    expect(segmentSentences(null as unknown as string, [], 'en')).toEqual([]);
  });
});

describe('large input', () => {
  const raw = readFileSync(fixturePath('releases', 'en', 'en_usdos_02.txt'), 'utf8');
  const body = raw.slice(raw.indexOf('\n\n') + 2);
  const five = body.repeat(Math.ceil(5_000_000 / body.length)).slice(0, 5_000_000);

  it('segments 5 MB of plain text (identity map, tens of thousands of sentences)', () => {
    const { prose, count } = check(five, 'text', 'en', false);
    expect(prose.text).toBe(five);
    expect(count).toBeGreaterThan(20_000);
  });

  it('segments 5 MB of text on a single line', () => {
    const { count } = check(five.replace(/\n/g, ' '), 'text', 'en', false);
    expect(count).toBeGreaterThan(20_000);
  });

  it('reads 5 MB without any space or sentence stop', () => {
    const { count } = check('a'.repeat(5_000_000), 'text', 'en', false);
    expect(count).toBe(1);
  });

  it('reads 5 MB of HTML', () => {
    const html = '<p>' + five.replace(/\n+/g, '</p>\n<p>').replace(/\bthe\b/g, '<b>the</b>') + '</p>';
    const { count } = check(html, 'html', 'en', false);
    expect(count).toBeGreaterThan(20_000);
  });

  it('reads 1 MB of Markdown', () => {
    const md = five
      .slice(0, 1_000_000)
      .replace(/\n/g, '\n\n')
      .replace(/\bthe\b/g, '**the**');
    const { count } = check(md, 'markdown', 'en', false);
    expect(count).toBeGreaterThan(4_000);
  });
});

// ------------------------------------------------------------------ property tests

const PIECES = [
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<i>',
  '<div>',
  '</div>',
  '<br>',
  '<hr/>',
  '<li>',
  '<td>',
  '<blockquote>',
  '</blockquote>',
  '<q>',
  '</q>',
  '<code>',
  '</code>',
  '<pre>',
  '</pre>',
  '<script>',
  '</script>',
  '<style>',
  '<head>',
  '<!--',
  '-->',
  '<!-- c -->',
  '<',
  '>',
  '</',
  '&',
  '&amp;',
  '&rsquo;',
  '&#x1F600;',
  '&#0;',
  '&#xD800;',
  '&nbsp;',
  '&notit;',
  '&NotEqualTilde;',
  '`',
  '```',
  '~~~',
  '*',
  '**',
  '_',
  '~~',
  '[',
  ']',
  '](',
  ')',
  '![',
  '[^1]',
  '<https://x.org>',
  '\\',
  '\\*',
  '# ',
  '## ',
  '> ',
  '- ',
  '1. ',
  '* ',
  '    ',
  '\t',
  '|',
  '| a | b |\n|---|---|\n',
  '---\n',
  '===\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  '  ',
  '. ',
  '! ',
  '? ',
  '…',
  '...',
  ': ',
  '; ',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '„',
  '"',
  "'",
  'Mr. ',
  'U.S. ',
  'J. R. ',
  'т. е. ',
  'г. ',
  'В.В. ',
  'z. B. ',
  'EE. UU. ',
  'word',
  'Word',
  'слово',
  'Слово',
  '3.5%',
  '1.',
  'https://example.org/a_(b).',
  'me@example.org',
  'www.x.com',
  '😀',
  '👩‍👩‍👧',
  '🇺🇦',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u200d',
  '\u0301',
  'مرحبا',
  'שלום',
  '世界',
];

const markupish = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(''));

const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

/**
 * Each prose character maps to source text that shows it: the same character, a surrogate
 * pair starting with it, a character reference or backslash escape, or whitespace for
 * whitespace. Characters mapped to a point (inserted separators, later units of a reference)
 * are skipped.
 */
function unfaithful(input: string, p: Prose): string[] {
  const bad: string[] = [];
  for (let i = 0; i < p.text.length && bad.length < 5; i++) {
    const [a, b] = p.toOriginal(i, i + 1);
    if (a === b) continue;
    const c = p.text[i]!;
    const src = input.slice(a, b);
    const ok =
      src === c ||
      (src.length === 2 && src === p.text.slice(i, i + 2)) ||
      src.startsWith('&') ||
      (src.length === 2 && src[0] === '\\' && src[1] === c) ||
      (/\s/u.test(c) && /^\s+$/u.test(src)) ||
      (c === '\ufffd' && src === '\u0000') ||
      // NUL shows as U+FFFD (CommonMark 2.3), and its span reaches past a ZWJ that follows it
      (c === '\ufffd' && src.startsWith('\u0000') && b === graphemeBoundary(input, a + 1)) ||
      // A span never ends inside a character: past a low surrogate, a ZWJ or a combining mark.
      (src.startsWith(c) && b === graphemeBoundary(input, a + c.length)) ||
      (src.startsWith(`\\${c}`) && b === graphemeBoundary(input, a + 1 + c.length));
    if (!ok) bad.push(`${i}: ${JSON.stringify(c)} <- ${JSON.stringify(src)}`);
  }
  return bad;
}

describe('graphemeBoundary: UAX #29 breaks after controls (GB4, GB5)', () => {
  // A combining acute (U+0301) after each kind of character: a letter keeps it (GB9), a control
  // does not. Classes from the Unicode Grapheme_Cluster_Break property (UAX #29, table 2).
  const cases: [string, string, number][] = [
    ['letter', 'a', 2],
    ['tab (Cc)', '\t', 1],
    ['NEL (C1 control)', '\u0085', 1],
    ['byte order mark (Cf)', '\ufeff', 1],
    ['left-to-right mark (Cf)', '\u200e', 1],
    ['line separator (Zl)', '\u2028', 1],
    ['language tag (Cf, astral)', '\u{e0001}', 2],
    ['ZWJ (Extend, not Control)', '\u200d', 2],
    ['Arabic number sign (Prepend, not Control)', '\u0600', 2],
  ];
  for (const [name, before, expected] of cases) {
    it(`a mark after a ${name} ${expected > before.length ? 'stays with it' : 'starts its own grapheme'}`, () => {
      expect(graphemeBoundary(`${before}\u0301x`, before.length)).toBe(expected);
    });
  }
});

describe('property: prose characters map to the source text that shows them', () => {
  for (const format of ['markdown', 'html'] as const) {
    it(`${format}`, () => {
      fc.assert(
        fc.property(markupish, (input) => {
          expect(unfaithful(input, extractProse(input, format))).toEqual([]);
        }),
        // a NUL joined to a ZWJ (found by this property): the NUL becomes U+FFFD; a ZWJ after a tab
        // (found by this property): the tab is a control, so the ZWJ starts its own grapheme (UAX #29 GB4)
        // a combining mark after a byte order mark (found by `pnpm fuzz`): U+FEFF is a format
        // character, Grapheme_Cluster_Break Control, so the mark starts a grapheme of its own too
        {
          numRuns: 400,
          examples: [
            ['\u0000\u200d'],
            ['a\u0000\u200db'],
            ["'\t\u200d"],
            ['\ufeff\u0301in London'],
            ['x\u200e\u0301y'],
          ],
        },
      );
    });
  }
});

describe('property: extractProse + segmentSentences map every sentence into the input', () => {
  for (const format of FORMATS) {
    it(`${format}: random strings`, () => {
      fc.assert(
        fc.property(anyString, fc.constantFrom('en', 'ru', 'de', 'fr', 'es', 'und'), (input, lang) => {
          check(input, format, lang);
        }),
        { numRuns: 300 },
      );
    });

    it(`${format}: markup-like strings`, () => {
      fc.assert(
        fc.property(markupish, fc.constantFrom('en', 'ru', 'de', 'und'), (input, lang) => {
          check(input, format, lang);
        }),
        { numRuns: 400 },
      );
    });
  }
});
