/**
 * Verbs, not the readout's passive (youth and rural Russian versions): a kremlin.ru readout
 * writes what the sides did without them, in the passive («Обсуждены вопросы развития …»,
 * «Обсуждалась также тема урегулирования …», «Проведён обмен мнениями …», «Отмечена решимость …»,
 * «Подтверждён настрой …», «Подчёркнут решающий вклад …»); a digital team
 * writes the verb, in the active voice without a subject, as Russian news posts do
 * («Обсудили вопросы развития …», «Обсудили также тему урегулирования …», «Обменялись мнениями
 * …», «Отметили решимость …», «Подтвердили настрой …», «Подчеркнули решающий вклад …»). No actor is added (the release names none in the sentence), nothing else is changed: the
 * passive's subject becomes the verb's object, in the accusative (core's morphology inflects it:
 * «тема» → «тему»; «вопросы», «развитие» stay). Rows: the passive forms of a verb, its active.
 * compose keeps a change only when the verifier passes the sentence.
 */
import { russianMorphology } from '@attache/core';
import { ruFragment } from './ru-heads.js';

export const RU_ACTIVE_ROWS: Array<{ re: RegExp; to: string; object: boolean; why: string }> = [
  {
    re: /^(?:Обсуждены|Обсужд[её]н|Обсуждена|Обсуждено|Обсуждались|Обсуждался|Обсуждалась|Обсуждалось)(?=\s)/u,
    to: 'Обсудили',
    object: true,
    why: 'обсуждены / обсуждалась → обсудили',
  },
  {
    re: /^(?:Рассмотрены|Рассмотрен|Рассмотрена|Рассмотрено|Рассматривались|Рассматривался|Рассматривалась|Рассматривалось)(?=\s)/u,
    to: 'Рассмотрели',
    object: true,
    why: 'рассмотрены → рассмотрели',
  },
  {
    re: /^(?:Затронуты|Затронут|Затронута|Затронуто)(?=\s)/u,
    to: 'Затронули',
    object: true,
    why: 'затронуты → затронули',
  },
  {
    re: /^(?:Отмечены|Отмечен|Отмечена|Отмечено)(?=\s)/u,
    to: 'Отметили',
    object: true,
    why: 'отмечен / отмечена → отметили',
  },
  {
    re: /^(?:Подтверждены|Подтвержд[её]н|Подтверждена|Подтверждено)(?=\s)/u,
    to: 'Подтвердили',
    object: true,
    why: 'подтверждён / подтверждена → подтвердили',
  },
  {
    re: /^(?:Подч[её]ркнуты|Подч[её]ркнут|Подч[её]ркнута|Подч[её]ркнуто)(?=\s)/u,
    to: 'Подчеркнули',
    object: true,
    why: 'подчёркнут / подчёркнута → подчеркнули',
  },
  {
    re: /^(?:Акцентированы|Акцентирован|Акцентирована|Акцентировано)(?=\s)/u,
    to: 'Подчеркнули',
    object: true,
    why: 'акцентирована → подчеркнули («акцентировать» is «подчеркнуть»)',
  },
  {
    re: /^(?:Выражены|Выражен|Выражена|Выражено)(?=\s)/u,
    to: 'Выразили',
    object: true,
    why: 'выражена → выразили',
  },
  {
    re: /^(?:Согласованы|Согласован|Согласована|Согласовано)(?=\s)/u,
    to: 'Согласовали',
    object: true,
    why: 'согласован → согласовали',
  },
  {
    re: /^(?:Проведён|Проведен|Состоялся)\s+обмен\s+мнениями(?=[\s,.])/u,
    to: 'Обменялись мнениями',
    object: false,
    why: 'проведён обмен мнениями → обменялись мнениями',
  },
  {
    re: /^Условлено\s+о\s+продолжении\s+контактов(?=[\s,.])/u,
    to: 'Договорились продолжить контакты',
    object: false,
    why: 'условлено о продолжении контактов → договорились продолжить контакты',
  },
  {
    // («Условлено встретиться 9 мая в Москве …»: kremlin.ru pool; lint's plain-words names it)
    re: /^Условлено(?=\s+\p{Ll})/u,
    to: 'Договорились',
    object: false,
    why: 'условлено встретиться → договорились встретиться',
  },
  {
    re: /^Достигнута\s+договор[её]нность(?=\s+(?:о|об)\s)/u,
    to: 'Договорились',
    object: false,
    why: 'достигнута договорённость о … → договорились о …',
  },
];

