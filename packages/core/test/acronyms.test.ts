/** scanAcronyms: the one acronym scanner of the lint rules and the audience adapters. */
import { describe, expect, it } from 'vitest';
import { acronymOf, scanAcronyms } from '../src/index.js';

const defs = (text: string, language = 'en') =>
  scanAcronyms(text, { language }).definitions.map((d) => [d.shape, d.acronym, d.long, d.article]);
const uses = (text: string, language = 'en', isWord?: (w: string) => boolean) =>
  scanAcronyms(text, { language, isWord }).uses.map((u) => [u.surface, u.acronym, u.inDefinition]);

describe('scanAcronyms', () => {
  it('Long Form (ACR), with spans and the article', () => {
    const text = 'The Organization for Security and Co-operation in Europe (OSCE) met. The OSCE agreed.';
    const scan = scanAcronyms(text);
    expect(scan.definitions).toHaveLength(1);
    const d = scan.definitions[0]!;
    expect(d).toMatchObject({ acronym: 'OSCE', shape: 'long (ACR)', article: true });
    expect(text.slice(d.longSpan!.start, d.longSpan!.end)).toBe(d.long);
    expect(d.long).toBe('Organization for Security and Co-operation in Europe');
    expect(text.slice(d.acronymSpan.start, d.acronymSpan.end)).toBe('OSCE');
    expect(text.slice(d.span.start, d.span.end)).toBe('Organization for Security and Co-operation in Europe (OSCE)');
    expect(uses(text)).toEqual([
      ['OSCE', 'OSCE', true],
      ['OSCE', 'OSCE', false],
    ]);
  });

  it('ACR (the Long Form), loose forms confirmed by initials', () => {
    const text = 'Experts from Dstl (the Defence Science and Technology Laboratory) spoke. Dstl’s staff came.';
    expect(defs(text)).toEqual([['ACR (long)', 'Dstl', 'Defence Science and Technology Laboratory', true]]);
    expect(uses(text)).toEqual([
      ['Dstl', 'Dstl', true],
      ['Dstl’s', 'Dstl', false],
    ]);
    // A capitalised word in brackets whose initials spell nothing is no acronym.
    expect(scanAcronyms('We met the Minister of Health (Health) today.')).toEqual({ definitions: [], uses: [] });
  });

  it('Russian: both ways, case endings, initials earlier in the text', () => {
    expect(defs('Министерство иностранных дел (МИД) сообщило. МИДа там нет.', 'ru')).toEqual([
      ['long (ACR)', 'МИД', 'Министерство иностранных дел', false],
    ]);
    expect(uses('Министерство иностранных дел (МИД) сообщило. МИДа там нет.', 'ru')[1]).toEqual(['МИДа', 'МИД', false]);
    expect(defs('ФСБ (Федеральная служба безопасности) сообщила.', 'ru')).toEqual([
      ['ACR (long)', 'ФСБ', 'Федеральная служба безопасности', false],
    ]);
    expect(defs('Министерство иностранных дел сообщило. МИД подтвердил.', 'ru')).toEqual([
      ['initials', 'МИД', 'Министерство иностранных дел', false],
    ]);
  });

  it('"or" is a little word the initials skip, as "and" is', () => {
    // State Department, launch of the Counterterrorism Law Enforcement Forum (2022)
    const text = 'The CTLEF focuses on countering racially or ethnically motivated violent extremism (REMVE) globally.';
    expect(defs(text)).toEqual([['long (ACR)', 'REMVE', 'racially or ethnically motivated violent extremism', false]]);
  });

  it('plurals and hyphenated words in the initials', () => {
    const text = 'Non-Governmental Organizations (NGOs) met. Some NGOs came.';
    expect(defs(text)).toEqual([['long (ACR)', 'NGO', 'Non-Governmental Organizations', false]]);
    expect(uses(text).map((u) => u[1])).toEqual(['NGO', 'NGO']);
  });

  it('initials earlier in the text: a name, or lower case close before the acronym', () => {
    expect(defs('The Centre for Defence Enterprise held an event. CDE funds research.')).toEqual([
      ['initials', 'CDE', 'Centre for Defence Enterprise', true],
    ]);
    expect(defs('We import liquified natural gas through an LNG terminal.')).toEqual([
      ['initials', 'LNG', 'liquified natural gas', false],
    ]);
    // Far away, lower-case initials match by chance.
    const far = `We seek a peaceful resolution of cross-strait issues. ${'Nothing else happened there. '.repeat(12)}The PRC said no.`;
    expect(defs(far)).toEqual([]);
  });

  it('dotted forms; the unconfirmed parenthesis still defines a strict acronym', () => {
    const text = 'The plan will integrate Executive Order (E.O) 13985. We align with E.O. 13895 principles.';
    expect(defs(text)).toEqual([['long (ACR)', 'E.O', 'Executive Order', false]]);
    expect(uses(text).map((u) => u[0])).toEqual(['E.O', 'E.O']);
    expect(acronymOf('U.S')).toBe('U.S');
    expect(defs('Russia’s security service (FSB) said so.')).toEqual([['long (ACR)', 'FSB', null, false]]);
  });

  it('not acronyms: Roman numerals, single letters, shouting', () => {
    expect(uses('Louis XIV met Pope John XXIII and Plan B.')).toEqual([]);
    expect(uses('PLEASE NOTE the date.')).toEqual([]);
    expect(uses('FOR IMMEDIATE RELEASE: THE MINISTRY ANNOUNCES A NEW PLAN')).toEqual([]);
    // Words in capitals longer than five letters, when `isWord` knows them.
    expect(uses('This is IMPORTANT news from ECOWAS.', 'en', (w) => w === 'IMPORTANT')).toEqual([
      ['ECOWAS', 'ECOWAS', false],
    ]);
    // Russian by default: inflectional endings.
    expect(uses('Курить ЗАПРЕЩЕНО в здании ООН.', 'ru')).toEqual([['ООН', 'ООН', false]]);
  });
});
