import { analyze } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { foreign, rural, rewrite, youth, type Audience, type Proposal } from '../src/index.js';

function passives(text: string, audience: Audience = rural): Proposal[] {
  return audience.propose(analyze(text, { language: 'ru' }), text).filter((p) => p.kind === 'passive-to-active');
}
const pairs = (text: string, audience?: Audience): [string, string, boolean][] =>
  passives(text, audience).map((p) => [p.original, p.replacement, p.safe]);

describe('Russian passive → active', () => {
  it('short participle + an agent in the instrumental: the verb agrees with the agent', () => {
    expect(pairs('Стратегия утверждена Правительством в декабре.')).toEqual([
      ['Стратегия утверждена Правительством', 'Стратегию утвердило Правительство', false],
    ]);
    expect(pairs('Как сообщалось, он был принят Конгрессом в прошлом году.')).toEqual([
      ['он был принят Конгрессом', 'его принял Конгресс', false],
    ]);
    expect(pairs('Указ подписан Президентом.')).toEqual([['подписан Президентом', 'подписал Президент', false]]);
    expect(pairs('Она утверждена Правительством в декабре.')).toEqual([
      ['Она утверждена Правительством', 'Её утвердило Правительство', false],
    ]);
    expect(pairs('Соглашение было подписано сторонами в Москве.')).toEqual([
      ['было подписано сторонами', 'подписали стороны', true],
    ]);
    expect(pairs('Программа одобрена министерством.')).toEqual([
      ['Программа одобрена министерством', 'Программу одобрило министерство', true],
    ]);
    expect(pairs('Доклад был подготовлен комиссией.')).toEqual([
      ['был подготовлен комиссией', 'подготовила комиссия', true],
    ]);
    expect(pairs('Мероприятие проведено министерством.')).toEqual([
      ['проведено министерством', 'провело министерство', true],
    ]);
  });
  it('the -ся passive of an imperfective verb', () => {
    expect(pairs('Сейчас законопроект рассматривается Государственной Думой.')).toEqual([
      ['рассматривается Государственной Думой', 'рассматривает Государственная Дума', false],
    ]);
    expect(pairs('Вопрос рассматривается судом.')).toEqual([['рассматривается судом', 'рассматривает суд', true]]);
    expect(pairs('Проекты обсуждаются министерством.')).toEqual([
      ['обсуждаются министерством', 'обсуждает министерство', true],
    ]);
    expect(pairs('Программа финансировалась государством.')).toEqual([
      ['Программа финансировалась государством', 'Программу финансировало государство', true],
    ]);
  });
  it('relative pronouns and subordinate clauses', () => {
    expect(pairs('Программа, которая была одобрена министерством, работает.')).toEqual([
      ['которая была одобрена министерством', 'которую одобрило министерство', true],
    ]);
    expect(pairs('Все решения, которые приняты комиссией, выполнены.')).toEqual([
      ['приняты комиссией', 'приняла комиссия', true],
    ]);
    expect(pairs('Есть документ о том, что задолженность подтверждена судом.')).toEqual([
      ['подтверждена судом', 'подтвердил суд', true],
    ]);
    // What "которые" refers to is not known to be inanimate: none.
    expect(pairs('По перечню, которые утверждены Правительством.')).toEqual([]);
  });
  it('a name as the agent: "[Имя] [Фамилия]", also in apposition; never safe (the lock compares names by surface)', () => {
    expect(pairs('Закон подписан Владимиром Путиным.')).toEqual([
      ['подписан Владимиром Путиным', 'подписал Владимир Путин', false],
    ]);
    expect(pairs('Указ о мерах поддержки подписан Президентом России Владимиром Путиным.')).toEqual([
      ['подписан Президентом России Владимиром Путиным', 'подписал Президент России Владимир Путин', false],
    ]);
    expect(pairs('Указ подписан Председателем Совета Федерации Валентиной Матвиенко.')).toEqual([]);
  });
  it('none: unknown participle, no agent, a predicate instrumental, a person who may be the patient', () => {
    for (const t of [
      'Договор ратифицируется Президентом.', // unknown verb form
      'Стратегия утверждена.',
      'Стратегия утверждена в декабре Правительством.',
      'Иванов назначен Послом.',
      'Он назначен Президентом.',
      '2025 год объявлен Годом защитника Отечества.',
      'Он утверждён министром.',
      'Посол был принят Президентом.', // animate masculine patient: accusative unknown
      'Участники были награждены Президентом.',
      'Стратегия развития утверждена Правительством.', // feminine patient of two words
      'Указ подписан Президентом и Председателем Правительства.',
      'Указ будет подписан Президентом.',
      'Указ может быть подписан Президентом.',
      'Закон подписан Путиным.',
      'Он сказал: «Указ подписан Президентом».',
    ])
      expect(pairs(t), t).toEqual([]);
  });
  it('all three audiences propose it, and a safe one passes the meaning lock and the hygiene check', () => {
    const t = 'Программа одобрена министерством в марте.';
    for (const a of [youth, rural, foreign]) expect(pairs(t, a), a.id).toHaveLength(1);
    const r = rewrite(t, { audience: rural, accept: 'safe', language: 'ru' });
    expect(r.text).toContain('Программу одобрило министерство в марте.');
    expect(r.lock.ok).toBe(true);
    expect(r.hygiene.ok).toBe(true);
  });
});