const WORD = /^\s*(\p{L}[\p{L}-]*)/u;

/**
 * The words opening `rest` that make the passive's subject (adjectives, participles and the noun,
 * each in the nominative), in the accusative; null when it cannot be read for certain.
 */
function toAccusative(rest: string): string | null {
  const m = russianMorphology();
  if (!m) return null;
  let out = '';
  let at = 0;
  // «также», «, в частности,» before the object stay where they are
  const lead = /^(?:\s+также|,\s+в\s+частности,|\s+в\s+частности,)?/u.exec(rest)![0];
  out += lead;
  at = lead.length;
  let noun = false;
  while (!noun) {
    const w = WORD.exec(rest.slice(at));
    if (!w) return null;
    const word = w[1]!;
    const ps = m.parse(word.toLowerCase());
    const top = ps[0]?.score ?? 0;
    const likely = ps.filter((p) => p.score >= 0.3 * top);
    // a noun whose nominative and accusative are one form («готовность», «заинтересованность»):
    // the dictionary may rank the accusative first; the form is the same either way
    const nom = likely.filter((p) => p.case === 'nomn');
    if (nom.length === 0 && likely.every((p) => p.case === 'accs' && p.pos === 'NOUN'))
      nom.push(...ps.filter((p) => p.case === 'nomn' && p.pos === 'NOUN'));
    if (nom.length === 0) return null;
    const p = nom[0]!;
    if (!/^(?:NOUN|ADJF|PRTF)$/.test(p.pos ?? '')) return null;
    // the form an inanimate noun's subject and object share; an animate one (people) is left alone
    if (p.animacy === 'anim') return null;
    const acc = m.inflect(word, {
      pos: p.pos!,
      case: 'accs',
      ...(p.number ? { number: p.number } : {}),
      ...(p.gender && p.number !== 'plur' ? { gender: p.gender } : {}),
      // (the accusative of an adjective depends on animacy only in the masculine and the plural)
      ...(p.pos !== 'NOUN' && (p.number === 'plur' || p.gender === 'masc') ? { animacy: 'inan' as const } : {}),
    });
    if (!acc) return null;
    out += w[0].slice(0, w[0].length - word.length) + (/^\p{Lu}/u.test(word) ? acc : acc.toLowerCase());
    at += w[0].length;
    noun = p.pos === 'NOUN';
  }
  const tail = rest.slice(at);
  // a second subject joined by «и» would need its case too: left as the release wrote it
  if (/^[^,.;]*\sи\s/u.test(tail) && tail !== rest) {
    const second = /^[^,.;]*?\sи\s+(\p{L}+)/u.exec(tail)?.[1];
    const ps = second ? m.parse(second.toLowerCase()) : [];
    if (ps.some((p) => p.case === 'nomn') && !ps.some((p) => p.case === 'accs')) return null;
  }
  return out + tail;
}

/**
 * A row's passive after an adverbial that opens the sentence («Во время телефонного разговора
 * Владимира Путина с … Си Цзиньпином проведён обмен мнениями»: ru_kremlin_02; «В ходе переговоров
 * обсуждены …»): the opening holds no predicate of its own (no finite verb, no short participle:
 * ru-heads.ts), so the passive is the sentence's predicate and the verb takes its place
 * («… Си Цзиньпином обменялись мнениями», as Russian news writes the verb without a subject).
 */
