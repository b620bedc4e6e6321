/**
 * Inline lists → a lead-in line and bullets (src/proposers/bullet-list.ts), after the GOV.UK style
 * guide's "Bullet points and numbered lists". The sentences are written for the test in the
 * manner of the releases in ../shared/eval/press-releases/en.
 */
import { analyze, analyzeDetailed } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { foreign, rewrite, rural, youth, type Audience } from '../src/index.js';

const lists = (text: string, audience: Audience = rural, format?: 'markdown' | 'html') =>
  audience
    .propose(analyze(text, { language: 'en', ...(format ? { format } : {}) }), text)
    .filter((p) => p.kind === 'bullet-list');

describe('bullet lists', () => {
  it('items opening with -ing forms, after a preposition', () => {
    const text =
      'The ministry values its long partnership with the northern regions in building new roads, training local teachers, and supporting small farms. We thank every partner.';
    const r = rewrite(text, { audience: rural, accept: 'safe', language: 'en' });
    expect(r.text).toBe(
      'The ministry values its long partnership with the northern regions in:\n\n- building new roads\n- training local teachers\n- supporting small farms\n\nWe thank every partner.',
    );
    expect(r.lock.ok).toBe(true);
    expect(r.hygiene.defects).toEqual([]);
    // The bullets are list items for the analysis: four short units instead of one long sentence.
    expect(r.after.sentences.map((s) => s.words)).toEqual([11, 3, 3, 3, 4]);
  });

  it('items opening with the same article, the first after a verb or a preposition other than "of"', () => {
    const [p] = lists(
      'In his report the governor spoke about the construction of schools and clinics, the activities of the youth centre, and the repair of local roads.',
    );
    expect(p?.original).toBe(
      ' the construction of schools and clinics, the activities of the youth centre, and the repair of local roads.',
    );
    expect(p?.replacement).toBe(
      ':\n\n- the construction of schools and clinics\n- the activities of the youth centre\n- the repair of local roads',
    );
    expect(p?.safe).toBe(true);
  });

  it('verbs after "to", told apart from nouns by core’s tagger', () => {
    const [p] = lists(
      'The President told his guest about the steps taken to restore transport links, launch the border talks, and start work on a new treaty.',
    );
    expect(p?.replacement).toBe(
      ':\n\n- restore transport links\n- launch the border talks\n- start work on a new treaty',
    );
    // "to achieve democracy, peace, development, and respect …": nouns after the first verb, not a verb list.
    expect(
      lists(
        'We stand with the people of the country in their aspirations to achieve democracy, peace, development, and respect for human rights.',
      ),
    ).toEqual([]);
  });

  it('leaves alone: "or" lists, a different first article, a tail after the list, brackets, short lists', () => {
    for (const text of [
      'The old tanker could leak oil into the sea at any time, damaging the fishing grounds, closing the ports, or poisoning the beaches nearby.',
      'The focus will be on the recovery from a hard year as well as the pandemic through renewed commitments, more nimble responses, and more sharing of the costs.',
      'The ministry discussed the construction of schools, the repair of roads, and the opening of clinics with the regional governors on Monday.',
      'The panel will advise on standards covering the content of meals, the eating habits of staff (and patients), and the sourcing of local food.',
      'On his visit to the region the Secretary met the minister, the mayor, and the governor for a long and friendly talk.',
    ])
      expect(lists(text), text).toEqual([]);
  });

  it('works in Markdown, where the bullets become list items; not in HTML, where it would need markup', () => {
    const md =
      'The ministry values its long partnership with the northern regions in building new roads, training local teachers, and supporting small farms.\n';
    const r = rewrite(md, { audience: youth, accept: 'safe', language: 'en', format: 'markdown' });
    expect(r.text).toContain('in:\n\n- building new roads\n- training local teachers\n- supporting small farms');
    const after = analyzeDetailed(r.text, { language: 'en', format: 'markdown' });
    expect(after.sentences.filter((s) => s.block === 'list-item').length).toBe(3);
    const html = `<p>${md.trim()}</p>`;
    expect(lists(html, rural, 'html')).toEqual([]);
  });

  it('English only; every audience offers it', () => {
    expect(
      lists(
        'Правительство поддерживает регионы в строительстве дорог, обучении учителей, и поддержке малых хозяйств по всей стране.',
      ),
    ).toEqual([]);
    const text =
      'The ministry values its long partnership with the northern regions in building new roads, training local teachers, and supporting small farms.';
    for (const a of [youth, rural, foreign]) expect(lists(text, a).length, a.id).toBe(1);
  });

  it('the youth thread keeps the bullets apart, each on its own line', () => {
    const text =
      'The ministry values its long partnership with the northern regions in building new roads, training local teachers, and supporting small farms. We thank every partner.';
    const t = youth.thread(analyze(text, { language: 'en' }), text);
    expect(t.posts).toEqual([
      'The ministry values its long partnership with the northern regions in:\n• building new roads\n• training local teachers\n• supporting small farms\nWe thank every partner.',
    ]);
    expect(t.lock.ok).toBe(true);
  });
});
