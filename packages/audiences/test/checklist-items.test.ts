/**
 * Every checklist item, with the checklist tester: a text it passes, and a text it fails (or
 * leaves to a person) with the exact evidence spans marked. Also: every item file is in the
 * registry, shown to the audiences and languages its meta names, with messages in both locales;
 * youth's platform-norms item checks the thread its caller hands it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, isSource } from '@attache/core';
import { AudienceInputError, audiences, thread } from '../src/index.js';
import { CHECKLIST_ITEMS } from '../src/checklist/index.js';
import { CHECKLIST_CASES } from './checklist-cases.js';
import { checklistTester } from './tester.js';

describe('checklist registry', () => {
  it('every item has cases here, a known source for each reference, and both locales', () => {
    expect(Object.keys(CHECKLIST_CASES).sort()).toEqual(Object.keys(CHECKLIST_ITEMS).sort());
    for (const item of Object.values(CHECKLIST_ITEMS)) {
      const ids = item.meta.sources.map((r) => (typeof r === 'string' ? r : r[0]));
      expect(ids.length, item.meta.id).toBeGreaterThan(0);
      expect(
        ids.filter((id) => !isSource(id)),
        item.meta.id,
      ).toEqual([]);
      for (const l of ['en', 'ru'] as const) expect(item.messages[l].label.length, item.meta.id).toBeGreaterThan(0);
    }
  });

  it("an audience's checklist is the items whose meta names the audience and the text's language", () => {
    const TEXT = 'The Ministry opened three schools in Springfield on 12 March 2026. Call 555 0100 to apply.';
    for (const a of Object.values(audiences)) {
      const shown = a.checklist(analyze(TEXT, { language: 'en' }), TEXT).map((i) => i.id);
      const expected = Object.values(CHECKLIST_ITEMS)
        .filter((i) => i.meta.audiences.includes(a.id) && i.meta.languages.includes('en'))
        .map((i) => i.meta.id);
      expect(shown, a.id).toEqual(expected);
      expect(shown.length, a.id).toBeGreaterThan(15);
    }
    // French, Spanish and German texts: checklist-languages.test.ts.
  });

  it("cites its sources from core's registry", () => {
    const TEXT = 'The Ministry opened three schools on 12 March 2026.';
    const item = audiences.rural.checklist(analyze(TEXT), TEXT).find((i) => i.id === 'numbers-concrete')!;
    expect(item.source).toBe(
      'GOV.UK style guide and “Writing for GOV.UK” (Government Digital Service) (numbers); Federal Plain Language Guidelines (plainlanguage.gov)',
    );
  });
});

describe('youth checklist and the thread', () => {
  const long = 'The Ministry of Health opened three new clinics in the north of the country today. '.repeat(5).trim();
  it('checks the posts of the thread its caller hands it, and makes none itself', () => {
    const report = analyze(long);
    const norms = (posts?: string[]) =>
      audiences.youth
        .checklist(report, long, posts ? { thread: { posts } } : undefined)
        .find((i) => i.id === 'platform-norms')!;
    expect(norms().status).toBe('pass');
    expect(norms([long]).status).toBe('fail');
    expect(norms(thread(report, long).posts).status).toBe('pass');
  });
  it('rejects a thread that is not one', () => {
    expect(() => audiences.youth.checklist(analyze(long), long, { thread: { posts: 'x' as never } })).toThrow(
      AudienceInputError,
    );
  });
});

for (const [id, [audience, cases]] of Object.entries(CHECKLIST_CASES)) checklistTester(id, audiences[audience], cases);
