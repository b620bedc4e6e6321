/**
 * The engine around the rules: offsets through markup, quotes and code, fixes, configuration,
 * style files, inline directives, locales.
 */
import { describe, expect, it } from 'vitest';
import { AttacheInputError } from '../src/errors.js';
import { applyFixes, lint, parseStyle, RULES, type LintConfig } from '../src/lint/index.js';
import { contextOf, lintRule, lintText } from './lint-helpers.js';

const ids = (fs: { ruleId: string }[]): string[] => fs.map((f) => f.ruleId);

/** The message of the AttacheInputError a configuration raises ('no error' / 'other error'). */
function bad(cfg: unknown): string {
  try {
    lint(contextOf('Text.'), cfg as LintConfig);
  } catch (e) {
    return e instanceof AttacheInputError ? e.message : `other error: ${String(e)}`;
  }
  return 'no error';
}

describe('findings', () => {
  it('are sorted by start, with 1-based line/column, url and actual === input.slice(start, end)', () => {
    const input = 'We will meet.\nWe met in order to talk, prior to lunch.';
    const fs = lintText(input);
    expect(fs.map((f) => f.start)).toEqual(fs.map((f) => f.start).sort((a, b) => a - b));
    const f = fs.find((x) => x.actual === 'in order to')!;
    expect(f).toMatchObject({
      start: 21,
      end: 32,
      loc: { start: { line: 2, column: 8 }, end: { line: 2, column: 19 } },
    });
    expect(f.url).toBe('https://github.com/attache/attache/blob/main/packages/core/docs/rules/plain-words.md');
    for (const x of fs) expect(input.slice(x.start, x.end)).toBe(x.actual);
  });

  it('map through markup to original offsets, and never fix across markup', () => {
    const input = 'We met **in order to** talk and in *order* to eat.';
    const fs = lintRule('plain-words', input);
    expect(fs.map((f) => [f.start, f.end, f.actual])).toEqual([
      [9, 20, 'in order to'],
      [32, 45, 'in *order* to'],
    ]);
    expect(fs[0]!.fix).toEqual({ range: [9, 20], text: 'to' });
    expect(fs[1]!.fix).toBeUndefined(); // the edit would delete the emphasis markers
  });

  it('report nothing inside code, URLs or e-mail addresses', () => {
    const input = 'Run `utilize --in-order-to` and see https://example.org/prior-to/utilize now.';
    expect(lintRule('plain-words', input)).toEqual([]);
  });

  it('inside quotation marks or block quotes are suggestions without fixes', () => {
    const input = 'The minister said: “We utilize it in order to help.” We utilize it.\n\n> In order to win, we fight.';
    const fs = lintRule('plain-words', input);
    const inQuote = fs.filter((f) => f.start < input.indexOf('” We'));
    expect(inQuote.length).toBe(2);
    for (const f of inQuote) {
      expect(f.severity).toBe('suggestion');
      expect(f.fix).toBeUndefined();
    }
    const outside = fs.find((f) => f.start > input.indexOf('” We') && f.start < input.indexOf('>'))!;
    expect(outside).toMatchObject({ actual: 'utilize', severity: 'warning', fix: { text: 'use' } });
    const block = fs.find((f) => f.actual === 'In order to')!;
    expect(block.severity).toBe('suggestion');
    expect(block.fix).toBeUndefined();
    // quoted: 'off' drops them.
    const off = lintRule('plain-words', input, 'en', { quoted: 'off' });
    expect(off.map((f) => f.actual)).toEqual(['utilize']);
  });

  it('inside a quotation of eight words or more are the speaker’s words, as speech is', () => {
    // State Department pool (heldout5-en): a release quoting Assistant Secretary Kang and Deputy
    // Assistant Secretary Dunnigan; the office reports their words, it does not rewrite them.
    const quote =
      '“This latest commitment demonstrates the strength and importance of Transatlantic relationships,” said Assistant Secretary Kang.';
    const long =
      '“Through its pledge to deploy U.S. small modular reactor technology, Romania is not only reinforcing its strong relationship with the United States through civil-nuclear cooperation, but also setting an example for others to follow.”';
    const own = ' The plan will facilitate trade.';
    expect(lintRule('plain-words', quote + own).map((f) => f.actual)).toEqual(['facilitate']);
    expect(lintRule('sentence-length', long)).toEqual([]);
    // verbatim: 'suggest' shows them, as suggestions without fixes.
    const shown = lintRule('plain-words', quote, 'en', { verbatim: 'suggest' });
    expect(shown.map((f) => [f.actual, f.severity, f.fix])).toEqual([['demonstrates', 'suggestion', undefined]]);
    // A short quotation (a term, a slogan) is still the office's to reword, as a suggestion.
    expect(lintRule('plain-words', 'They call it a “plan to facilitate trade”.').map((f) => f.actual)).toEqual([
      'facilitate',
    ]);
  });

  it('stay within their sentence', () => {
    const input = 'We went in. Order to come. In order to go.';
    const ctx = contextOf(input);
    const outside = lint(ctx).filter((f) => !ctx.sentences.some((x) => x.start <= f.start && f.end <= x.end));
    expect(outside).toEqual([]);
    expect(lintRule('plain-words', input).map((f) => f.actual)).toEqual(['In order to']);
  });

  it('leave a list phrase alone inside a name or title in capitals (English)', () => {
    // State Department pool: release-of-the-2022-women-peace-and-security-report.
    const title =
      'The Department of State is releasing the second Report on the Implementation of the 2019 U.S. Strategy on WPS.';
    expect(lintRule('hidden-verbs', title)).toEqual([]);
    // (the same title without "Report on", which the entry leaves alone on its own)
    expect(lintRule('hidden-verbs', 'We welcome the Framework for the Implementation of the Strategy.')).toEqual([]);
    expect(
      lintRule('hidden-verbs', 'We welcome the framework for the implementation of the strategy.').map((f) => f.actual),
    ).toEqual(['the implementation of']);
    // A sentence's first word is capitalised anyway.
    expect(lintRule('plain-words', 'Prior to his speech, he will tour the lab.').map((f) => f.actual)).toEqual([
      'Prior to',
    ]);
  });

  it('render in the requested locale', () => {
    const [en] = lintRule('plain-words', 'Мы ушли в настоящее время.', 'ru');
    const [ru] = lintRule('plain-words', 'Мы ушли в настоящее время.', 'ru', undefined, { locale: 'ru' });
    expect(en!.message).toBe('“в настоящее время” is officialese: write “сейчас”.');
    expect(ru!.message).toBe('«в настоящее время» — канцелярит: пишите «сейчас».');
  });
});

