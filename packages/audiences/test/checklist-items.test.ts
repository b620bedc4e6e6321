/**
 * Every checklist item, with the checklist tester: a text it passes, and a text it fails (or
 * leaves to a person) with the exact evidence spans marked. Also: every item file is in the
 * registry, listed by the audiences its meta names, with messages in both locales.
 */
import { describe, expect, it } from 'vitest';
import { audiences } from '../src/index.js';
import { CHECKLIST_ITEMS, CHECKLISTS } from '../src/checklist/index.js';
import type { AudienceId } from '../src/types.js';
import { CHECKLIST_CASES } from './checklist-cases.js';
import { checklistTester } from './tester.js';

describe('checklist registry', () => {
  it('every item has cases here, is listed by exactly the audiences its meta names, and has both locales', () => {
    expect(Object.keys(CHECKLIST_CASES).sort()).toEqual(Object.keys(CHECKLIST_ITEMS).sort());
    for (const item of Object.values(CHECKLIST_ITEMS)) {
      const listed = (Object.keys(CHECKLISTS) as AudienceId[]).filter((a) => CHECKLISTS[a].includes(item.meta.id));
      expect(listed, item.meta.id).toEqual(item.meta.audiences);
      for (const l of ['en', 'ru'] as const) expect(item.messages[l].label.length, item.meta.id).toBeGreaterThan(0);
    }
  });
});

for (const [id, [audience, cases]] of Object.entries(CHECKLIST_CASES)) checklistTester(id, audiences[audience], cases);
