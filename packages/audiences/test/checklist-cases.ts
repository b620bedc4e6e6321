/** One text each checklist item passes and one it fails (or leaves to a person), evidence marked `[[…]]`. `checklist-items.test.ts` runs them; `scripts/gen-docs.ts` prints them on each item's page. */
import type { AudienceId } from '../src/types.js';
import type { checklistTester } from './tester.js';

type Cases = Parameters<typeof checklistTester>[2];
const fail = (code: string, n = (code.match(/\[\[/g) ?? []).length): Cases['invalid'][number] => ({
  code,
  errors: Array.from({ length: n }, () => ({ status: 'fail' as const })),
});
const manual = (code: string): Cases['invalid'][number] => ({
  code,
  errors: Array.from({ length: (code.match(/\[\[/g) ?? []).length }, () => ({ status: 'manual' as const })),
});

export const CHECKLIST_CASES: Record<string, [AudienceId, Cases]> = {
  'address-form': [
    'youth',
    { valid: ['You can apply today.'], invalid: [fail('[[]]The ministry opened a new office.')] },
  ],
  'humour-irony': ['youth', { valid: ['The office opens today.'], invalid: [manual('The office opens today[[!]]')] }],
  idioms: [
    'foreign',
    { valid: ['We will start the plan today.'], invalid: [fail('We will [[set up]] a new office today.')] },
  ],
  'dates-numbers-units': [
    'foreign',
    { valid: ['The office opens on 12 March 2026.'], invalid: [fail('The office opens on [[03/12/2026]].')] },
  ],
  'time-zones': [
    'youth',
    { valid: ['The talk starts at 10:00 GMT.'], invalid: [fail('The talk starts at [[10:00]].')] },
  ],
  'name-transliteration': [
    'foreign',
    {
      valid: ['The minister visited Kyiv.'],
      invalid: [fail('The minister visited [[Kyiv]] and later left [[Kiev]].')],
    },
  ],
  'religious-political-symbols': [
    'youth',
    { valid: ['The office opens today.'], invalid: [manual('The [[church]] opens today.')] },
  ],
  'colours-emoji': [
    'youth',
    { valid: ['The office opens today.'], invalid: [manual('The [[red]] office opens today.')] },
  ],
  holidays: [
    'foreign',
    { valid: ['The office opens today.'], invalid: [fail('The office opens after [[Christmas]].')] },
  ],
  'platform-norms': [
    'youth',
    {
      valid: ['The office opens today. You can visit it.'],
      invalid: [fail('The office opens today [[#a]] [[#b]] [[#c]].')],
    },
  ],
  'alt-text': [
    'youth',
    { valid: ['The office opens today.'], invalid: [fail('The office opens today. [[![](a.png)]]')] },
  ],
  'offline-channels': [
    'rural',
    { valid: ['Call the helpline on 0800 123 4567.'], invalid: [fail('Apply at [[https://example.org]] today.')] },
  ],
  'local-relevance': [
    'youth',
    { valid: ['The office opens today.'], invalid: [manual('The office opens in [[Leeds]] today.')] },
  ],
  'sentence-length': [
    'rural',
    {
      valid: ['The office opens today.'],
      invalid: [
        fail(
          '[[The new office in the centre of the town opens today for everyone who lives in the county and needs help.]]',
        ),
      ],
    },
  ],
  'reading-grade': [
    'rural',
    {
      valid: ['We open the new office today. You can come in.'],
      invalid: [
        fail(
          '[[The implementation of comprehensive intergovernmental administrative modernisation initiatives necessitates substantial organisational restructuring.]]',
        ),
      ],
    },
  ],
  formality: [
    'youth',
    {
      valid: ['So we did it! You can come and see it. We think you will like it a lot.'],
      invalid: [
        fail(
          '[[The implementation of comprehensive intergovernmental administrative modernisation initiatives necessitates substantial organisational restructuring.]]',
        ),
      ],
    },
  ],
  eflaw: [
    'foreign',
    {
      valid: ['We open the new office today. You can come in.'],
      invalid: [
        fail(
          '[[]]We go to the big new hall by the old bus stop in the town and we can see it all day and all of the night too.',
        ),
      ],
    },
  ],
  'acronyms-defined': [
    'rural',
    {
      valid: ['The Rural Payments Agency (RPA) pays farmers. The RPA pays monthly.'],
      invalid: [fail('The [[RPA]] pays farmers monthly.')],
    },
  ],
  officialese: ['youth', { valid: ['We will meet to talk.'], invalid: [fail('We met [[in order to]] talk.')] }],
  'passive-voice': [
    'foreign',
    { valid: ['The minister signed the deal.'], invalid: [fail('The deal [[was signed]] by the minister.')] },
  ],
  'what-it-means': [
    'rural',
    { valid: ['You can apply today.'], invalid: [fail('[[]]The ministry opened a new office.')] },
  ],
  'hook-first': [
    'youth',
    {
      valid: ['New office opens today.'],
      invalid: [fail('[[The new office in the centre of the town opens today for all who live in the county.]]')],
    },
  ],
  contact: [
    'youth',
    { valid: ['Write to help@example.org today.'], invalid: [fail('[[]]The ministry opened a new office.')] },
  ],
  'explicit-subjects': [
    'foreign',
    { valid: ['The ministers discussed the plan.'], invalid: [fail('[[Discussed the plan at length.]]')] },
  ],
  glossary: ['foreign', { valid: ['The office opens today.'], invalid: [manual('The [[NHS]] opens a new office.')] }],
  'numbers-concrete': [
    'rural',
    { valid: ['The fund gives money to farmers.'], invalid: [fail('The fund gives [[1,500,000]] to farmers.')] },
  ],
};
