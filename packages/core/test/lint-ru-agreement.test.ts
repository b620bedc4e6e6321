/**
 * Russian replacements agree with their context: with the morphology loaded, every suggestion
 * and fix of the list rules takes the case, number, gender, person and tense of the words it
 * replaces; one that cannot be made to agree is dropped (the message then names the dictionary
 * form). Without the morphology only replacements that never change form are offered. The corpus
 * test checks every suggestion on the 16 Russian releases and the 200 kremlin.ru pool items
 * against the original's readings, independently of `agree`.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadRussianMorphology, type RussianMorphology } from '../src/index.js';
import { EVAL_SKIP_NOTE, hasEval, readJsonl, releases } from '../../../scripts/eval/corpus.js';

const LIST_RULES = new Set(['plain-words', 'hidden-verbs']);
const ruFindings = (t: string) => analyze(t, { language: 'ru' }).findings.filter((f) => LIST_RULES.has(f.ruleId));

describe('without the morphology (not loaded yet)', () => {
  it('offers only replacements that never change form', () => {
    const fs = ruFindings('Мы говорили о детальной проработке вопросов. Работа велась в целях обеспечения порядка.');
    const ev = fs.find((f) => f.actual === 'проработке')!;
    expect(ev.suggestions).toEqual([]);
    expect(ev.fix).toBeUndefined();
    expect(ev.messageId).toBe('replaceForm');
    expect(ev.message).toContain('подготовка');
    const goal = fs.find((f) => f.actual === 'в целях обеспечения')!;
    expect(goal.suggestions).toEqual(['чтобы обеспечить']);
  });
});

describe('with the morphology', () => {
  let ru: RussianMorphology;
  beforeAll(async () => {
    const dir = new URL('../node_modules/az/dicts/', import.meta.url);
    ru = await loadRussianMorphology(async (file) => readFileSync(new URL(file, dir)));
  });

  const first = (t: string, actual: string) => ruFindings(t).find((f) => f.actual === actual);

  it('inflects suggestions and fixes into the form of the text', () => {
    expect(first('Мы говорили о проработках вопросов.', 'проработках')?.suggestions[0]).toBe('подготовках');
    expect(first('Мы провели проверку документов.', 'провели проверку')?.suggestions).toEqual(['проверили']);
    expect(first('Реализуются проекты в сфере образования.', 'Реализуются')?.suggestions[0]).toBe('Выполняются');
    expect(first('Мы осуществляем контроль за стройкой.', 'осуществляем контроль')?.suggestions[0]).toBe(
      'контролируем',
    );
  });

  it('puts an infinitive into the tense of a finite verb of the other aspect, and keeps word classes', () => {
    expect(first('В совещании приняли участие министры.', 'приняли участие')?.suggestions).toEqual(['участвовали']);
    expect(first('Губернатор принял участие в форуме.', 'принял участие')?.suggestions).toEqual(['участвовал']);
    // "есть" would come back as the verb "to eat" ("едящиеся"): the entry offers "который есть".
    expect(first('Следует развивать имеющиеся механизмы.', 'имеющиеся')?.suggestions).toEqual(['которые есть']);
    // A participle replacement does not come back as a verb.
    const f = ruFindings('Отношения будут и далее динамично развиваться.').find(
      (x) => x.actual === 'динамично развиваться',
    );
    expect(f?.suggestions ?? []).toEqual([]);
  });

  it('drops a replacement of another gender where the words around it agree with the original', () => {
    const f = first('Эта проработка прошла успешно.', 'проработка')!;
    expect(f.suggestions).toContain('подготовка');
    expect(f.suggestions).not.toContain('изучение');
  });

  /** The readings of the first noun or verb of a phrase. */
  const head = (phrase: string) => {
    for (const w of phrase.split(/[\s,]+/)) {
      const ps = ru.parse(w).filter((p) => p.pos === 'NOUN' || p.pos === 'VERB' || p.pos === 'INFN');
      if (ps.length) return ps;
    }
    return [];
  };

  it.skipIf(!hasEval())(
    `every suggestion on the 16 releases and the kremlin.ru pool agrees with the text it replaces ${hasEval() ? '' : EVAL_SKIP_NOTE}`,
    // 216 texts: 83 s on a 2-CPU machine at load 24, past the 60 s default (a limit, not a figure).
    { timeout: 300_000 },
    () => {
      const texts = [
        ...releases('ru').map((r) => r.text),
        ...readJsonl<{ text_clean: string }>('press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl').map(
          (r) => r.text_clean,
        ),
      ];
      const problems: string[] = [];
      let checked = 0;
      for (const t of texts)
        for (const f of ruFindings(t)) {
          // A prepositional group replaced by another construction ("в целях укрепления" →
          // "чтобы укрепить", "по итогам" → "после") has no head to agree with.
          if (ru.parse(f.actual.split(/\s+/)[0]!)[0]?.pos === 'PREP') continue;
          const o = head(f.actual);
          if (o.length === 0) continue;
          for (const s of [...f.suggestions, ...(f.fix ? [f.fix.text] : [])]) {
            const r = head(s);
            if (r.length === 0) continue;
            checked++;
            const ok = o.some((a) =>
              r.some((b) => {
                if (a.pos === 'NOUN' && b.pos === 'NOUN') return a.case === b.case && a.number === b.number;
                if (a.pos === 'VERB' && b.pos === 'VERB')
                  return (
                    a.tense === b.tense &&
                    a.number === b.number &&
                    (a.tense === 'past' ? a.number === 'plur' || a.gender === b.gender : a.person === b.person)
                  );
                return a.pos === b.pos;
              }),
            );
            if (!ok) problems.push(`«${f.actual}» → «${s}»`);
          }
        }
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(50);
    },
  );
});
