/**
 * Russian word classes and word predicates of the splitter: past-tense and verb cues,
 * subordinators, participles, prepositions, adverbs, agreement of a verb with its subject.
 * Heuristics over word forms, each naming the errors it avoids; where the core's dictionary is
 * loaded, `dictionarySubject` reads a word's case and number instead.
 */
import { russianMorphology } from '@attache/core';
import type { Doc, DocSentence } from '../../doc.js';
import { words, type WordToken } from '../../text.js';

export const RU_VERB_EXTRA = new Set([
  'будет',
  'будут',
  'может',
  'могут',
  'нужно',
  'необходимо',
  'можно',
  'должен',
  'должна',
  'должно',
  'должны',
  'готов',
  'готова',
  'готовы',
  'намерен',
  'намерены',
  'есть',
  'нет',
  'будем',
  'стоит',
  'следует',
  'важно',
  'был',
]);
export const RU_NOT_VERB = new Set([
  // «Министерство внутренних дел»: in official prose the noun, never «деть» («куда он дел …»)
  'дел',
  'совет',
  'бюджет',
  'ответ',
  'предмет',
  'визит',
  'кредит',
  'институт',
  'маршрут',
  'депутат',
  'результат',
  'кандидат',
  'комитет',
  'секретариат',
  'мандат',
  'формат',
  'дела',
  'начала',
  'правила',
  'число',
  'села',
  'тела',
  'стола',
  'сила',
  'масла',
  'зеркала',
  'крыла',
  'посла',
  'мысли',
  'земли',
  'цели',
  'роли',
  'модели',
  'недели',
  'отрасли',
  'прибыли',
  'дело',
  'начало',
  'тело',
  'село',
  'масло',
  'кресло',
  'угла',
  'числа',
  'лимит',
  'паритет',
  'приоритет',
  'авторитет',
  'суверенитет',
  'менталитет',
  'иммунитет',
  'кабинет',
  'интернет',
  'пакет',
  'объект',
  'проект',
  'аспект',
  'эффект',
  'контакт',
  'контракт',
  'факт',
  'акт',
  'пакт',
  'район',
  'год',
  'мир',
  'лет',
  'свет',
  'запрет',
  'привет',
  'портрет',
  'сюжет',
  'минут',
  'валют',
  'талант',
  // Nouns that look like past-tense verbs ("-л", "-ла", "-ло", "-ли").
  'медали',
  'детали',
  'доли',
  'воли',
  'боли',
  'соли',
  'пули',
  'постели',
  'школа',
  'стрела',
  'скала',
  'шкала',
  'стекло',
  'крыло',
  'материал',
  'капитал',
  'сигнал',
  'канал',
  'финал',
  'журнал',
  'потенциал',
  'персонал',
  'зал',
  'генерал',
  'адмирал',
  'минерал',
  'арсенал',
  'ритуал',
  'интервал',
  'идеал',
  'отдел',
  'раздел',
  'предел',
  'протокол',
  'футбол',
  'символ',
  'посол',
  'стол',
  'пол',
  'стул',
  'котёл',
  'орёл',
  'караул',
]);

/** A past-tense form ("провёл", "обсудила", "прошли", "состоялся"), its stem and ending. */
export const RU_PAST = /^(\p{L}{2,})(л|ла|ло|ли|лся|лась|лось|лись)$/u;
export function pastOf(w: string): RegExpExecArray | null {
  const x = w.toLowerCase();
  if (RU_NOT_VERB.has(x)) return null;
  const m = RU_PAST.exec(x);
  if (!m) return null;
  // Before "л" a past form has a vowel, or "ш", "г", "к", "з", "б", "р" ("прошла", "могли",
  // "привлекли", "везли", "погибли", "умерли"); nouns in "-вли", "-сли", "-мли" … are not verbs
  // ("торговли", "мысли", "отрасли", "земли").
  return /[аеёиоуыэюяшгкзбр]$/.test(m[1]!) ? m : null;
}

export function ruVerbCue(w: string): boolean {
  const x = w.toLowerCase();
  if (RU_VERB_EXTRA.has(x)) return true;
  if (RU_NOT_VERB.has(x) || x.length < 4) return false;
  if (pastOf(x)) return true;
  return /(ет|ёт|ит|ут|ют|ат|ят|ется|ётся|ится|ются|ятся|утся)$/.test(x);
}

/** A predicate: a verb, or a short passive participle ("обсуждены", "подтверждена", "создан"). */
export const predicateCue = (w: string): boolean =>
  ruVerbCue(w) ||
  /^\p{L}{4,}(ован|ирован|ен|ён|ан|ян)(а|о|ы)?$/u.test(w.toLowerCase()) ||
  /^\p{L}{3,}(ыт|ят)(а|о|ы)?$/u.test(w.toLowerCase());

