/**
 * The read-only `tone` group the plugin adds to each configured collection. Editors see it in
 * the sidebar; nobody can write it through the API (field access), only the plugin's hook.
 */
import type { Field, FieldAccess } from 'payload';
import { label, type LabelKey } from './labels.js';

const never: FieldAccess = () => false;

const number = (name: string, key: LabelKey): Field => ({ name, label: label(key), type: 'number' });
const text = (name: string, key: LabelKey): Field => ({ name, label: label(key), type: 'text' });
const json = (name: string, key: LabelKey): Field => ({ name, label: label(key), type: 'json' });

export const TONE_FIELD = 'tone';

export function toneField(opts: { audience: boolean; storeReport: boolean }): Field {
  const fields: Field[] = [
    {
      name: 'computedAt',
      label: label('computedAt'),
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'summary',
      label: label('summary'),
      type: 'textarea',
      admin: { description: label('summaryDescription') },
    },
    text('mode', 'mode'),
    text('language', 'language'),
    text('format', 'format'),
    number('words', 'words'),
    number('sentences', 'sentences'),
    number('formality', 'formality'),
    text('formalityLabel', 'formalityLabel'),
    number('grade', 'grade'),
    number('readingAge', 'readingAge'),
    { name: 'tooShort', label: label('tooShort'), type: 'checkbox' },
    {
      name: 'findings',
      label: label('findings'),
      type: 'group',
      fields: [number('errors', 'errors'), number('warnings', 'warnings'), number('suggestions', 'suggestions')],
    },
    { name: 'targetsMet', label: label('targetsMet'), type: 'checkbox' },
    // Lists are JSON: as array fields each row is a database row in the document table and
    // again in the versions table, which made a save three times slower (see the README).
    json('warnings', 'missedTargets'),
    json('targets', 'targets'),
    json('topFindings', 'topFindings'),
  ];
  if (opts.audience) {
    fields.push({
      name: 'audience',
      label: label('audience'),
      type: 'group',
      fields: [
        text('name', 'audienceName'),
        number('pass', 'pass'),
        number('fail', 'fail'),
        number('manual', 'manual'),
        json('failedItems', 'failedItems'),
      ],
    });
  }
  if (opts.storeReport) fields.push(json('report', 'report'));

  return {
    name: TONE_FIELD,
    label: label('tone'),
    type: 'group',
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: label('toneDescription'),
    },
    access: { create: never, update: never },
    fields,
  };
}
