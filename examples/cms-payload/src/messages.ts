/**
 * What editors read: each missed target as a figure against its limit with a hint on what to
 * change, and the message of a refused publish. English and Russian, like core's findings.
 */
import type { Finding, TargetId, TargetResult } from '@attache/core';

export type MessageLocale = 'en' | 'ru';

const fmt = (n: number | null, locale: MessageLocale): string =>
  n === null ? '?' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
const pct = (n: number | null, locale: MessageLocale): string =>
  n === null ? '?' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n);

type Line = (actual: string, limit: string) => string;

const TARGETS: Record<MessageLocale, Record<TargetId, Line>> = {
  en: {
    maxGrade: (a, l) => `Reading grade is ${a}; the limit is ${l}. Shorter sentences and everyday words bring it down.`,
    maxFormality: (a, l) =>
      `Formality is ${a} out of 100; the limit is ${l}. Say "we" and "you", and use verbs rather than nouns ("decide", not "take a decision").`,
    minFormality: (a, l) =>
      `Formality is ${a} out of 100; it should be at least ${l}. The tone is too casual for this release.`,
    minReadingEase: (a, l) =>
      `Reading ease is ${a}; it should be at least ${l} (higher is easier). Use shorter words and sentences.`,
    maxEflaw: (a, l) =>
      `Ease for readers of English as a second language (McAlpine EFLAW) is ${a}; the limit is ${l}. Shorten the sentences.`,
    maxAverageSentenceWords: (a, l) => `Sentences average ${a} words; the limit is ${l}. Split the longest ones.`,
    maxHardSentenceShare: (a, l) =>
      `${a} of the sentences are hard to read; the limit is ${l}. Split or simplify them.`,
    maxErrors: (a, l) => `The style check found ${a} errors; at most ${l} are allowed.`,
    maxWarnings: (a, l) => `The style check found ${a} warnings; at most ${l} are allowed.`,
  },
  ru: {
    maxGrade: (a, l) =>
      `Уровень сложности текста — ${a} (класс школы); предел — ${l}. Сократите предложения, замените книжные слова обиходными.`,
    maxFormality: (a, l) =>
      `Официальность — ${a} из 100; предел — ${l}. Пишите «мы» и «вы», глаголы вместо отглагольных существительных («решили», а не «приняли решение»).`,
    minFormality: (a, l) =>
      `Официальность — ${a} из 100; нужно не меньше ${l}. Тон слишком разговорный для этого релиза.`,
    minReadingEase: (a, l) =>
      `Лёгкость чтения — ${a}; нужно не меньше ${l} (чем больше, тем легче). Берите слова и предложения короче.`,
    maxEflaw: (a, l) =>
      `Сложность для читающих на неродном языке (McAlpine EFLAW) — ${a}; предел — ${l}. Сократите предложения.`,
    maxAverageSentenceWords: (a, l) => `В среднем ${a} слов в предложении; предел — ${l}. Разделите самые длинные.`,
    maxHardSentenceShare: (a, l) => `Трудных для чтения предложений — ${a}; предел — ${l}. Разделите или упростите их.`,
    maxErrors: (a, l) => `Проверка стиля нашла ошибок: ${a}; допустимо не больше ${l}.`,
    maxWarnings: (a, l) => `Проверка стиля нашла предупреждений: ${a}; допустимо не больше ${l}.`,
  },
};

/** One missed (or met) target in an editor's words, e.g. "Reading grade is 17.1; the limit is 9. …". */
export function describeTarget(t: TargetResult, locale: MessageLocale): string {
  const share = t.id === 'maxHardSentenceShare';
  const a = share ? pct(t.actual, locale) : fmt(t.actual, locale);
  const l = share ? pct(t.limit, locale) : fmt(t.limit, locale);
  return TARGETS[locale][t.id](a, l);
}

/** The start of `text`, at most `max` characters, ending at a word boundary when there is one. */
function cut(text: string, max: number): string {
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space > max / 2 ? head.slice(0, space) : head.slice(0, max - 1)).trimEnd();
}

/** A finding as a line: where, what, which rule. */
export function describeFinding(
  f: Pick<Finding, 'message' | 'ruleId' | 'actual' | 'loc'>,
  locale: MessageLocale,
): string {
  const quote = f.actual.length > 60 ? `${cut(f.actual, 60)}…` : f.actual;
  const where = locale === 'ru' ? `Строка ${f.loc.start.line}` : `Line ${f.loc.start.line}`;
  return `${where}: “${quote}” — ${f.message} (${f.ruleId})`;
}

const HEAD: Record<MessageLocale, (missed: number, total: number) => string> = {
  en: (m, n) =>
    `This release cannot be published yet: it misses ${n === 1 ? 'its target' : m < n ? `${m} of its ${n} targets` : n === 2 ? 'both its targets' : `all ${n} of its targets`}.`,
  ru: (m, n) => `Этот релиз пока нельзя опубликовать: не выполнено целей — ${m} из ${n}.`,
};
const FINDINGS_HEAD: Record<MessageLocale, string> = {
  en: 'Top problems in the text:',
  ru: 'Главные замечания к тексту:',
};
const TAIL: Record<MessageLocale, string> = {
  en: 'The draft is kept as it was. Fix these and publish again.',
  ru: 'Черновик сохранён без изменений. Исправьте это и опубликуйте снова.',
};

