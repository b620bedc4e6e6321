import { analyze, TargetsSchema } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { audiences, foreign, glossary, rewrite, rural, thread, youth, AudienceInputError } from '../src/index.js';
import { youth as youthSub } from '../src/youth.js';

const TEXT = [
  'The Department of Transport is pleased to announce that it will conduct a review of rural bus services on March 12, 2026.',
  '',
  'The Department of Transport made a decision to provide funding for 1,500,000 journeys, and the review will look at fares, routes and timetables in every county.',
  '',
  'Citizens are advised to send their views by email to buses@example.gov.uk or by phone on 0300 123 4567. The Department of Transport will publish the results in the summer.',
].join('\n');

describe('adapters', () => {
  it('the subpath exports the same adapter', () => {
    expect(youthSub).toBe(youth);
    expect(Object.keys(audiences)).toEqual(['youth', 'rural', 'foreign']);
  });
  it('propose() reads the input from the analysis in memory, or needs it after a JSON round trip', () => {
    const report = analyze(TEXT);
    const ps = youth.propose(report);
    expect(ps.length).toBeGreaterThan(0);
    for (const p of ps) {
      expect(TEXT.slice(p.start, p.end)).toBe(p.original);
      expect(p.id).toMatch(/^youth\./);
      expect(p.rationale.length).toBeGreaterThan(0);
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
    }
    const copy = JSON.parse(JSON.stringify(report));
    expect(() => youth.propose(copy)).toThrow(AudienceInputError);
    expect(() => youth.propose(copy)).toThrow(/needs the input text/);
    expect(youth.propose(copy, TEXT).map((p) => p.id)).toEqual(ps.map((p) => p.id));
    expect(() => youth.propose(copy, TEXT + ' more')).toThrow(/characters long/);
  });
  it('the README example does what the README says', () => {
    const text =
      'Citizens are advised to carry their passports. The Ministry made a decision to extend the scheme, and the new rules will apply from 12 March 2026.';
    expect(rewrite(text, { audience: youth, accept: 'safe' }).text).toBe(
      'You should carry your passports. The Ministry decided to extend the scheme, and the new rules will apply from 12 March 2026.',
    );
  });
  it('rationales are localised', () => {
    const report = analyze(TEXT, { locale: 'ru' });
    const ps = rural.propose(report);
    expect(ps.some((p) => /[а-я]/.test(p.rationale))).toBe(true);
    expect(rural.propose(report, TEXT, { locale: 'en' }).every((p) => !/[а-я]/.test(p.rationale))).toBe(true);
  });
  it('each adapter declares valid targets with sources and evaluates with core', () => {
    for (const a of Object.values(audiences)) {
      expect(() => TargetsSchema.parse(a.targets)).not.toThrow();
      for (const k of Object.keys(a.targets)) expect(a.targetSources[k as keyof typeof a.targets]?.source).toBeTruthy();
      const r = a.evaluate(analyze(TEXT));
      expect(r.results.map((x) => x.id).sort()).toEqual(Object.keys(a.targets).sort());
    }
    expect(foreign.targets.maxEflaw).toBe(25);
  });
});

