import { analyze } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';
import { rewrite } from '../src/rewrite.js';
import { rural } from '../src/rural.js';
import { youth } from '../src/youth.js';

// kremlin.ru, 2025 (pool: kremlin_ru_news_2024-12_2025-05.jsonl, http://kremlin.ru/events/president/news/76325).
// «сообщить» takes the dative: «проинформировал Председателя» → «сообщил Председателя» is wrong
// («сообщил Председателю»), so the substitution is a suggestion for the author, never a safe edit.
const LEAD =
  'Владимир Путин проинформировал Председателя КНР о состоявшихся в последнее время российско-американских контактах.';

describe('«проинформировал» → «сообщил» (the verb’s government changes)', () => {
  for (const audience of [youth, rural]) {
    it(`${audience.id}: proposed, but not safe, and a safe rewrite leaves the sentence as it is`, () => {
      const ps = audience.propose(analyze(LEAD, { language: 'ru' }), LEAD);
      const sub = ps.find((p) => p.original === 'проинформировал');
      expect(sub?.replacement).toBe('сообщил');
      expect(sub?.safe).toBe(false);
      const out = rewrite(LEAD, { audience, accept: 'safe', language: 'ru', passes: 2 }).text;
      expect(out).not.toContain('сообщил Председателя');
      expect(out).toContain('проинформировал Председателя КНР');
    });
  }

  it('no version of the release says «сообщил Председателя»', () => {
    const input = `${LEAD} Лидеры обменялись мнениями по актуальным международным вопросам.\n\nhttp://kremlin.ru/events/president/news/76325`;
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
      ['rural', 'sms'],
      ['rural', 'radio'],
    ] as const) {
      const v = compose(input, { audience, channel });
      expect(v.text).not.toMatch(/сообщил\p{L}* Председателя/u);
      expect(v.text).toContain('Председателя КНР');
    }
  });
});