describe('applyFixes', () => {
  const input = 'We met in order to talk. Prior to lunch we will utilize it!!! The minister said: “We utilize it.”';

  it('applies non-overlapping fixes in order and leaves quotes alone', () => {
    const r = applyFixes(input, lintText(input));
    expect(r.text).toBe('We met to talk. Before lunch we will use it! The minister said: “We utilize it.”');
    expect(r.applied.map((f) => f.actual)).toEqual(['in order to', 'Prior to', 'utilize', '!!!']);
  });

  it('changes nothing on a second round (idempotent when re-linted)', () => {
    const once = applyFixes(input, lintText(input)).text;
    const twice = applyFixes(once, lintText(once));
    expect(twice.applied).toEqual([]);
    expect(twice.text).toBe(once);
  });

  it('skips overlapping and stale fixes', () => {
    const fs = lintText(input);
    const f = fs.find((x) => x.fix)!;
    const overlap = { ...f, fix: { range: [f.start, f.end + 3] as [number, number], text: 'X' } };
    const r = applyFixes(input, [f, overlap]);
    expect(r.applied).toEqual([f]);
    expect(r.skipped).toEqual([overlap]);
    // Re-applying the same findings to the fixed text: they are stale, nothing changes.
    expect(applyFixes(r.text, [f]).text).toBe(r.text);
  });
});

describe('configuration', () => {
  it('turns rules off, sets severity and options (ESLint forms)', () => {
    const input =
      'We met in order to talk about the plan and the budget and the staff and the rules and the dates today.';
    expect(ids(lintText(input, 'en', { rules: { 'plain-words': 'off' } }))).not.toContain('plain-words');
    expect(ids(lintText(input, 'en', { rules: { 'plain-words': false } }))).not.toContain('plain-words');
    expect(lintRule('plain-words', input, 'en', { rules: { 'plain-words': 'error' } })[0]!.severity).toBe('error');
    expect(
      lintRule('plain-words', input, 'en', { rules: { 'plain-words': { severity: 'suggestion' } } })[0]!.severity,
    ).toBe('suggestion');
    expect(
      lintRule('sentence-length', input, 'en', { rules: { 'sentence-length': ['warning', { max: 10, split: 0 }] } }),
    ).toHaveLength(1);
    expect(
      lintRule('sentence-length', input, 'en', { rules: { 'sentence-length': { options: { max: 30, split: 0 } } } }),
    ).toHaveLength(0);
  });

  it('has an allow-list of terms', () => {
    const input = 'We utilize the OSCE in order to help.';
    const fs = lintText(input, 'en', { allow: ['utilize', 'OSCE'] });
    expect(fs.map((f) => f.actual)).toEqual(['in order to']);
  });

  it('refuses bad configuration with the bad key named', () => {
    expect(bad({ rules: { 'pasive-voice': 'off' } })).toMatch(/rules\.pasive-voice: unknown rule/);
    expect(bad({ rules: { 'sentence-length': ['warning', { max: 'long' }] } })).toMatch(
      /rules\.sentence-length\.options\.max/,
    );
    expect(bad({ rules: { 'sentence-length': ['warning', { maximum: 3 }] } })).toMatch(
      /rules\.sentence-length\.options: unknown key "maximum"/,
    );
    expect(bad({ rules: { 'plain-words': 'loud' } })).toMatch(/rules\.plain-words/);
    expect(bad({ allow: 'utilize' })).toMatch(/allow/);
    expect(bad({ colour: 'red' })).toMatch(/unknown key "colour"/);
  });

  it('accepts the configuration documented in docs/rules/README.md', () => {
    const cfg: LintConfig = {
      rules: {
        'passive-voice': 'off',
        'plain-words': 'error',
        'sentence-length': ['warning', { max: 20 }],
        'hard-sentence': { severity: 'warning', options: { reportHard: false } },
      },
      allow: ['utilise', 'OSCE'],
      quoted: 'suggest',
      styles: [],
    };
    expect(bad(cfg)).toBe('no error');
  });

  it('lists every rule with its meta', () => {
    for (const [id, r] of RULES) {
      expect(r.meta.id).toBe(id);
      expect(r.meta.url).toBe(`https://github.com/attache/attache/blob/main/packages/core/docs/rules/${id}.md`);
      expect(['error', 'warning', 'suggestion']).toContain(r.meta.severity);
      expect(r.meta.options.safeParse({}).success).toBe(true);
    }
  });
});

