/**
 * zod's wording of what is wrong in a config value ("expected number, received string"), in the
 * run's language. zod 3 has no message catalogues of its own, so the CLI passes one of these maps
 * to `safeParse`; a message a schema sets itself ("must not be empty") is kept as it is.
 */
import type { z } from 'zod';

type Locale = 'en' | 'ru';

/** zod's type names (`z.ZodParsedType`) in Russian, in the nominative. */
const RU_TYPES: Record<string, string> = {
  string: 'строка',
  number: 'число',
  integer: 'целое число',
  float: 'дробное число',
  boolean: 'логическое значение',
  object: 'объект',
  array: 'массив',
  null: 'null',
  undefined: 'ничего',
  nan: 'NaN',
  bigint: 'большое целое число',
  date: 'дата',
  function: 'функция',
  symbol: 'символ',
  map: 'Map',
  set: 'Set',
  promise: 'Promise',
  void: 'ничего',
  never: 'ничего',
  unknown: 'неизвестное значение',
};

const plural = (n: number | bigint, word: string): string => `${n} ${word}${Number(n) === 1 ? '' : 's'}`;
const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(' | ');

function english(issue: z.ZodIssueOptionalMessage, fallback: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${issue.received}`;
    case 'invalid_literal':
      return `expected ${JSON.stringify(issue.expected)}`;
    case 'invalid_enum_value':
      return `expected one of ${list(issue.options)}`;
    case 'too_small':
      if (issue.type === 'string') return `expected at least ${plural(issue.minimum, 'character')}`;
      if (issue.type === 'array') return `expected at least ${plural(issue.minimum, 'item')}`;
      return `expected a number ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      if (issue.type === 'string') return `expected at most ${plural(issue.maximum, 'character')}`;
      if (issue.type === 'array') return `expected at most ${plural(issue.maximum, 'item')}`;
      return `expected a number ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    case 'invalid_union':
      return 'invalid value';
    default:
      return fallback;
  }
}

function russian(issue: z.ZodIssueOptionalMessage): string {
  const t = (name: string): string => RU_TYPES[name] ?? name;
  switch (issue.code) {
    case 'invalid_type':
      return `ожидалось: ${t(issue.expected)}; получено: ${t(issue.received)}`;
    case 'invalid_literal':
      return `ожидалось ${JSON.stringify(issue.expected)}`;
    case 'invalid_enum_value':
      return `ожидалось одно из значений ${list(issue.options)}`;
    case 'too_small':
      if (issue.type === 'string') return `нужно символов не меньше: ${issue.minimum}`;
      if (issue.type === 'array') return `нужно элементов не меньше: ${issue.minimum}`;
      return `ожидалось число ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      if (issue.type === 'string') return `нужно символов не больше: ${issue.maximum}`;
      if (issue.type === 'array') return `нужно элементов не больше: ${issue.maximum}`;
      return `ожидалось число ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    case 'not_multiple_of':
      return `ожидалось число, кратное ${issue.multipleOf}`;
    case 'invalid_string':
      return 'неверная строка';
    case 'unrecognized_keys':
      return `неизвестные ключи: ${list(issue.keys)}`;
    default:
      return 'неверное значение';
  }
}

/** The error map for a locale, for `schema.safeParse(data, { errorMap })`. */
export function zodErrorMap(locale: Locale): z.ZodErrorMap {
  return (issue, ctx) => ({ message: locale === 'ru' ? russian(issue) : english(issue, ctx.defaultError) });
}
