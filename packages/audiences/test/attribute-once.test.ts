/**
 * A speaker attributed once in a row (compose/attribute-once.ts): lines of a version that follow
 * each other and are the same speaker's name the speaker in the first line only, and the verifier
 * still passes the quotation as its speaker's. The turns are sentences of kremlin.ru's
 * «Переговоры с Президентом Монголии» (pool kremlin_ru_news, news/76866) and a State Department
 * transcript (pool us_state_department, Secretary Blinken before his meeting with NPT non-nuclear
 * states parties).
 */
import { loadRussianMorphology } from '@attache/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { attributeOnce, attributionOf } from '../src/compose/attribute-once.js';
import { ruReportSpeech } from '../src/compose/ru-reported.js';
import { verify } from '../src/verify/index.js';

beforeAll(async () => {
  await loadRussianMorphology();
});

const SOURCE =
  'В Кремле состоялись переговоры Владимира Путина с Президентом Монголии Ухнаагийн Хурэлсухом. ' +
  'В.Путин: У наших стран есть героические страницы общей истории – в 2024 году исполнилось 85 лет нашей общей победе над японскими милитаристами на реке Халхин-Гол. ' +
  'В России ценят наше взаимодействие с Монголией в годы Великой Отечественной войны и в ходе разгрома Квантунской армии в 1945 году. ' +
  'Мы все это помним и ценим. ' +
  'Монголия – наш важный торговый партнёр. ' +
  'У.Хурэлсух: Мы все это помним и ценим.';
const ok = (t: string): boolean => verify(SOURCE, t, { language: 'ru' }).ok;

describe('a speaker named once in a row', () => {
  it('«В.Путин: …» twice in a row: the second quotation joins the first without its label', () => {
    const a =
      'В.Путин: «У наших стран есть героические страницы общей истории – в 2024 году исполнилось 85 лет нашей общей победе над японскими милитаристами на реке Халхин-Гол.»';
    const b =
      'В.Путин: «В России ценят наше взаимодействие с Монголией в годы Великой Отечественной войны и в ходе разгрома Квантунской армии в 1945 году.»';
    const out = attributeOnce([a, b], ok);
    expect(out).toHaveLength(1);
    expect(out[0]!.match(/В\.Путин:/gu)).toHaveLength(1);
    expect(out[0]).toBe(`${a} ${b.slice('В.Путин: '.length)}`);
    expect(ok(out[0]!)).toBe(true);
  });

  it('«— сказал Путин. … — добавил Путин.»: the second quotation stands bare after the first', () => {
    const lines = ruReportSpeech(
      ['В.Путин: «Мы все это помним и ценим.»', 'В.Путин: «Монголия – наш важный торговый партнёр.»'],
      SOURCE,
      ok,
    );
    expect(lines[1]).toMatch(/— добавил/u); // what ruReportSpeech gives: the speaker named twice
    const out = attributeOnce(lines, ok);
    expect(out).toEqual(['«Мы все это помним и ценим», — сказал Путин. «Монголия – наш важный торговый партнёр».']);
    expect(verify(SOURCE, out[0]!, { language: 'ru' }).ok).toBe(true);
  });

  it('another speaker in between, a line that does not fit a post, or a join the verifier refuses: both named', () => {
    const putin = 'В.Путин: «Мы все это помним и ценим.»';
    const other = 'У.Хурэлсух: «Мы все это помним и ценим.»';
    const trade = 'В.Путин: «Монголия – наш важный торговый партнёр.»';
    expect(attributeOnce([putin, other, trade], ok)).toEqual([putin, other, trade]);
    expect(attributeOnce([putin, trade], ok, (t) => t.length <= 60)).toEqual([putin, trade]);
    expect(attributeOnce([putin, trade], () => false)).toEqual([putin, trade]);
  });

  it('reads the speaker of a turn, a short quote and a reported statement by the surname', () => {
    expect(attributionOf('В.Путин: «Мы все это помним и ценим.»')?.speaker).toBe('Путин');
    expect(attributionOf('«Мы все это помним и ценим», — сказал Владимир Путин.')).toEqual({
      speaker: 'Путин',
      bare: '«Мы все это помним и ценим».',
    });
    expect(attributionOf('Путин сказал, что Монголия – важный торговый партнёр.')).toEqual({
      speaker: 'Путин',
      bare: null,
    });
    expect(attributionOf('Переговоры прошли в Кремле.')).toBeNull();
  });

  it('English: "Secretary Blinken: …" twice in a row is named once', () => {
    const source =
      'SECRETARY BLINKEN: Good morning, everyone. We, the United States, are committed to making sure that we have a successful Review Conference for the Non-Proliferation Treaty. It could not be more timely; it could not be more important. So for us, the next month is a priority.';
    const okEn = (t: string): boolean => verify(source, t, { language: 'en' }).ok;
    const out = attributeOnce(
      [
        'Secretary Blinken: “We, the United States, are committed to making sure that we have a successful Review Conference for the Non-Proliferation Treaty.”',
        'Secretary Blinken: “So for us, the next month is a priority.”',
      ],
      okEn,
    );
    expect(out).toEqual([
      'Secretary Blinken: “We, the United States, are committed to making sure that we have a successful Review Conference for the Non-Proliferation Treaty.” “So for us, the next month is a priority.”',
    ]);
  });
});
