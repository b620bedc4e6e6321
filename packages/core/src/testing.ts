/**
 * `@attache/core/testing`: the tester behind every rule test of Attaché, exported as ESLint
 * exports its RuleTester. A case is text with each expected span marked `[[…]]`; the tester
 * strips the marks (exact UTF-16 offsets), runs what is tested, and requires that it reports
 * exactly those spans, in order, each with the fields its expected entry names. A valid case
 * must report nothing. It runs under any test runner that defines global `describe` and `it`
 * (vitest with globals, mocha, jest, node:test through `SpanTester.describe/it`), and throws an
 * Error with `actual` and `expected` so the runner shows a diff. No Node built-ins.
 */

/** Strips `[[…]]` marks, returning the text and the marked spans (sorted, exact offsets). */
export function unmark(marked: string): { code: string; spans: [number, number][] } {
  let code = '';
  const spans: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i)) {
      open.push(code.length);
      i++;
    } else if (marked.startsWith(']]', i) && open.length) {
      spans.push([open.pop()!, code.length]);
      i++;
    } else code += marked[i];
  }
  if (open.length) throw new TypeError(`unmark: an unclosed "[[" in ${JSON.stringify(marked.slice(0, 60))}`);
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { code, spans };
}

/** JSON with object keys sorted, so that key order never matters. */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Throws when `actual` and `expected` differ (deep, as JSON, whatever the key order). */
export function assertSame(actual: unknown, expected: unknown, message: string): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a === e) return;
  const err = new Error(`${message}\n  expected: ${e}\n  actual:   ${a}`) as Error & {
    actual: unknown;
    expected: unknown;
    showDiff: boolean;
  };
  err.actual = actual;
  err.expected = expected;
  err.showDiff = true;
  throw err;
}

/** Something found on a span of the input (a finding, a proposal, evidence, a defect). */
export interface Spanned {
  start: number;
  end: number;
}

export interface ValidSpanCase<O> {
  code: string;
  options?: O;
  /** Shown in the test name. */
  name?: string;
}

export interface InvalidSpanCase<O, E> extends ValidSpanCase<O> {
  /** One entry per `[[…]]` span, in the order of the spans. */
  errors: E[];
  /** The text after the found edits are applied, when the tested thing edits. */
  output?: string;
}

export interface SpanTesterSpec<O, F extends Spanned, E> {
  /** What the tested thing reports on `code`. */
  run(code: string, options: O | undefined): F[];
  /**
   * What a found item says in the shape of an expected entry: only the keys `expected` names
   * are compared (RuleTester's habit), so an entry can check as much as the case needs.
   */
  pick(found: F, expected: E, code: string): E;
  /** The text after the found items are applied (for `output`). */
  apply?(code: string, found: F[]): string;
  /** Extra checks on every invalid case (e.g. no `{{placeholder}}` left in a message). */
  also?(found: F[], code: string): void;
}

type Hook = (name: string, fn: () => void) => void;
const global = globalThis as unknown as { describe?: Hook; it?: Hook };

/** Runs valid and invalid cases of one thing under test (a rule, a proposer, a check). */
export const SpanTester = {
  /** The runner's `describe` and `it` (default: the globals). Set them for a runner without globals. */
  describe: undefined as Hook | undefined,
  it: undefined as Hook | undefined,

  run<O, F extends Spanned, E>(
    name: string,
    spec: SpanTesterSpec<O, F, E>,
    cases: { valid: (string | ValidSpanCase<O>)[]; invalid: InvalidSpanCase<O, E>[] },
  ): void {
    const describe = SpanTester.describe ?? global.describe;
    const it = SpanTester.it ?? global.it;
    if (!describe || !it) throw new Error('SpanTester: no describe/it; set SpanTester.describe and SpanTester.it');
    describe(name, () => {
      for (const v of cases.valid) {
        const c = typeof v === 'string' ? { code: v } : v;
        it(`valid: ${c.name ?? c.code.slice(0, 70)}`, () => {
          if ('errors' in c || 'output' in c) throw new Error('SpanTester: a valid case carries no errors or output');
          const found = spec.run(c.code, c.options);
          assertSame(
            found.map((f) => [f.start, f.end, c.code.slice(f.start, f.end)]),
            [],
            'a valid case reports nothing',
          );
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name ?? c.code.slice(0, 70)}`, () => {
          const { code, spans } = unmark(c.code);
          assertSame(c.errors.length, spans.length, 'every marked span names its error');
          if (spans.length === 0) throw new Error('SpanTester: an invalid case marks at least one span');
          const found = spec.run(code, c.options);
          assertSame(
            found.map((f) => [f.start, f.end, code.slice(f.start, f.end)]),
            spans.map(([a, b]) => [a, b, code.slice(a, b)]),
            'the reported spans are the marked ones',
          );
          assertSame(
            found.map((f, i) => spec.pick(f, c.errors[i]!, code)),
            c.errors,
            'each report says what its case expects',
          );
          spec.also?.(found, code);
          if (c.output !== undefined) {
            if (!spec.apply) throw new Error(`SpanTester: ${name} has no apply, so a case cannot carry output`);
            assertSame(spec.apply(code, found), c.output, 'the output after applying');
          }
        });
      }
    });
  },
};
