/**
 * The read-only `tone` group the plugin adds to each configured collection. Editors see it in
 * the sidebar; nobody can write it through the API (field access), only the plugin's hook.
 */
import type { Field, FieldAccess } from 'payload';

const never: FieldAccess = () => false;

const number = (name: string, label: string): Field => ({ name, label, type: 'number' });
const text = (name: string, label: string): Field => ({ name, label, type: 'text' });
const textarea = (name: string, label: string): Field => ({ name, label, type: 'textarea' });

export const TONE_FIELD = 'tone';

export function toneField(opts: { audience: boolean; storeReport: boolean }): Field {
  const fields: Field[] = [
    {
      name: 'computedAt',
      label: 'Computed at',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
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
    {
      name: 'targets',
      label: 'Targets',
      type: 'array',
      fields: [
        text('target', 'Target'),
        number('actual', 'Actual'),
        number('limit', 'Limit'),
        text('comparison', 'Comparison'),
        { name: 'met', label: 'Met', type: 'checkbox' },
        textarea('message', 'Message'),
      ],
    },
    { name: 'warnings', label: 'Warnings', type: 'array', fields: [textarea('message', 'Message')] },
    {
      name: 'topFindings',
      label: 'Top findings',
      type: 'array',
      fields: [
        textarea('message', 'Message'),
        text('ruleId', 'Rule'),
        text('severity', 'Severity'),
        number('start', 'Start offset'),
        number('end', 'End offset'),
        number('line', 'Line'),
        number('column', 'Column'),
        textarea('text', 'Text'),
      ],
    },
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
        { name: 'failedItems', label: 'Failed items', type: 'array', fields: [text('label', 'Item')] },
      ],
    });
  }
  if (opts.storeReport) fields.push({ name: 'report', label: 'Full report (JSON)', type: 'json' });

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