const OPENING_PREPOSITION = /^(?:В|Во|На|При|С|Со|По|После|До|За|От|Из|У|Накануне|Перед|Около|Между|Среди|Помимо)\s/u;

const midRows = RU_ACTIVE_ROWS.map((row) => ({
  ...row,
  mid: new RegExp(`(?<=[\\p{L}\\d»)]\\s)${row.re.source.slice(1)}`, 'iu'),
}));

/** `s` with a readout's passive as a verb in the active voice, at its opening or after an adverbial opening (itself when no row applies). */
export function ruActive(s: string): string {
  for (const row of midRows) {
    let at = 0;
    let m = row.re.exec(s);
    if (!m) {
      m = row.mid.exec(s);
      if (!m) continue;
      const before = s.slice(0, m.index);
      if (
        // an adverbial opening: a preposition first («Во время …», «В ходе …», «При …»), not a subject
        // («Проверки также затронут …» is a future verb, not the participle); no auxiliary or
        // negation right before («Будут обсуждены», «не отмечено»)
        !OPENING_PREPOSITION.test(before) ||
        /(?<!\p{L})(?:будут|будет|был|была|было|были|бы|не)\s+$/iu.test(before) ||
        /[,;:«»“”"]/u.test(before) ||
        !ruFragment(`${before.trim()}.`)
      )
        continue;
      at = m.index;
    }
    const to = at === 0 ? row.to : row.to.charAt(0).toLowerCase() + row.to.slice(1);
    const head = s.slice(0, at);
    const rest = s.slice(at + m[0].length);
    if (!row.object) return head + to + rest;
    const obj = toAccusative(rest);
    return obj === null ? s : head + to + obj;
  }
  return s;
}

/**
 * The event a readout's title names, as the place a subjectless sentence happened: «Совещание с
 * постоянными членами Совета Безопасности» → «На совещании с постоянными членами Совета
 * Безопасности». The head noun in the prepositional case with its preposition; the rest of the
 * title is already in the case the head governs and stays as written.
 */
const RU_EVENT_HEADS: Array<[RegExp, string]> = [
  [/^Совещание(?=\s)/u, 'На совещании'],
  [/^Заседание(?=\s)/u, 'На заседании'],
  [/^Встреча(?=\s)/u, 'На встрече'],
  [/^Переговоры(?=\s)/u, 'На переговорах'],
  [/^Телефонный разговор(?=\s)/u, 'В телефонном разговоре'],
  [/^Беседа(?=\s)/u, 'В беседе'],
  [/^Саммит(?=\s)/u, 'На саммите'],
  [/^Форум(?=\s)/u, 'На форуме'],
];

/** A sentence that opens on the active verb `ruActive` gives, with no subject («Обсудили …»). */
const SUBJECTLESS = new RegExp(`^(?:${[...new Set(RU_ACTIVE_ROWS.map((r) => r.to))].join('|')})(?=\\s)`, 'u');

/**
 * The lead of a Russian version that says what was done without who («Обсудили развитие
 * оборонно-промышленного комплекса.»), set in the event its title names: «На совещании с
 * постоянными членами Совета Безопасности обсудили развитие …». Sent alone (an SMS, a thread's
 * first post), the sentence otherwise says nothing of who or where (kremlin.ru pool). Null when
 * the lead has its subject, or the title names no event of `RU_EVENT_HEADS`, or is over 14 words.
 */
export function ruInEvent(lead: string, title: string | null): string | null {
  if (!title || !SUBJECTLESS.test(lead)) return null;
  const t = title.trim().replace(/[.!]$/u, '');
  if (t.split(/\s+/).length > 14) return null;
  for (const [re, at] of RU_EVENT_HEADS)
    if (re.test(t)) return `${t.replace(re, at)} ${lead.charAt(0).toLowerCase()}${lead.slice(1)}`;
  return null;
}