describe('style files (same schema as the built-in lists)', () => {
  const acme = {
    rule: 'acme-terms',
    language: 'en',
    kind: 'substitution',
    message: 'Acme style: write “{{expected}}”, not “{{actual}}”.',
    entries: [{ pattern: 'e-mail', replace: ['email'], fix: true, source: 'Acme style guide' }],
  };

  it('adds a custom rule', () => {
    const fs = lintText('Send an e-mail today.', 'en', { styles: [acme] });
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      ruleId: 'acme-terms',
      actual: 'e-mail',
      message: 'Acme style: write “email”, not “e-mail”.',
      fix: { text: 'email' },
      severity: 'warning',
    });
    // The custom rule can be configured like a built-in one.
    expect(lintText('Send an e-mail today.', 'en', { styles: [acme], rules: { 'acme-terms': 'off' } })).toHaveLength(0);
  });

  it('extends a built-in list', () => {
    const more = {
      rule: 'plain-words',
      language: 'ru',
      kind: 'substitution',
      entries: [{ pattern: 'в разрезе', replace: ['по'], source: 'наш редактор' }],
    };
    const fs = lintRule('plain-words', 'Данные в разрезе регионов.', 'ru', { styles: [more] });
    expect(fs.map((f) => f.actual)).toEqual(['в разрезе']);
  });

  it('reports the bad key, like Vale', () => {
    const broken = { ...acme, entries: [{ pattern: 'x', replace: 'y' }] };
    expect(() => parseStyle(broken, 'acme.json')).toThrow(
      /style "acme\.json": entries\[0\]\.replace: .*; entries\[0\]\.source: required/,
    );
    expect(() => lintText('x', 'en', { styles: [{ ...broken, name: 'acme.json' }] })).toThrow(/style "acme\.json"/);
    expect(() => parseStyle({ ...acme, kind: 'wordy' })).toThrow(/kind/);
  });
});

describe('inline directives', () => {
  it('disable / enable a region for one rule or all', () => {
    const input = [
      'We met in order to talk.',
      '<!-- attache-disable plain-words -->',
      'We met in order to talk, prior to lunch.',
      '<!-- attache-enable plain-words -->',
      'We met in order to talk.',
      '<!-- attache-disable -->',
      'We met in order to talk.',
    ].join('\n');
    const fs = lintRule('plain-words', input);
    expect(fs.map((f) => f.loc.start.line)).toEqual([1, 5]);
  });

  it('disable the next line, or this line, with an optional reason', () => {
    const input = [
      '<!-- attache-disable-next-line plain-words -- quoting the law -->',
      'We met in order to talk.',
      'We met in order to talk. <!-- attache-disable-line plain-words, hedges -->',
      'We met in order to talk.',
      '<!-- attache-disable-next-line passive-voice -->',
      'We met in order to talk.',
    ].join('\n');
    expect(lintRule('plain-words', input).map((f) => f.loc.start.line)).toEqual([4, 6]);
  });

  it('can be ignored', () => {
    const input = '<!-- attache-disable -->\nWe met in order to talk.';
    expect(lintRule('plain-words', input)).toHaveLength(0);
    expect(lintRule('plain-words', input, 'en', { directives: false })).toHaveLength(1);
  });
});
