/**
 * The labels and descriptions of the fields the plugin adds, in English and Russian: Payload
 * shows each in the admin panel's language (a label given as `{ en, ru }`). Typed: a Russian
 * label missing fails the typecheck.
 */
const EN = {
  tone: 'Tone (Attaché)',
  toneDescription: 'Computed on every save from the body: formality, reading grade, style findings and targets.',
  computedAt: 'Computed at',
  summary: 'Summary',
  summaryDescription: 'Figures, missed targets and the top findings, in words.',
  mode: 'Mode (warn or block)',
  language: 'Language',
  format: 'Format',
  words: 'Words',
  sentences: 'Sentences',
  formality: 'Formality (0–100)',
  formalityLabel: 'Formality label',
  grade: 'Reading grade (US)',
  readingAge: 'Reading age (years)',
  tooShort: 'Too short to score reliably',
  findings: 'Findings by severity',
  errors: 'Errors',
  warnings: 'Warnings',
  suggestions: 'Suggestions',
  targetsMet: 'Targets met',
  missedTargets: 'Missed targets',
  targets: 'Targets: [{ target, actual, limit, comparison, met, message }]',
  topFindings: 'Top findings: [{ message, ruleId, severity, start, end, line, column, text }]',
  audience: 'Audience checklist',
  audienceName: 'Audience',
  pass: 'Pass',
  fail: 'Fail',
  manual: 'To check by hand',
  failedItems: 'Failed items',
  report: 'Full report (JSON)',
  versions: 'Audience versions (Attaché)',
  versionsOnRequest:
    'Posts, notices and plain versions composed from the body’s facts, each checked by the verifier. Tick “Regenerate audience versions” and save to make them again.',
  versionsOnSave:
    'Posts, notices and plain versions composed from the body’s facts on every save, each checked by the verifier.',
  composedAt: 'Composed at',
  stale: 'Out of date (the body changed since)',
  bodyHash: 'Body hash',
  versionsSummaryDescription: 'Each version: its parts with their lengths, targets met, the verifier.',
  versionItems: 'Versions: [{ audience, channel, parts, text, facts, targets, verification, notes }]',
  regenerate: 'Regenerate audience versions on this save',
  regenerateDescription: 'Composing takes a moment; the box clears itself after the save.',
} as const;

export type LabelKey = keyof typeof EN;

const RU: Record<LabelKey, string> = {
  tone: 'Тон (Attaché)',
  toneDescription:
    'Считается при каждом сохранении по тексту: официальность, уровень сложности, замечания по стилю и цели.',
  computedAt: 'Когда посчитано',
  summary: 'Сводка',
  summaryDescription: 'Показатели, недостигнутые цели и главные замечания — словами.',
  mode: 'Режим (warn — предупреждать, block — не публиковать)',
  language: 'Язык',
  format: 'Формат',
  words: 'Слов',
  sentences: 'Предложений',
  formality: 'Официальность (0–100)',
  formalityLabel: 'Оценка официальности',
  grade: 'Уровень сложности (класс, США)',
  readingAge: 'Возраст читателя (лет)',
  tooShort: 'Текст слишком короткий для надёжной оценки',
  findings: 'Замечания по важности',
  errors: 'Ошибки',
  warnings: 'Предупреждения',
  suggestions: 'Советы',
  targetsMet: 'Цели достигнуты',
  missedTargets: 'Недостигнутые цели',
  targets: 'Цели: [{ target, actual, limit, comparison, met, message }]',
  topFindings: 'Главные замечания: [{ message, ruleId, severity, start, end, line, column, text }]',
  audience: 'Чек-лист аудитории',
  audienceName: 'Аудитория',
  pass: 'Пройдено',
  fail: 'Не пройдено',
  manual: 'Проверить вручную',
  failedItems: 'Непройденные пункты',
  report: 'Полный отчёт (JSON)',
  versions: 'Версии для аудиторий (Attaché)',
  versionsOnRequest:
    'Посты, объявления и простые версии, составленные из фактов текста; каждую проверил верификатор. Чтобы составить их заново, отметьте «Составить версии заново» и сохраните.',
  versionsOnSave:
    'Посты, объявления и простые версии, составленные из фактов текста при каждом сохранении; каждую проверил верификатор.',
  composedAt: 'Когда составлено',
  stale: 'Устарело (текст с тех пор изменился)',
  bodyHash: 'Хеш текста',
  versionsSummaryDescription: 'Каждая версия: её части с длиной, достигнутые цели, вердикт верификатора.',
  versionItems: 'Версии: [{ audience, channel, parts, text, facts, targets, verification, notes }]',
  regenerate: 'Составить версии заново при этом сохранении',
  regenerateDescription: 'Это занимает несколько секунд; флажок снимется сам после сохранения.',
};

/** Both catalogues, for the tests. */
export const LABELS = { en: EN as Record<LabelKey, string>, ru: RU };

/** A label or description in both languages, as Payload takes it. */
export function label(key: LabelKey): { en: string; ru: string } {
  return { en: EN[key], ru: RU[key] };
}
