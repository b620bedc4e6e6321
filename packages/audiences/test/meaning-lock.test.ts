import { describe, expect, it } from 'vitest';
import { checkMeaning, extractFacts } from '../src/meaning-lock.js';

const keys = (text: string, kind?: string): string[] =>
  extractFacts(text)
    .filter((f) => !kind || f.kind === kind)
    .map((f) => f.key);

describe('extractFacts', () => {
  it('reads numbers with separators, decimals, percentages, currencies and scale words', () => {
    expect(keys('It costs $2 million, or 3.5% of 1,000 units.', 'number')).toEqual(['$2000000', '3.5%', '1000']);
    expect(keys('Up to £650,000 is available; 1,500,000 people and 1.5 million people.', 'number')).toEqual([
      '£650000',
      '1500000',
      '1500000',
    ]);
    expect(keys('Выделено 1 500 000 рублей и 3,5 млрд, рост на 12%.', 'number')).toEqual([
      '1500000',
      '3500000000',
      '12%',
    ]);
    expect(keys('Five officials and twenty staff met.', 'number')).toEqual(['w:5', 'w:20']);
  });
  it('reads dates in any order to one key, and times', () => {
    const a = keys('On March 12, 2026 at 9:30am', 'date').concat(keys('On March 12, 2026 at 9:30am', 'time'));
    const b = keys('On 12 March 2026 at 09:30', 'date').concat(keys('On 12 March 2026 at 09:30', 'time'));
    expect(a).toEqual(['2026-03-12', '09:30']);
    expect(b).toEqual(a);
    expect(keys('Встреча 12 марта 2026 года, а не 12.03.2026.', 'date')).toEqual(['2026-03-12', '2026-03-12']);
  });
  it('reads names, multi-word names and codes, but not sentence-initial common words', () => {
    const names = keys(
      'Head of Operations, Jim Pennycook, met the Secretary of State. Presentation slides are here. OX11 0QX.',
      'name',
    );
    expect(names).toContain('Jim Pennycook');
    expect(names).toContain('Secretary of State');
    expect(names).toContain('OX11');
    expect(names).not.toContain('Presentation');
  });
  it('reads URLs, e-mail addresses and quoted passages', () => {
    const f = extractFacts('See https://www.gov.uk/x. Email cde@dstl.gov.uk. He said “we will act” and «мы готовы».');
    expect(f.filter((x) => x.kind === 'url').map((x) => x.key)).toEqual(['www.gov.uk/x']);
    expect(f.filter((x) => x.kind === 'email').map((x) => x.key)).toEqual(['cde@dstl.gov.uk']);
    expect(f.filter((x) => x.kind === 'quote').map((x) => x.key)).toEqual(['we will act', 'мы готовы']);
  });
});

describe('checkMeaning', () => {
  it('accepts rewrites that keep every fact', () => {
    const before = 'The Ministry made a decision on 9 July 2015 to provide £650,000, the Minister said.';
    const after = 'The Ministry decided on 9 July 2015 to give £650,000, the Minister said.';
    expect(checkMeaning(before, after).ok).toBe(true);
    expect(checkMeaning('It costs 1,500,000 dollars.', 'It costs 1.5 million dollars.').ok).toBe(true);
    expect(checkMeaning('Talks were held on March 12, 2026.', 'Talks were on 12 March 2026.').ok).toBe(true);
  });
  it('reports a changed number as altered, a dropped one as lost, a new one as added', () => {
    const r = checkMeaning('We gave 500 grants and 20 loans.', 'We gave 600 grants and loans.');
    expect(r.ok).toBe(false);
    expect(r.altered.map((x) => [x.before.key, x.after.key])).toEqual([['20', '600']]);
    expect(r.lost.map((x) => x.key)).toEqual(['500']);
    expect(checkMeaning('We met.', 'We met 3 times.').added.map((x) => x.key)).toEqual(['3']);
  });
  it('catches a changed date, name, URL and quote', () => {
    expect(checkMeaning('On 12 March 2026.', 'On 13 March 2026.').ok).toBe(false);
    expect(checkMeaning('Minister Lavrov spoke.', 'Minister Lavrow spoke.').ok).toBe(false);
    expect(checkMeaning('See https://a.gov/x.', 'See https://a.gov/y.').ok).toBe(false);
    expect(checkMeaning('He said “we will act now”.', 'He said “we will act”.').ok).toBe(false);
  });
  it('lets a duplicated fact pass (a hook repeating a number is not a new fact)', () => {
    expect(checkMeaning('We gave 500 grants.', '500 grants! We gave 500 grants.').ok).toBe(true);
  });
  it('lets the issuing institution become "we" while it is still named once', () => {
    const before = 'CDE funds research.\n\nAbout CDE\n\nCDE’s Technology Manager spoke.';
    const after = 'CDE funds research.\n\nAbout us\n\nOur Technology Manager spoke.';
    expect(checkMeaning(before, after).ok).toBe(false);
    expect(checkMeaning(before, after, { speakers: ['CDE'] }).ok).toBe(true);
  });
  it('looks names up in the wider text when given excerpts', () => {
    const r = checkMeaning('CDE funds it.', 'We fund it.', {
      names: { before: 'About CDE. CDE funds it.', after: 'About CDE. We fund it.' },
    });
    expect(r.ok).toBe(true);
  });
});
