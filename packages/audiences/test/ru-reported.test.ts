/**
 * Reported speech in a Russian version (compose/ru-reported.ts) and what the verifier checks of
 * it: a turn that is one clean declarative sentence becomes «X сказал(а), что …», the verb's
 * gender read from the speaker's name; any other short turn a short exact quote attributed to its
 * speaker; a reported statement given to another speaker is an attribution fault. The turns are
 * sentences of the kremlin.ru releases in ../shared/eval/press-releases/ru (ru_kremlin_07, _13,
 * _14) set in a transcript's shape, as kremlin.ru writes one («В.Путин: …»).
 */
import { loadRussianMorphology } from '@attache/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportable, ruGender, ruReported, ruReportSpeech, ruSpeakerName } from '../src/compose/ru-reported.js';
import { verify } from '../src/verify/index.js';

beforeAll(async () => {
  await loadRussianMorphology();
});

// ru_kremlin_13 names the Federation Council's chair; the turns are from _07 and _14
const SOURCE =
  'В совещании приняли участие Председатель Правительства Михаил Мишустин и Председатель Совета Федерации Валентина Матвиенко. ' +
  'В.Путин: Россия и США продолжат работу по достижению прочного и продолжительного мира. Российский народ никогда не забудет подвига корейских бойцов спецназа. ' +
  'В.Матвиенко: Мы всегда будем чтить корейских героев, отдавших жизни за Россию. ' +
  'М.Мишустин: Россия и США приветствуют добрые услуги третьих стран.';
const ok = (t: string): boolean => verify(SOURCE, t, { language: 'ru' }).ok;

describe('the speaker and the verb’s gender', () => {
  it('reads the gender from the first name the release writes, the dictionary, or the surname’s ending', () => {
    expect(ruGender('В.Путин', SOURCE)).toBe('masc');
    expect(ruGender('В.Матвиенко', SOURCE)).toBe('femn'); // «Валентина Матвиенко»
    expect(ruGender('Валентина Матвиенко', '')).toBe('femn');
    expect(ruGender('Матвиенко', '')).toBeNull(); // an indeclinable surname, no first name: not guessed
    expect(ruGender('Анна Кочерова', '')).toBe('femn');
    expect(ruGender('Голикова', '')).toBe('femn');
    expect(ruGender('Собянин', '')).toBe('masc');
  });

  it('names the speaker as the release does: first name and surname, else the surname', () => {
    expect(ruSpeakerName('В.Матвиенко', SOURCE)).toBe('Валентина Матвиенко');
    expect(ruSpeakerName('М.Мишустин', SOURCE)).toBe('Михаил Мишустин');
    expect(ruSpeakerName('В.Путин', SOURCE)).toBe('Путин');
  });
});

