/** The playground's pure parts, in Node: the URL-hash codec, the highlight layout, sample headers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, fromBase64url, base64url, sanitise, MAX_HASH, type UrlState } from '../src/hash.js';
import { layout } from '../src/segments.js';
import { makeVersion } from '../src/versions.js';
import { ROOT } from './harness.js';

const SAMPLES = join(ROOT, 'src', 'samples');
const read = (f: string) => readFileSync(join(SAMPLES, f), 'utf8');
const body = (raw: string) => raw.slice(raw.indexOf('\n\n') + 2);

const state = (text: string): UrlState => ({
  text,
  format: 'markdown',
  language: 'ru',
  ui: 'ru',
  audience: 'youth',
  accepted: { youth: ['youth.contraction.3-9'] },
  rejected: { general: ['general.fix.1-2'] },
  ticked: { youth: ['humour-irony'] },
  sample: 'ru-kremlin-2025-03-18',
});

describe('the page catalogues', () => {
  const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  const catalogue = (l: string) =>
    JSON.parse(readFileSync(join(ROOT, 'src', 'locales', `${l}.json`), 'utf8')) as Record<string, unknown>;

  it("Russian has every key of English, and a Russian message for each of core's refusals", () => {
    const en = catalogue('en');
    const ru = catalogue('ru');
    // Plural forms differ by language (English one/other, Russian one/few/many): compared without them.
    const base = (l: Record<string, unknown>) => [
      ...new Set(keys(l).map((k) => k.replace(/_(?:zero|one|two|few|many|other)$/, ''))),
    ];
    expect(base(ru).sort()).toEqual(base(en).sort());
    const codes = ru['errorCode'] as Record<string, string>;
    for (const code of ['too-large', 'binary', 'time-budget']) expect(codes[code], code).toMatch(/[а-яё]{3}/i);
  });
});

describe('versions in the page language', () => {
  it("the notes for the editor speak the page's language, whatever the release's", () => {
    const text =
      'The Ministry of Health will open three new clinics in the region on 12 March 2026. The clinics will treat 4,000 patients a year.';
    const req = {
      type: 'versions',
      id: 1,
      text,
      format: 'text',
      language: 'auto',
      audience: 'rural',
      channel: 'notice',
    } as const;
    const ru = makeVersion({ ...req, locale: 'ru' });
    expect(ru.language).toBe('en');
    expect(ru.notes.length).toBeGreaterThan(0);
    for (const n of ru.notes) expect(n).toMatch(/^[А-ЯЁ]/);
    const en = makeVersion({ ...req, locale: 'en' });
    for (const n of en.notes) expect(n).not.toMatch(/[а-яё]/i);
  });
});

describe('URL hash', () => {
  it('round-trips the state, compressed', async () => {
    const s = state(body(read('ru-kremlin-2025-03-18.txt')) + ' <img src=x onerror=alert(1)> \u{1F600} \u0000');
    const { hash, textDropped } = await encodeState(s);
    expect(textDropped).toBe(false);
    expect(hash).toMatch(/^z=[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(s.text.length);
    expect(await decodeState(`#${hash}`)).toEqual(s);
  });

  it('base64url survives every byte', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
    expect([...fromBase64url(base64url(bytes))]).toEqual([...bytes]);
  });

  it('keeps the settings but drops a text too long for a link', async () => {
    // Random letters do not compress: well over the limit.
    let seed = 1;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const text = Array.from({ length: MAX_HASH * 1.2 }, () => String.fromCharCode(0x430 + Math.floor(rnd() * 32))).join(
      '',
    );
    const { hash, textDropped } = await encodeState(state(text));
    expect(textDropped).toBe(true);
    expect(hash.length).toBeLessThanOrEqual(MAX_HASH);
    const back = await decodeState(hash);
    expect(back?.text).toBe('');
    expect(back?.audience).toBe('youth');
  });

  it('refuses what is not its own and sanitises what a hostile link carries', async () => {
    expect(await decodeState('#section-2')).toBeUndefined();
    expect(await decodeState('#z=!!!')).toBeUndefined();
    expect(await decodeState('#z=AAAA')).toBeUndefined();
    expect(sanitise({ v: 2, t: 'x' })).toBeUndefined();
    const s = sanitise({
      v: 1,
      t: 'x',
      f: 'html',
      l: 'xx',
      u: 'de',
      a: 'all',
      ac: { youth: [1, 'ok', { a: 1 }], evil: ['x'] },
      s: '../../etc',
    });
    expect(s).toEqual({ text: 'x', accepted: { youth: ['ok'] }, rejected: {}, ticked: {}, sample: null });
  });
});

describe('highlight layout', () => {
  for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) {
    it(`covers ${file} exactly once, marks inside sentences' text, each mark focusable once`, () => {
      const text = body(read(file));
      const report = analyze(text, { format: 'text' });
      const lay = layout(text, report.sentences, report.findings);
      const pieces = lay.runs.flatMap((r) => r.pieces);
      // The pieces tile the text: rendering them as text nodes reproduces the input.
      expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
      for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
      // Marks do not overlap; each has exactly one first piece.
      for (let i = 1; i < lay.marks.length; i++)
        expect(lay.marks[i]!.start).toBeGreaterThanOrEqual(lay.marks[i - 1]!.end);
      lay.marks.forEach((_, m) => expect(pieces.filter((p) => p.mark === m && p.first)).toHaveLength(1));
      // Every finding is shown: on a mark, or on its sentence (sentence-level rules).
      const shown = new Set([...lay.marks.flatMap((m) => m.findings), ...[...lay.sentenceFindings.values()].flat()]);
      expect(report.findings.filter((f) => f.end > f.start && !shown.has(f))).toEqual([]);
      // A run of a sentence stays inside it.
      for (const run of lay.runs.filter((r) => r.sentence >= 0)) {
        const s = report.sentences[run.sentence]!;
        expect(run.pieces[0]!.start).toBeGreaterThanOrEqual(s.start);
        expect(run.pieces[run.pieces.length - 1]!.end).toBeLessThanOrEqual(s.end);
      }
    });
  }
});

describe('samples', () => {
  it('keep their provenance and licence header', () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
    expect(files.filter((f) => f.startsWith('en-')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => f.startsWith('ru-')).length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const head = read(f).split('\n\n')[0]!;
      expect(head, f).toMatch(/^Source: https?:\/\//m);
      expect(head, f).toMatch(/^Licence: (Public domain|CC BY 4\.0|Open Government Licence v3\.0)/m);
      expect(head, f).toMatch(/^Title: /m);
    }
    // The long sample is long enough to measure a 2,000-word release.
    expect(analyze(body(read('en-state-dept-thailand-2022.txt'))).counts.words).toBeGreaterThan(2000);
  });
});
