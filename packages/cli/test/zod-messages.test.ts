import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { zodErrorMap } from '../src/zod-messages.js';

const Schema = z
  .object({
    grade: z.number().min(0),
    mode: z.enum(['warn', 'block']),
    name: z.string().min(1),
    list: z.array(z.string()).max(1),
  })
  .strict();
const bad = { grade: 'ten', mode: 'strict', name: '', list: ['a', 'b'] };

function messages(locale: 'en' | 'ru', data: unknown = bad): string[] {
  const r = Schema.safeParse(data, { errorMap: zodErrorMap(locale) });
  if (r.success) throw new Error('expected a failure');
  return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('zodErrorMap', () => {
  it('says in English what was expected', () => {
    expect(messages('en')).toEqual([
      'grade: expected number, received string',
      'mode: expected one of "warn" | "block"',
      'name: expected at least 1 character',
      'list: expected at most 1 item',
    ]);
    expect(messages('en', { ...bad, grade: -1 })[0]).toBe('grade: expected a number >= 0');
  });

  it('says it in Russian, with no English word left', () => {
    const ru = messages('ru');
    expect(ru[0]).toBe('grade: ожидалось: число; получено: строка');
    expect(ru[1]).toBe('mode: ожидалось одно из значений "warn" | "block"');
    for (const line of ru) expect(line.replace(/^\w+: /, '').replace(/"[^"]*"/g, '')).not.toMatch(/[a-z]{2,}/i);
  });

  it('keeps a message the schema sets itself', () => {
    const S = z.object({ id: z.string().regex(/^[a-z]+$/, 'must be kebab-case') });
    const r = S.safeParse({ id: 'A' }, { errorMap: zodErrorMap('ru') });
    expect(r.success ? '' : r.error.issues[0]!.message).toBe('must be kebab-case');
  });
});
