/**
 * A version's figures are taken on what its reader reads: a notice's section labels, "Read more:"
 * and its link, hashtags and a bare phone number are no sentences. Counted as sentences of one to
 * three words they lowered the average sentence length and the grade of every version that had
 * them (a notice of three sentences of 11, 17 and 6 words averaged 6.1 with its four furniture
 * lines, 11.3 without).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@attache/core';
import { compose, readerProse as exported } from '../src/index.js';
import { measure, readerProse } from '../src/compose/measure.js';

const notice = [
  'News:',
  'The council will close the bridge on Monday for repairs. Buses will run every hour from the square.',
  '',
  'Who to call:',
  '0800 123 456',
  '',
  'Read more: https://example.org/news/bridge-repairs-2026',
].join('\n');

describe('readerProse', () => {
  it('keeps the sentences and drops labels, links, hashtags and lines without words', () => {
    expect(readerProse(notice)).toBe(
      'The council will close the bridge on Monday for repairs. Buses will run every hour from the square.',
    );
    expect(readerProse('We fixed the road. #roads #safety\n\nRead more: https://example.org/x')).toBe(
      'We fixed the road.',
    );
    expect(readerProse('Что происходит:\nМост закроют в понедельник.\n\nПодробнее: https://example.org/x')).toBe(
      'Мост закроют в понедельник.',
    );
  });

  it('the README example (packages/audiences/README.md, “A version’s figures”) does what it says', () => {
    const edited = 'News:\nThe bridge closes on Monday. Buses run every hour.\n\nRead more: https://example.org/bridge';
    expect(exported(edited)).toBe('The bridge closes on Monday. Buses run every hour.');
    expect(analyze(exported(edited)).sentences.length).toBe(2);
  });

  it('keeps a label word inside a sentence and a contact with words', () => {
    const text = 'News: the bridge closes on Monday.\n\nCall the council office on 0800 123 456.';
    expect(readerProse(text)).toBe(text);
  });

  it('the figures of a notice are those of its sentences alone', () => {
    const avg = (t: string): number | undefined =>
      measure('rural', t, 'en').find((f) => f.id === 'averageSentenceWords')?.value;
    expect(avg(notice)).toBe(avg(readerProse(notice)));
    expect(avg(notice)).toBe(9); // 10 and 8 words; the four furniture lines would have made it 4.7
  });

  it('compose reports the figures of the reader’s prose', async () => {
    const release =
      'The Department of Transport will close the Westgate bridge on 4 May 2026 for six weeks of repairs. ' +
      'Drivers should use the ring road. Buses will run every fifteen minutes from the station.';
    const v = await compose(release, {
      audience: 'rural',
      channel: 'notice',
      brief: { contact: '0800 123 456', link: 'https://example.org/westgate' },
    });
    expect(v.text).toContain('0800 123 456');
    expect(v.targets).toEqual(measure('rural', readerProse(v.text), 'en'));
  });
});

describe('acronyms a foreign reader needs spelled out', () => {
  const left = (text: string) => measure('foreign', text, 'en').find((t) => t.id === 'acronymsSpelledOut')!.value;

  it('“Washington, D.C.” is a city’s name (pool item: Deputy Secretary Sherman’s meeting with Marta Morgan)', () => {
    expect(
      left(
        'Deputy Secretary of State Wendy Sherman met Canadian Deputy Foreign Minister Marta Morgan in Washington, D.C. today.',
      ),
    ).toBe(0);
  });

  it('an acronym the text never spells out still counts', () => {
    expect(left('We support the May 24 joint statement of ECOWAS and the African Union.')).toBe(1);
    expect(left('We support the Economic Community of West African States (ECOWAS) and the African Union.')).toBe(0);
  });
});