describe('checklists', () => {
  for (const a of Object.values(audiences)) {
    it(`${a.id}: ≥ 12 items with sources, ≥ 40% automatic with evidence, English and Russian labels`, () => {
      const report = analyze(TEXT);
      const items = a.checklist(report);
      expect(items.length).toBeGreaterThanOrEqual(12);
      for (const i of items) {
        expect(i.source.length).toBeGreaterThan(3);
        expect(i.label.length).toBeGreaterThan(0);
        expect(['pass', 'fail', 'manual']).toContain(i.status);
        for (const e of i.evidence) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
      }
      expect(items.filter((i) => i.automatic).length / items.length).toBeGreaterThanOrEqual(0.4);
      expect(items.some((i) => i.automatic && i.evidence.length > 0)).toBe(true);
      const ru = a.checklist(report, TEXT, { locale: 'ru' });
      expect(ru.map((i) => i.id)).toEqual(items.map((i) => i.id));
      expect(ru.every((i) => /[а-яё]/i.test(i.label))).toBe(true);
    });
  }
  it('covers the cultural items the issue lists', () => {
    const ids = new Set(Object.values(audiences).flatMap((a) => a.checklist(analyze(TEXT)).map((i) => i.id)));
    for (const id of [
      'address-form',
      'humour-irony',
      'idioms',
      'dates-numbers-units',
      'time-zones',
      'name-transliteration',
      'religious-political-symbols',
      'colours-emoji',
      'holidays',
      'platform-norms',
      'alt-text',
      'offline-channels',
      'local-relevance',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
  it('rural: a phone number passes "offline channels"; a link alone fails it', () => {
    const item = (t: string) => rural.checklist(analyze(t)).find((i) => i.id === 'offline-channels')!;
    expect(item(TEXT).status).toBe('pass');
    expect(item('Read more at https://example.gov.uk/buses about the new rural bus services.').status).toBe('fail');
  });
});

describe('rewrite', () => {
  it('applies safe proposals, keeps the meaning, and reports before/after and a diff', () => {
    const r = rewrite(TEXT, { audience: youth, accept: 'safe' });
    expect(r.applied.length).toBeGreaterThan(0);
    expect(r.lock.ok).toBe(true);
    expect(r.hygiene.ok).toBe(true);
    expect(r.text).not.toBe(TEXT);
    expect(r.before.length).toBe(TEXT.length);
    expect(r.after.length).toBe(r.text.length);
    expect(r.text).toContain('You should send your views');
    // The hunks rebuild the rewrite from the input.
    let rebuilt = '';
    let at = 0;
    for (const h of r.diff) {
      rebuilt += TEXT.slice(at, h.before.start) + h.after.text;
      at = h.before.end;
    }
    rebuilt += TEXT.slice(at);
    expect(rebuilt).toBe(r.text);
    expect(r.unified).toMatch(/^--- input\n\+\+\+ rewrite \(youth\)\n@@ /);
  });
  it('accept: ids applies exactly those proposals, in one round', () => {
    const report = analyze(TEXT);
    const ps = rural.propose(report);
    const pick = ps
      .filter((p) => p.kind === 'hidden-verb' || p.kind === 'substitution')
      .filter((p) => p.safe)
      .map((p) => p.id);
    expect(pick.length).toBeGreaterThan(0);
    const r = rewrite(TEXT, { audience: rural, accept: pick });
    expect(r.applied.map((p) => p.id)).toEqual(pick);
  });
  it('refuses a proposal the meaning lock rejects, even when accepted by id', () => {
    const fake = {
      ...youth,
      propose: () => [
        {
          id: 'x',
          kind: 'substitution' as const,
          start: TEXT.indexOf('1,500,000'),
          end: TEXT.indexOf('1,500,000') + 9,
          original: '1,500,000',
          replacement: '1,600,000',
          rationale: '',
          confidence: 1,
          safe: true,
          findings: [],
        },
      ],
    };
    const r = rewrite(TEXT, { audience: fake, accept: ['x'] });
    expect(r.text).toBe(TEXT);
    expect(r.rejected[0]?.reason).toBe('meaning-lock');
  });
});

describe('markup', () => {
  it('Markdown: edits never touch markup, offsets point into the original', () => {
    const md =
      '# News\n\nCitizens are advised to read [the guidance](https://example.gov.uk/g) and **do not** travel. The agency will conduct an investigation into the matter.';
    const report = analyze(md, { format: 'markdown' });
    for (const p of youth.propose(report)) {
      expect(md.slice(p.start, p.end)).toBe(p.original);
      if (p.start === p.end) continue; // placeholders (hook, what it means) are never safe: a person writes them
      expect(/[[\]()*#]/.test(p.original) || /[[\]()*#]/.test(p.replacement)).toBe(false);
    }
    const r = rewrite(md, { audience: youth, format: 'markdown' });
    expect(r.text).toContain('[the guidance](https://example.gov.uk/g)');
    expect(r.text).toContain('**');
    expect(r.lock.ok).toBe(true);
  });
});

describe('youth thread and foreign glossary', () => {
  it('thread: posts of ≤ 280 characters keeping every fact of the lead', () => {
    const t = thread(analyze(TEXT));
    expect(t.posts.length).toBeGreaterThan(0);
    for (const p of t.posts) expect([...p].length).toBeLessThanOrEqual(280);
    expect(t.lock.ok).toBe(true);
  });
  it('glossary: acronyms with the text’s own definitions, names and organisations', () => {
    const text =
      'The World Health Organization (WHO) met Secretary of State Antony Blinken in Geneva. WHO staff attended.';
    const g = glossary(analyze(text));
    expect(g.find((e) => e.term === 'WHO')?.definition).toBe('World Health Organization');
    expect(g.some((e) => e.term.includes('Antony Blinken'))).toBe(true);
  });
});