export const RU_SUBORDINATE =
  /^(котор\p{L}*|что|чего|чему|чём|чтобы|кто|кого|кому|кем|ком|где|когда|если|как|каков|какой|какая|какое|какие|насколько|сколько|почему|зачем|отчего|хотя|поскольку|пока|так|потому|ибо|чем|куда|откуда|чей|чья|чьё|чьи|и|или|либо|ни)$/u;
export const RU_PARTICIPLE =
  /(вший|вшая|вшее|вшие|вших|щий|щая|щее|щие|щих|нный|нная|нное|нные|нных|емый|емая|емое|емые|имый|имая|имое|имые|тый|тая|тое|тые|вшись|вши)$/u;
/** Participles in any case ("геройски погибшего", "проходившей"). */
export const RU_PARTICIPLE_ANY =
  /(вш|ющ|ущ|ащ|ящ)(ий|ая|ее|ие|его|ему|им|ими|ей|ую|ого|ому|ым|ыми|ой|ые|ых|ое|ый|юю)$/u;
/** Gerunds ("обеспечив", "удостоившись", "включая", "опираясь"), crudely: the list check below. */
export const RU_GERUND = /(вши|вшись|[аеиуыя]в|ая|яя|уя|ясь)$/u;
/** Words after which the sentence is reported speech or a condition: a split would change who says what. */
export const RU_REPORTED = /^(что|чтобы|если|когда|ли|будто|словно)$/u;

/** Simple prepositions; those that govern the genitive take "неё", the others "ней". */
export const RU_PREP =
  /^(в|во|на|с|со|к|ко|о|об|обо|от|до|из|по|за|для|при|про|у|без|под|над|между|через|перед|после|среди|около|возле|вокруг|против|кроме|вместо|ради|вдоль|внутри|из-за|из-под|мимо)$/u;
export const RU_PREP_GEN =
  /^(у|от|до|из|для|без|после|среди|около|возле|вокруг|против|кроме|вместо|ради|вдоль|внутри|из-за|из-под|мимо)$/u;
/** Prepositions after which a pronoun takes no "н-": "благодаря ему". */
export const RU_PREP_DAT = /^(благодаря|согласно|вопреки|навстречу)$/u;

export const RU_ADVERB = new Set([
  'уже',
  'также',
  'тоже',
  'ещё',
  'еще',
  'впервые',
  'неоднократно',
  'первоначально',
  'изначально',
  'ежегодно',
  'регулярно',
  'традиционно',
  'постоянно',
  'сейчас',
  'теперь',
  'сегодня',
  'недавно',
  'ранее',
  'активно',
  'успешно',
  'официально',
  'фактически',
  'полностью',
  'по-прежнему',
  'вновь',
  'снова',
  'не',
  'лишь',
  'только',
  'всегда',
  'долгое',
]);

/** A word that can be neither the subject nor a verb: an oblique case ending, a preposition, an adverb. */
export const obliqueWord = (w: string): boolean =>
  RU_ADVERB.has(w) ||
  RU_PREP.test(w) ||
  /^\p{Ll}+(ом|ем|ём|ами|ями|ими|ыми|ому|ему|ого|его|ах|ях|ых|их|ую|юю|у|ю|ой|ей)$/u.test(w);

export const RU_NUMERAL =
  /^(один|одна|одно|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|тридцать|сорок|пятьдесят|сто|двести|триста|тысяча|тысячи|тысяч|миллион|миллиона|миллионов|более|менее|около|свыше|порядка|почти|несколько|много|сотни|десятки|тысячи|полтора|половина)$/u;
/** What a verb agrees with: a gender ("провёл", "должно"), the singular of the present tense, or the plural. */
export type Agreement = 'm' | 'f' | 'n' | 'sg' | 'pl';
export function agreementOf(verb: string): Agreement {
  const x = verb.toLowerCase();
  const past = pastOf(x);
  if (past) return ({ л: 'm', ла: 'f', ло: 'n', ли: 'pl' } as const)[genderOf(past[2]!) as 'л' | 'ла' | 'ло' | 'ли'];
  if (/^(должен|стал)$/u.test(x)) return 'm';
  if (/^(должна|стала)$/u.test(x)) return 'f';
  if (/^(должно|стало)$/u.test(x)) return 'n';
  if (/^(должны|стали)$/u.test(x) || /(ут|ют|ат|ят|утся|ются|ятся)$/u.test(x)) return 'pl';
  return 'sg';
}