describe('which turn is reported', () => {
  it('one clean declarative sentence, no first or second person, nothing that points back', () => {
    expect(reportable('Россия и США продолжат работу по достижению прочного и продолжительного мира.')).toBe(true);
    expect(reportable('Мы всегда будем чтить корейских героев, отдавших жизни за Россию.')).toBe(false);
    expect(reportable('Он отметил высокий профессионализм специалистов МЧС России.')).toBe(false);
    expect(reportable('Уверен, что это будет и полезная, и интересная поездка.')).toBe(false);
    expect(reportable('Вячеслав Викторович, как работа идёт, хорошо?')).toBe(false);
    expect(reportable('И конечно, Россия и США продолжат работу.')).toBe(false);
  });

  it('«сказал, что» for a clean sentence; a short exact quote with «сказала» otherwise', () => {
    expect(
      ruReported(
        'В.Путин: «Россия и США продолжат работу по достижению прочного и продолжительного мира.»',
        SOURCE,
        ok,
      ),
    ).toBe('Путин сказал, что Россия и США продолжат работу по достижению прочного и продолжительного мира.');
    expect(
      ruReported('В.Матвиенко: «Мы всегда будем чтить корейских героев, отдавших жизни за Россию.»', SOURCE, ok),
    ).toBe('«Мы всегда будем чтить корейских героев, отдавших жизни за Россию», — сказала Валентина Матвиенко.');
  });

  it('keeps the capital of a name the release writes with one inside a sentence (kremlin.ru pool)', () => {
    const source =
      'Поздравление с Днём войск национальной гвардии\n\nВ.Путин: «Росгвардия вносит весомый вклад в защиту правопорядка. Подразделения современной Росгвардии чётко выполняют свои обязанности.»';
    const passes = (t: string): boolean => verify(source, t, { language: 'ru' }).ok;
    expect(ruReported('В.Путин: «Росгвардия вносит весомый вклад в защиту правопорядка.»', source, passes)).toBe(
      'Путин сказал, что Росгвардия вносит весомый вклад в защиту правопорядка.',
    );
    // a common word opening the turn still goes to lower case
    expect(
      ruReported('В.Путин: «Подразделения современной Росгвардии чётко выполняют свои обязанности.»', source, passes),
    ).toBe('Путин сказал, что подразделения современной Росгвардии чётко выполняют свои обязанности.');
  });

  it('reads a turn written with the full stop after the guillemet (lines.ts), as one written before it', () => {
    expect(
      ruReported('В.Матвиенко: «Мы всегда будем чтить корейских героев, отдавших жизни за Россию».', SOURCE, ok),
    ).toBe('«Мы всегда будем чтить корейских героев, отдавших жизни за Россию», — сказала Валентина Матвиенко.');
  });

  it('never lower-cases a name the dictionary lacks as one: the subject before its verb (kremlin.ru pool, Cuba)', () => {
    // the dictionary reads «куба» only as the genitive of «куб»; «Мы» is a pronoun and goes lower case
    const source = 'В.Путин: Куба внесла свой вклад в дело борьбы с нацизмом. В.Путин: Мы помним об этом.';
    const accept = (t: string): boolean => verify(source, t, { language: 'ru' }).ok;
    // reported with its capital, the verifier finds no «Куба» named mid-sentence in the release and
    // refuses it: the turn is quoted short instead, never «что куба внесла»
    expect(ruReported('В.Путин: «Куба внесла свой вклад в дело борьбы с нацизмом.»', source, accept)).toBe(
      '«Куба внесла свой вклад в дело борьбы с нацизмом», — сказал Путин.',
    );
    expect(ruReported('В.Путин: «Мы помним об этом.»', source, accept)).not.toContain('что Мы');
  });

  it('the second quotation of the same speaker says «добавил»; a line the verifier refuses stays', () => {
    const lines = ruReportSpeech(
      [
        'В.Путин: «Россия и США продолжат работу по достижению прочного и продолжительного мира.»',
        'В.Путин: «Российский народ никогда не забудет подвига корейских бойцов спецназа.»',
      ],
      SOURCE,
      ok,
    );
    // «Российский» is no name: lower case after «что»
    expect(lines[1]).toBe('Путин добавил, что российский народ никогда не забудет подвига корейских бойцов спецназа.');
    // named in full once, by the surname after
    const again = ruReportSpeech(
      [
        'В.Матвиенко: «Мы всегда будем чтить корейских героев, отдавших жизни за Россию.»',
        'В.Путин: «Россия и США продолжат работу по достижению прочного и продолжительного мира.»',
        'В.Матвиенко: «Мы всегда будем чтить корейских героев, отдавших жизни за Россию.»',
      ],
      SOURCE,
      ok,
    );
    expect(again[0]).toMatch(/— сказала Валентина Матвиенко\.$/u);
    expect(again[2]).toMatch(/— сказала Матвиенко\.$/u);
    const never = (): boolean => false;
    expect(ruReported('В.Путин: «Россия и США продолжат работу.»', SOURCE, never)).toBe(
      'В.Путин: «Россия и США продолжат работу.»',
    );
  });
});

describe('the verifier on reported speech and Russian names', () => {
  it('a reported statement given to another speaker is an attribution fault', () => {
    const right = verify(SOURCE, 'Михаил Мишустин сказал, что Россия и США приветствуют добрые услуги третьих стран.', {
      language: 'ru',
    });
    expect(right.ok).toBe(true);
    const wrong = verify(
      SOURCE,
      'Валентина Матвиенко сказала, что Россия и США приветствуют добрые услуги третьих стран.',
      {
        language: 'ru',
      },
    );
    expect(wrong.findings.map((f) => f.rule)).toContain('quote-speaker');
  });

  it('a quotation given to its label’s speaker passes, to another fails', () => {
    expect(
      verify(SOURCE, '«Мы всегда будем чтить корейских героев», — сказала Валентина Матвиенко.', { language: 'ru' }).ok,
    ).toBe(true);
    expect(
      verify(SOURCE, '«Мы всегда будем чтить корейских героев», — сказал Михаил Мишустин.', {
        language: 'ru',
      }).findings.map((f) => f.rule),
    ).toContain('quote-speaker');
  });

  it('«России» is the release’s «Российской Федерации»; another country is not (ru_kremlin_14)', () => {
    const src =
      '26 апреля 2025 года Вооружённые Силы Российской Федерации завершили разгром группировки, предпринявшей попытку захвата части территории Российской Федерации.';
    expect(verify(src, 'Группировка пыталась захватить часть территории России.', { language: 'ru' }).ok).toBe(true);
    expect(
      verify(src, 'Группировка пыталась захватить часть территории Украины.', { language: 'ru' }).findings.map(
        (f) => f.rule,
      ),
    ).toContain('names');
  });
});
