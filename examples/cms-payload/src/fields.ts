/**
 * The read-only `tone` group the plugin adds to each configured collection. Editors see it in
 * the sidebar; nobody can write it through the API (field access), only the plugin's hook.
 */
import type { Field, FieldAccess } from 'payload';

const never: FieldAccess = () => false;

const number = (name: string, label: string): Field => ({ name, label, type: 'number' });
const text = (name: string, label: string): Field => ({ name, label, type: 'text' });
const json = (name: string, label: string): Field => ({ name, label, type: 'json' });

export const TONE_FIELD = 'tone';

export function toneField(opts: { audience: boolean; storeReport: boolean }): Field {
  const fields: Field[] = [
    {
      name: 'computedAt',
      label: 'Computed at',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'summary',
      label: 'Summary',
      type: 'textarea',
      admin: { description: 'Figures, missed targets and the top findings, in words.' },
    },
    text('mode', 'Mode (warn or block)'),
    text('language', 'Language'),
    text('format', 'Format'),
    number('words', 'Words'),
    number('sentences', 'Sentences'),
    number('formality', 'Formality (0–100)'),
    text('formalityLabel', 'Formality label'),
    number('grade', 'Reading grade (US)'),
    number('readingAge', 'Reading age (years)'),
    { name: 'tooShort', label: 'Too short to score reliably', type: 'checkbox' },
    {
      name: 'findings',
      label: 'Findings by severity',
      type: 'group',
      fields: [number('errors', 'Errors'), number('warnings', 'Warnings'), number('suggestions', 'Suggestions')],
    },
    { name: 'targetsMet', label: 'Targets met', type: 'checkbox' },
    // Lists are JSON: as array fields each row is a database row in the document table and
    // again in the versions table, which made a save three times slower (see the README).
    json('warnings', 'Missed targets'),
    json('targets', 'Targets: [{ target, actual, limit, comparison, met, message }]'),
    json('topFindings', 'Top findings: [{ message, ruleId, severity, start, end, line, column, text }]'),
  ];
  if (opts.audience) {
    fields.push({
      name: 'audience',
      label: 'Audience checklist',
      type: 'group',
      fields: [
        text('name', 'Audience'),
        number('pass', 'Pass'),
        number('fail', 'Fail'),
        number('manual', 'To check by hand'),
        json('failedItems', 'Failed items'),
      ],
    });
  }
  if (opts.storeReport) fields.push(json('report', 'Full report (JSON)'));

  return {
    name: TONE_FIELD,
    label: 'Tone (Attaché)',
    type: 'group',
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: 'Computed on every save from the body: formality, reading grade, style findings and targets.',
    },
    access: { create: never, update: never },
    fields,
  };
}