/** After a verb with agreement `agr`, a word that could be its subject in the nominative. */
export function maybeSubject(w: WordToken, agr: Agreement): boolean {
  const x = w.text.toLowerCase();
  if (/^\p{Lu}/u.test(w.text) || /^\p{N}/u.test(w.text) || RU_NUMERAL.test(x)) return true; // a name, a number ("500 человек")
  if (RU_PREP.test(x) || RU_ADVERB.has(x)) return false;
  if (agr === 'pl') return /(ы|и|а|я|е)$/u.test(x) && !/(ами|ями|ими|ыми)$/u.test(x);
  if (/(ой|ей|ом|ем|ём|ам|ям|ах|ях|ых|их|ого|его|ому|ему)$/u.test(x)) return false;
  if (agr === 'n') return /[оеё]$/u.test(x);
  if (agr === 'f') return /[аяь]$/u.test(x);
  if (agr === 'm') return /([бвгджзклмнпрстфхцчшщйь]|а|я)$/u.test(x);
  return /([бвгджзклмнпрстфхцчшщйь]|а|я|о|е)$/u.test(x);
}

/**
 * What the dictionary says of `w` as a subject for a verb of agreement `agr`: true when one of its
 * readings is nominative in the verb's number, false when it knows the word and none is ("усилия"
 * is a plural or a genitive, never a subject of "поддержал"), undefined without the dictionary or
 * for a word it does not know (the form heuristics decide then: `maybeSubject`).
 */
export function dictionarySubject(w: WordToken, agr: Agreement): boolean | undefined {
  const m = russianMorphology();
  if (!m || /^\p{Lu}/u.test(w.text) || /^\p{N}/u.test(w.text)) return undefined;
  const ps = m.parse(w.text.toLowerCase());
  if (ps.length === 0 || ps.some((p) => !p.known)) return undefined;
  const number = agr === 'pl' ? 'plur' : agr === 'sg' ? undefined : 'sing';
  return ps.some(
    (p) =>
      p.case === 'nomn' &&
      /^(?:NOUN|ADJF|NPRO|PRTF|NUMR)$/.test(p.pos ?? '') &&
      (number === undefined || p.number === number || p.number === null),
  );
}

/**
 * The subject of `ws[v]` is not a noun after it: the words after the verb (past adverbs and an
 * infinitive, "может посетить …") start with neither a name, a number nor a nominative-looking word
 * that agrees with the verb. "завод, который построил губернатор" must not become "Он построил губернатор".
 */
export function noSubjectAfter(ws: WordToken[], v: number): boolean {
  const agr = agreementOf(ws[v]!.text);
  let j = v + 1;
  while (j < ws.length && (RU_ADVERB.has(ws[j]!.text.toLowerCase()) || /(ть|ти|чь|ться|тись)$/u.test(ws[j]!.text))) j++;
  const w = ws[j];
  return !w || !maybeSubject(w, agr);
}

export const RU_PERSON =
  /^(президент|министр|глава|губернатор|председатель|премьер|премьер-министр|руководитель|представитель|посол|мэр|директор|заместитель|помощник|секретарь|делегация|сторона|стороны|лидер|лидеры)$/u;
/**
 * After a second verb of the same gender as the first ("провёл …, а также выступил …"), a name or
 * a person makes it another subject ("…, а также выступил министр"): its object ("план") does not.
 */
export function personAfter(ws: WordToken[], v: number): boolean {
  const w = ws[v + 1];
  return !!w && (/^\p{Lu}/u.test(w.text) || RU_PERSON.test(w.text.toLowerCase()));
}

/**
 * True when `doc.input[from, s.end)` runs to the sentence end as one clause: no semicolon, colon,
 * dash or bracket, and every comma in it only continues a list ("комплексный, устойчивый и
 * долгосрочный характер"; "пообщаться с товарищами, принять участие …"): after it no conjunction,
 * preposition or relative word, and no verb, participle or gerund that could belong to the main clause.
 */
export function runsToEnd(doc: Doc, s: DocSentence, from: number): boolean {
  const rest = doc.input.slice(from, s.end);
  if (/[;:()—–]/u.test(rest)) return false;
  for (const part of rest.split(',').slice(1)) {
    const ws = words(part).map((w) => w.text.toLowerCase());
    if (ws.length === 0) return false;
    if (RU_SUBORDINATE.test(ws[0]!) || RU_PREP.test(ws[0]!) || /^(а|но|однако|причём|причем|включая)$/u.test(ws[0]!))
      return false;
    if (
      ws.some(
        (w) =>
          ruVerbCue(w) || RU_PARTICIPLE.test(w) || RU_PARTICIPLE_ANY.test(w) || RU_GERUND.test(w) || /^котор/u.test(w),
      )
    )
      return false;
  }
  return true;
}

export const RU_PRONOUN: Record<string, string> = {
  л: 'Он',
  ла: 'Она',
  ло: 'Оно',
  ли: 'Они',
  лся: 'Он',
  лась: 'Она',
  лось: 'Оно',
  лись: 'Они',
};
export const genderOf = (ending: string): string => ending.replace(/с[ья]$/, '');
