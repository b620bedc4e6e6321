/**
 * Russian lists in a version (compose/ru-lists.ts), on the kremlin.ru releases in the fixtures:
 * a list of who came along is never the lead (ru_kremlin_12), and an award list too long for
 * any version gives its lead-in and the names (ru_kremlin_06, which had no version at all).
 */
import { loadRussianMorphology } from '@attache/core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, releaseBody } from '../../../scripts/eval/corpus.js';
import { compose } from '../src/compose/index.js';
import { ruListLead, ruPeopleList, ruPeopleNamed } from '../src/compose/ru-lists.js';

beforeAll(async () => {
  await loadRussianMorphology();
});

const release = (id: string): string => releaseBody(readFileSync(fixturePath('releases', 'ru', `${id}.txt`), 'utf8'));

describe('Russian lists of people', () => {
  it('counts the people a sentence names, not its capitalised titles (ru_kremlin_12, _05)', () => {
    const escort =
      'Президента сопровождали: Первый заместитель Председателя Правительства Российской Федерации, председатель попечительского совета МГТУ им. Н.Э.Баумана Денис Мантуров, заместитель Руководителя Администрации Президента Максим Орешкин, помощник Президента Андрей Фурсенко, Министр науки и высшего образования Валерий Фальков.';
    expect(ruPeopleNamed(escort)).toBe(4);
    expect(ruPeopleList(escort)).toBe(true);
    const two = 'Владимир Путин и Дональд Трамп затронули и другие вопросы международной повестки.';
    expect(ruPeopleNamed(two)).toBe(2);
    expect(ruPeopleList(two)).toBe(false);
  });

  it('an award list gives its lead-in and the names in the case it governs (ru_kremlin_06)', () => {
    const first = release('ru_kremlin_06').split(/(?<=\.)\s+(?=Премии)/u)[0]!;
    expect(ruListLead(first)).toBe(
      'Премии Президента для молодых деятелей культуры 2024 года присуждены: Капустину Алексею Михайловичу, Никифорчину Ивану Михайловичу и Шакировой Ренате Мухаметовне.',
    );
    // more than three: the first three and «другим» in their case
    const four = `${first.replace(/\.$/, '')}; Иванову Петру Сергеевичу, актёру, – за вклад в развитие театра.`;
    expect(ruListLead(four)).toMatch(/Шакировой Ренате Мухаметовне и другим\.$/u);
    // no list after the colon: nothing
    expect(ruListLead('Президент подписал указ о премиях: они присуждаются ежегодно за вклад в культуру.')).toBeNull();
  });

  it('ru_kremlin_06 has a version on every channel, each passing the verifier', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'sms'],
      ['rural', 'notice'],
      ['foreign', 'plain'],
    ] as const) {
      const v = compose(release('ru_kremlin_06'), { audience, channel });
      expect(v.text).toContain('Капустину Алексею Михайловичу');
      expect(v.verification.ok).toBe(true);
    }
  });

  it('ru_kremlin_12: the youth thread opens with the visit, not with who came along', () => {
    const v = compose(release('ru_kremlin_12'), { audience: 'youth', channel: 'x' });
    expect(v.parts[0]).not.toMatch(/^Президента сопровождали/u);
    expect(v.text).not.toContain('Максим Орешкин');
    expect(v.verification.ok).toBe(true);
  });
});

describe('a list that is the news', () => {
  it('names four people, three of them receiving awards: no list of participants', () => {
    const awards =
      'Владимир Путин вручил государственные награды Российской Федерации Ивану Петрову, Анне Сидоровой и Сергею Кузнецову.';
    expect(ruPeopleNamed(awards)).toBe(4);
    expect(ruPeopleList(awards)).toBe(false);
  });
});
