/**
 * The English hidden verbs are rows of core's list schema (data/en/hidden-verbs.json), as the
 * Russian ones are. The list the proposer compiles from them is the one the earlier format
 * (test/fixtures/en-hidden-verbs-v1.json: verb, particle, nouns, determiners and a preposition
 * map per entry, expanded by the code below, which is the old compiler) made: every surface
 * phrase, its replacement, verb form, conditions and source.
 */
import { analyze, ListFileSchema, verbForms, inflectPhrase, type VerbForm } from '@attache/core';
import { describe, expect, it } from 'vitest';
import enHidden from '../src/data/en/hidden-verbs.json' with { type: 'json' };
import { EN } from '../src/data/index.js';
import { compileHidden, compilePhrases } from '../src/proposers/match-list.js';
import v1 from './fixtures/en-hidden-verbs-v1.json' with { type: 'json' };

interface V1Entry {
  verb: string;
  particle?: string;
  nouns: string[];
  dets?: string[];
  to: string;
  preps: Record<string, string>;
  source: string;
}
const FORMS: VerbForm[] = ['base', 's', 'past', 'pp', 'ing'];

/** surface → its [replacement, form, source] candidates (one per replacement and form), as the v1 compiler made them. */
function v1Surfaces(): Map<string, [string, VerbForm, string][]> {
  const out = new Map<string, [string, VerbForm, string][]>();
  for (const e of v1.entries as unknown as V1Entry[]) {
    const f = verbForms(e.verb);
    for (const form of FORMS)
      for (const det of e.dets ?? ['a', 'an', 'the'])
        for (const noun of e.nouns)
          for (const [prep, keep] of Object.entries(e.preps)) {
            const surface = [f[form], e.particle, det, noun, prep].filter(Boolean).join(' ');
            const to = [inflectPhrase(e.to, form), keep].filter(Boolean).join(' ');
            const list = out.get(surface) ?? [];
            if (!list.some(([t, g]) => t === to && g === form)) list.push([to, form, e.source]);
            out.set(surface, list);
          }
  }
  return out;
}

describe('en/hidden-verbs.json', () => {
  it("is a list file of core's schema for core's hidden-verbs rule, and core's linter compiles its patterns", () => {
    const file = ListFileSchema.parse(enHidden);
    expect([file.rule, file.language]).toEqual(['hidden-verbs', 'en']);
    expect(file.entries.every((e) => e.source === 'plainlanguage-hidden-verbs' && e.fix)).toBe(true);
    // A pattern core cannot parse makes analyze throw: the rows are in core's grammar, not a dialect of it.
    const text = 'The Ministry made a decision on the budget and carried out an assessment of the roads.';
    const report = analyze(text, { language: 'en', lint: { styles: [enHidden] } });
    expect(report.findings.some((f) => f.ruleId === 'hidden-verbs')).toBe(true);
  });

  it('compiles to the list the v1 format made: same phrases, replacements, forms and sources', () => {
    const list = compileHidden(EN.hiddenVerbs);
    const old = v1Surfaces();
    expect(list.map.size).toBe(old.size);
    for (const [surface, cands] of old) {
      const c = list.map.get(surface);
      expect(c, surface).toBeDefined();
      expect(c!.map((x) => [x.to, x.form, x.source, x.verb, x.conditions])).toEqual(
        cands.map(([to, form, source]) => [to, form, source, true, {}]),
      );
    }
    // The regular expression finds every phrase whole, and no other: a phrase in a sentence is
    // matched as written, and the longest phrase at a position wins ("carried out an assessment
    // on" over "made a decision").
    for (const surface of old.keys()) {
      list.re.lastIndex = 0;
      const m = list.re.exec(`They ${surface}, today.`);
      expect(m?.[0].toLowerCase(), surface).toBe(surface);
    }
    list.re.lastIndex = 0;
    expect(list.re.exec('They made a decision on the roads.')?.[0]).toBe('made a decision on');
    list.re.lastIndex = 0;
    expect(list.re.exec('They made a decision.')?.[0]).toBe('made a decision');
    list.re.lastIndex = 0;
    expect(list.re.exec('They made a decisionmaking body.')).toBeNull();
  });

  it('a kept preposition ends the pattern and the replacement, a dropped one only the pattern', () => {
    const list = compileHidden(EN.hiddenVerbs);
    expect(list.map.get('made a decision on')?.[0]?.to).toBe('decided on');
    expect(list.map.get('carrying out an assessment of')?.[0]?.to).toBe('assessing');
    expect(list.map.get('gave due consideration to')?.[0]?.to).toBe('considered');
    expect(list.map.get('gave consideration to')?.[0]?.to).toBe('considered');
    expect(list.map.has('gave a consideration to')).toBe(false);
  });
});

describe('compiled lists (one pattern, factored word by word)', () => {
  const entry = (phrase: string) => ({ phrase, to: 'x', source: 'test' });
  const all = (list: ReturnType<typeof compilePhrases>, text: string) => [...text.matchAll(list.re)].map((m) => m[0]);

  it('find the longest phrase at a position, whole words only, in any case and across a no-break space', () => {
    const list = compilePhrases(['in order to', 'in order', 'follow-up', 'follow', 'with regard to'].map(entry));
    expect(all(list, 'In order to act, in order, follow-up, following, a follow … With\u00a0regard to')).toEqual([
      'In order to',
      'in order',
      'follow-up',
      'follow',
      'With\u00a0regard to',
    ]);
    // "in order" ends where "to" would have needed a whole word.
    expect(all(list, 'in order today')).toEqual(['in order']);
  });

  it('read ё as е and match nothing from an empty list', () => {
    const ru = compilePhrases(['в её интересах'].map(entry));
    expect(all(ru, 'Это в ее интересах.')).toEqual(['в ее интересах']);
    expect(all(compilePhrases([]), 'any text')).toEqual([]);
  });
});