/** A publish refused because the check ran past the time budget (`timeBudgetMs`). */
export function timeBudgetMessage(limitMs: number, locale: MessageLocale): string {
  return locale === 'ru'
    ? `Проверка не уложилась в ${limitMs} мс (timeBudgetMs), и цели не проверены: публикация отклонена. Черновик сохранён без изменений. Сократите текст или увеличьте timeBudgetMs.`
    : `The check ran past its ${limitMs} ms (timeBudgetMs), so the targets could not be checked: the publish is refused. The draft is kept as it was. Shorten the text or raise timeBudgetMs.`;
}

/** The message of a refused publish: figures against limits, then the top findings. */
export function refusalMessage(
  failed: TargetResult[],
  total: number,
  findings: Pick<Finding, 'message' | 'ruleId' | 'actual' | 'loc'>[],
  locale: MessageLocale,
): string {
  const lines = [HEAD[locale](failed.length, total), ...failed.map((t) => `• ${describeTarget(t, locale)}`)];
  if (findings.length > 0) lines.push(FINDINGS_HEAD[locale], ...findings.map((f) => `• ${describeFinding(f, locale)}`));
  lines.push(TAIL[locale]);
  return lines.join('\n');
}

const LABELS: Record<MessageLocale, Record<string, string>> = {
  en: {
    'very-informal': 'very informal',
    informal: 'informal',
    neutral: 'neutral',
    formal: 'formal',
    'very-formal': 'very formal',
    unknown: 'unknown',
  },
  ru: {
    'very-informal': 'очень разговорный',
    informal: 'разговорный',
    neutral: 'нейтральный',
    formal: 'официальный',
    'very-formal': 'очень официальный',
    unknown: 'не определена',
  },
};

export interface SummaryInput {
  formality: number | null;
  formalityLabel: string;
  grade: number | null;
  readingAge: number | null;
  tooShort: boolean;
  findings: { errors: number; warnings: number; suggestions: number };
  /** Met and missed targets. */
  results: TargetResult[];
  top: Pick<Finding, 'message' | 'ruleId' | 'actual' | 'loc'>[];
  audience?: { name: string; pass: number; fail: number; manual: number } | null;
}

/** The few lines an editor reads in the sidebar: figures, targets, top findings, checklist. */
export function summaryText(s: SummaryInput, locale: MessageLocale): string {
  const n = (x: number | null) => fmt(x, locale);
  const label = LABELS[locale][s.formalityLabel] ?? s.formalityLabel;
  const failed = s.results.filter((t) => !t.met);
  const lines: string[] = [];
  if (locale === 'ru') {
    lines.push(
      `Официальность ${n(s.formality)} из 100 (${label}); уровень сложности ${n(s.grade)} (возраст чтения ${n(s.readingAge)})${s.tooShort ? ', текст слишком короткий для точной оценки' : ''}.`,
      `Замечания: ошибок ${s.findings.errors}, предупреждений ${s.findings.warnings}, советов ${s.findings.suggestions}.`,
    );
    if (s.results.length > 0)
      lines.push(
        failed.length === 0
          ? `Все цели выполнены (${s.results.length}).`
          : `Не выполнено целей — ${failed.length} из ${s.results.length}:`,
      );
    if (s.audience)
      lines.push(
        `Чек-лист «${s.audience.name}»: выполнено ${s.audience.pass}, не выполнено ${s.audience.fail}, проверить вручную ${s.audience.manual}.`,
      );
  } else {
    lines.push(
      `Formality ${n(s.formality)} out of 100 (${label}); reading grade ${n(s.grade)} (reading age ${n(s.readingAge)})${s.tooShort ? '; too short to score reliably' : ''}.`,
      `Findings: ${s.findings.errors} errors, ${s.findings.warnings} warnings, ${s.findings.suggestions} suggestions.`,
    );
    if (s.results.length > 0)
      lines.push(
        failed.length === 0
          ? `All ${s.results.length} targets met.`
          : `Misses ${failed.length} of ${s.results.length} targets:`,
      );
    if (s.audience)
      lines.push(
        `Checklist for ${s.audience.name} readers: ${s.audience.pass} pass, ${s.audience.fail} fail, ${s.audience.manual} to check by hand.`,
      );
  }
  // The missed targets go right under their heading line.
  const at = s.results.length > 0 ? 3 : lines.length;
  lines.splice(at, 0, ...failed.map((t) => `• ${describeTarget(t, locale)}`));
  if (s.top.length > 0) lines.push(FINDINGS_HEAD[locale], ...s.top.map((f) => `• ${describeFinding(f, locale)}`));
  return lines.join('\n');
}
