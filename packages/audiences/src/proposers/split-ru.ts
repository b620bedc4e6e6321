/**
 * Russian split points: "; ", ", а ", ", но ", ", однако ", ", и " + clause, ", при этом ",
 * ", после чего ", ", что позволит…", ", который/-ая/-ое/-ые" + verb (→ "Он/Она/Оно/Они",
 * agreeing), a second past-tense predicate ("провёл … и обсудил …") and a closing gerund phrase.
 * Commas before "и" between clauses: Rosenthal's handbook.
 */
import type { Doc, DocSentence } from '../doc.js';
import { capitalise, words, type WordToken } from '../text.js';
import { lastSegment, type Point } from './split-common.js';

const RU_VERB_EXTRA = new Set([
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
const RU_NOT_VERB = new Set([
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
const RU_PAST = /^(\p{L}{2,})(л|ла|ло|ли|лся|лась|лось|лись)$/u;
function pastOf(w: string): RegExpExecArray | null {
  const x = w.toLowerCase();
  if (RU_NOT_VERB.has(x)) return null;
  const m = RU_PAST.exec(x);
  if (!m) return null;
  // Before "л" a past form has a vowel, or "ш", "г", "к", "з", "б", "р" ("прошла", "могли",
  // "привлекли", "везли", "погибли", "умерли"); nouns in "-вли", "-сли", "-мли" … are not verbs
  // ("торговли", "мысли", "отрасли", "земли").
  return /[аеёиоуыэюяшгкзбр]$/.test(m[1]!) ? m : null;
}

function ruVerbCue(w: string): boolean {
  const x = w.toLowerCase();
  if (RU_VERB_EXTRA.has(x)) return true;
  if (RU_NOT_VERB.has(x) || x.length < 4) return false;
  if (pastOf(x)) return true;
  return /(ет|ёт|ит|ут|ют|ат|ят|ется|ётся|ится|ются|ятся|утся)$/.test(x);
}

/** A predicate: a verb, or a short passive participle ("обсуждены", "подтверждена", "создан"). */
const predicateCue = (w: string): boolean =>
  ruVerbCue(w) ||
  /^\p{L}{4,}(ован|ирован|ен|ён|ан|ян)(а|о|ы)?$/u.test(w.toLowerCase()) ||
  /^\p{L}{3,}(ыт|ят)(а|о|ы)?$/u.test(w.toLowerCase());

const RU_SUBORDINATE =
  /^(котор\p{L}*|что|чего|чему|чём|чтобы|кто|кого|кому|кем|ком|где|когда|если|как|каков|какой|какая|какое|какие|насколько|сколько|почему|зачем|отчего|хотя|поскольку|пока|так|потому|ибо|чем|куда|откуда|чей|чья|чьё|чьи|и|или|либо|ни)$/u;
const RU_PARTICIPLE =
  /(вший|вшая|вшее|вшие|вших|щий|щая|щее|щие|щих|нный|нная|нное|нные|нных|емый|емая|емое|емые|имый|имая|имое|имые|тый|тая|тое|тые|вшись|вши)$/u;
/** Participles in any case ("геройски погибшего", "проходившей"). */
const RU_PARTICIPLE_ANY = /(вш|ющ|ущ|ащ|ящ)(ий|ая|ее|ие|его|ему|им|ими|ей|ую|ого|ому|ым|ыми|ой|ые|ых|ое|ый|юю)$/u;
/** Gerunds ("обеспечив", "удостоившись", "включая", "опираясь"), crudely: the list check below. */
const RU_GERUND = /(вши|вшись|[аеиуыя]в|ая|яя|уя|ясь)$/u;
/** Words after which the sentence is reported speech or a condition: a split would change who says what. */
const RU_REPORTED = /^(что|чтобы|если|когда|ли|будто|словно)$/u;

/** Simple prepositions; those that govern the genitive take "неё", the others "ней". */
const RU_PREP =
  /^(в|во|на|с|со|к|ко|о|об|обо|от|до|из|по|за|для|при|про|у|без|под|над|между|через|перед|после|среди|около|возле|вокруг|против|кроме|вместо|ради|вдоль|внутри|из-за|из-под|мимо)$/u;
const RU_PREP_GEN =
  /^(у|от|до|из|для|без|после|среди|около|возле|вокруг|против|кроме|вместо|ради|вдоль|внутри|из-за|из-под|мимо)$/u;
/** Prepositions after which a pronoun takes no "н-": "благодаря ему". */
const RU_PREP_DAT = /^(благодаря|согласно|вопреки|навстречу)$/u;

const RU_ADVERB = new Set([
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
const obliqueWord = (w: string): boolean =>
  RU_ADVERB.has(w) ||
  RU_PREP.test(w) ||
  /^\p{Ll}+(ом|ем|ём|ами|ями|ими|ыми|ому|ему|ого|его|ах|ях|ых|их|ую|юю|у|ю|ой|ей)$/u.test(w);

const RU_NUMERAL =
  /^(один|одна|одно|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|тридцать|сорок|пятьдесят|сто|двести|триста|тысяча|тысячи|тысяч|миллион|миллиона|миллионов|более|менее|около|свыше|порядка|почти|несколько|много|сотни|десятки|тысячи|полтора|половина)$/u;
/** What a verb agrees with: a gender ("провёл", "должно"), the singular of the present tense, or the plural. */
type Agreement = 'm' | 'f' | 'n' | 'sg' | 'pl';
function agreementOf(verb: string): Agreement {
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
function maybeSubject(w: WordToken, agr: Agreement): boolean {
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
 * The subject of `ws[v]` is not a noun after it: the words after the verb (past adverbs and an
 * infinitive, "может посетить …") start with neither a name, a number nor a nominative-looking word
 * that agrees with the verb. "завод, который построил губернатор" must not become "Он построил губернатор".
 */
function noSubjectAfter(ws: WordToken[], v: number): boolean {
  const agr = agreementOf(ws[v]!.text);
  let j = v + 1;
  while (j < ws.length && (RU_ADVERB.has(ws[j]!.text.toLowerCase()) || /(ть|ти|чь|ться|тись)$/u.test(ws[j]!.text))) j++;
  const w = ws[j];
  return !w || !maybeSubject(w, agr);
}

const RU_PERSON =
  /^(президент|министр|глава|губернатор|председатель|премьер|премьер-министр|руководитель|представитель|посол|мэр|директор|заместитель|помощник|секретарь|делегация|сторона|стороны|лидер|лидеры)$/u;
/**
 * After a second verb of the same gender as the first ("провёл …, а также выступил …"), a name or
 * a person makes it another subject ("…, а также выступил министр"): its object ("план") does not.
 */
function personAfter(ws: WordToken[], v: number): boolean {
  const w = ws[v + 1];
  return !!w && (/^\p{Lu}/u.test(w.text) || RU_PERSON.test(w.text.toLowerCase()));
}

/**
 * True when `doc.input[from, s.end)` runs to the sentence end as one clause: no semicolon, colon,
 * dash or bracket, and every comma in it only continues a list ("комплексный, устойчивый и
 * долгосрочный характер"; "пообщаться с товарищами, принять участие …"): after it no conjunction,
 * preposition or relative word, and no verb, participle or gerund that could belong to the main clause.
 */
function runsToEnd(doc: Doc, s: DocSentence, from: number): boolean {
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

const RU_CONNECTORS: [RegExp, string, number][] = [
  [/^при этом$/u, '. При этом ', 0.8],
  [/^в результате чего$/u, '. В результате ', 0.8],
  [/^после чего$/u, '. После этого ', 0.8],
  [/^в связи с чем$/u, '. Поэтому ', 0.75],
  [/^благодаря чему$/u, '. Благодаря этому ', 0.8],
];
const RU_SPEECH =
  /^(заявил|заявила|заявили|сказал|сказала|сказали|отметил|отметила|отметили|подчеркнул|подчеркнула|подчеркнули|сообщил|сообщила|сообщили|считает|считают|уверен|уверена|уверены|известно|понятно|ясно|важно|знает|думает|надеется|убеждён|убежден|говорит|добавил|добавила|напомнил|напомнила|указал|указала|признал|признала|пояснил|пояснила|констатировал|полагает|полагают|выяснилось|оказалось)$/u;
const RU_WHAT_VERBS =
  /^(позволит|позволило|позволяет|позволила|даст|дало|даёт|дает|стало|станет|свидетельствует|привело|приведёт|приведет|приводит|поможет|помогло|помогает|означает|обеспечит|обеспечило|обеспечивает|способствует|способствовало|будет способствовать|вызвало|вызывает|говорит)$/u;

/** "который" & co. as the subject of their clause: the pronoun, and the verb forms that agree. */
const KOTORY: Record<string, { pronoun: string; verb: RegExp; ambiguous: boolean }> = {
  который: {
    pronoun: 'Он',
    verb: /^(\p{L}+л|\p{L}+лся|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должен|стал|станет)$/u,
    ambiguous: true, // also the accusative of an inanimate masculine noun
  },
  которая: {
    pronoun: 'Она',
    verb: /^(\p{L}+ла|\p{L}+лась|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должна|стала|станет)$/u,
    ambiguous: false,
  },
  которое: {
    pronoun: 'Оно',
    verb: /^(\p{L}+ло|\p{L}+лось|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должно|стало|станет)$/u,
    ambiguous: true,
  },
  которые: {
    pronoun: 'Они',
    verb: /^(\p{L}+ли|\p{L}+лись|\p{L}+(ут|ют|ат|ят|утся|ются|ятся)|будут|могут|должны|стали|станут)$/u,
    ambiguous: true,
  },
};
/** Verbs after which no accusative object can stand, so "который" is their subject. */
const RU_LINK =
  /^(является|являются|являлся|являлась|являлось|являлись|стал|стала|стало|стали|станет|станут|был|была|было|были|будет|будут)$/u;

/** The oblique forms of "который": the pronoun alone, and after a simple preposition ("н-"). */
const KOTOR_OBLIQUE: Record<string, { bare?: string; afterPrep: string; poss?: string; dat?: string }> = {
  которого: { bare: 'его', afterPrep: 'него', poss: 'его' },
  которому: { bare: 'ему', afterPrep: 'нему', dat: 'ему' },
  котором: { afterPrep: 'нём' },
  которым: { bare: 'им', afterPrep: 'ним', dat: 'им' },
  которыми: { bare: 'ими', afterPrep: 'ними' },
  которых: { bare: 'их', afterPrep: 'них', poss: 'их' },
  которую: { bare: 'её', afterPrep: 'неё' },
  которой: { afterPrep: 'ней', poss: 'её', dat: 'ей' }, // after a genitive preposition: "неё"
  который: { afterPrep: 'него' },
  которое: { afterPrep: 'него' },
  которые: { afterPrep: 'них' },
};
/** Nouns before "которого" that do not make "в его …" ("в течение которого", "в целях которого"). */
const RU_NO_POSS = /^(время|течение|продолжение|целях|случае|мере|отношении|связи|соответствии|результате|числе|том)$/u;

/**
 * ", <prep> котор-" and ", <noun> котор-ого/-ой/-ых" (a relative clause running to the end) →
 * a sentence that starts with the personal or possessive pronoun in the same case:
 * "…, в котором участвуют …" → "…. В нём участвуют …"; "…, население которой составляет …" →
 * "…. Её население составляет …"; "…, многие из которых …" → "…. Многие из них …";
 * "…, которого ждали …" → "…. Его ждали …". Returns the words of the new start, or undefined.
 */
function obliqueStart(ws: WordToken[], k: number): string[] | undefined {
  const rel = ws[k]!.text.toLowerCase();
  const forms = KOTOR_OBLIQUE[rel];
  if (!forms) return undefined;
  const pre = ws.slice(0, k).map((w) => w.text);
  const lowerPre = pre.map((w) => w.toLowerCase());
  if (pre.some((w) => /^\p{Lu}/u.test(w) || ruVerbCue(w) || /^(и|или|а|но|что|как)$/u.test(w.toLowerCase())))
    return undefined;
  if (k === 0) return forms.bare ? [forms.bare] : undefined;
  if (lowerPre.some((w) => RU_CORRELATIVE.test(w))) return undefined; // "с теми, с которыми"
  const last = lowerPre[k - 1]!;
  if (lowerPre.join(' ') === 'в результате') return ['в', 'результате'];
  if (RU_PREP.test(last)) {
    if (rel === 'которой' && RU_PREP_GEN.test(last)) return [...pre, 'неё'];
    // The accusative "в который", "на которые" → "в него", "на них"; not "о который" (a slip).
    if (/^котор(ый|ое|ые)$/u.test(rel) && !/^(в|во|на|за|про|через|под|сквозь)$/u.test(last)) return undefined;
    return [...pre, forms.afterPrep];
  }
  if (RU_PREP_DAT.test(last)) return k === 1 && forms.dat ? [pre[0]!, forms.dat] : undefined;
  // A possessor: "население которой" → "её население", "в ходе которого" → "в его ходе".
  if (!forms.poss || lowerPre.some((w) => RU_NO_POSS.test(w) || RU_PREP_DAT.test(w))) return undefined;
  if (RU_PREP.test(lowerPre[0]!)) {
    if (k === 1) return undefined;
    // "во главе которого" → "в его главе"… not quite: "во"/"со" only stand before consonant clusters.
    return [pre[0]!.replace(/^(в|с|к)о$/iu, '$1'), forms.poss, ...pre.slice(1)];
  }
  return [forms.poss, ...pre];
}

const RU_QUANTIFIER =
  /^(каждый|каждая|каждое|каждые|каждого|каждой|каждому|каждым|каждом|каждую|каждых|любой|любая|любое|любые|любого|любому|любым|любом|любую|любых|всякий|всякого|все|всех|всем|всеми)$/u;
/** Demonstratives that a relative clause completes ("те усилия, которые …", "там, где …"). */
const RU_CORRELATIVE =
  /^(тот|та|то|те|того|той|тому|тем|том|ту|теми|тех|такой|такая|такое|такие|таких|таким|такую|там|туда|оттуда)$/u;

/**
 * The subject pronoun for a new sentence whose verb ends in `ending` ("л", "ла", "ли" …): the
 * speaker's "я/мы/вы" or "это" when the left part has it as its subject, else "он/она/оно/они".
 * "мы подготовили …, а также выпустили" → "Мы также выпустили", not "Они".
 */
function subjectPronoun(left: string[], ending: string): string {
  const g = genderOf(ending);
  for (let i = left.length - 1; i >= 0; i--) {
    const w = left[i]!;
    if (/^котор/u.test(w) || (RU_SUBORDINATE.test(w) && w !== 'и' && w !== 'или')) break; // another clause's subject
    if (g === 'ли' && (w === 'мы' || w === 'вы')) return capitalise(w);
    if (g !== 'ли' && g !== 'ло' && (w === 'я' || w === 'ты')) return capitalise(w);
    if (g === 'ло' && w === 'это' && (i === left.length - 1 || pastOf(left[i + 1] ?? ''))) return 'Это';
  }
  return RU_PRONOUN[ending]!;
}

export function ruPoints(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const re = /(;|,) +/g;
  const text = s.text;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const ws = words(doc.input, after, s.end);
    const first = ws[0];
    if (!first || first.start !== after) continue;
    const lower = ws.slice(0, 4).map((w) => w.text.toLowerCase());
    const leftSeg = lastSegment(doc, s, at);
    const leftWords = words(doc.input, leftSeg, at);
    const allLeft = words(doc.input, s.start, at).map((w) => w.text.toLowerCase());
    // "то есть" is no verb.
    const leftHasVerb = leftWords.some(
      (w, i) => ruVerbCue(w.text) && !(w.text === 'есть' && leftWords[i - 1]?.text.toLowerCase() === 'то'),
    );
    // The head of the left clause, after a preposition: "о чём говорили", "у кого были".
    const head2 = leftWords.slice(0, 2).map((w) => w.text.toLowerCase());
    const segHead = RU_PREP.test(head2[0] ?? '') && head2[1] ? head2[1] : (head2[0] ?? '');
    const leftSubordinate =
      RU_SUBORDINATE.test(segHead) || leftWords.some((w) => RU_PARTICIPLE.test(w.text.toLowerCase()));
    // "на тех участках, которые …", "за те усилия, которые …": the relative clause completes a
    // demonstrative and cannot stand alone.
    const correlative = leftWords.some((w) => RU_CORRELATIVE.test(w.text.toLowerCase()));
    // "каждого человека, который …", "всех территорий, которые …": a restrictive relative clause.
    const restrictive = correlative || allLeft.some((w) => RU_QUANTIFIER.test(w));
    // "Путин подтвердил, что …, а …": the second clause may be part of what was said.
    const reported = allLeft.some((w) => RU_REPORTED.test(w));
    // "для людей, которые совершили правонарушение, но добровольно оказались …": the conjunction
    // may join two parts of a relative clause.
    const insideClause = allLeft.some((w) => RU_SUBORDINATE.test(w) && !/^(и|или|либо|ни|так)$/u.test(w));
    const rightHasVerb = (from: number): boolean => ws.slice(from, from + 7).some((w) => ruVerbCue(w.text));

    /** The words of the right part up to the next comma (or the end). */
    const segLen = (() => {
      let n = 0;
      while (n < ws.length && (n === 0 || !/[,;:—–(]/u.test(doc.input.slice(ws[n - 1]!.end, ws[n]!.start)))) n++;
      return n;
    })();
    /** A verb after `from` before the next comma: the right part is a clause ("не цифрами, а людьми, которые …" is not). */
    const segmentHasVerb = (from: number): boolean =>
      ws.slice(from, segLen).some((w) => ruVerbCue(w.text) && !/^\p{Lu}/u.test(w.text)); // not "«Ахмат»"
    // A subordinator before the first verb of the right part: "…, но кто пожертвовал …", "…, а если …".
    const firstVerb = ws.findIndex((w, i) => i > 0 && ruVerbCue(w.text));
    const subordinateFirst = ws
      .slice(1, firstVerb < 0 ? segLen : firstVerb)
      .some((w) => RU_SUBORDINATE.test(w.text.toLowerCase()) && w.text !== 'и');
    if (reported) continue;

    if (m[1] === ';') {
      if (!rightHasVerb(0) || !leftHasVerb) continue;
      out.push({
        start: at,
        end: first.end,
        replacement: '. ' + capitalise(first.text),
        confidence: 0.85,
        pattern: '; ',
      });
      continue;
    }
    const w0 = lower[0]!;
    const k = lower.findIndex((w) => /^котор/u.test(w));
    if (w0 === 'а' && /^(затем|потом|позднее|впоследствии)$/u.test(lower[1] ?? '') && ws[2]) {
      // ", а затем встретился с …" → ". Затем он встретился с …" (same gender as the main verb)
      const v2 = pastOf(ws[2].text);
      if (!v2 || !leftHasVerb || leftSubordinate) continue;
      const v1 = leftWords.toReversed().find((w) => pastOf(w.text));
      if (!v1 || genderOf(pastOf(v1.text)![2]!) !== genderOf(v2[2]!)) continue;
      if (personAfter(ws, 2)) continue;
      out.push({
        start: at,
        end: ws[1]!.end,
        replacement: `. ${capitalise(lower[1]!)} ${subjectPronoun(allLeft, v2[2]!).toLowerCase()}`,
        confidence: 0.7,
        pattern: ', а затем + глагол',
      });
    } else if (
      w0 === 'а' &&
      !/^(также|не|именно|то|затем|потом|значит|следовательно|уж|тем|точнее|вернее|скорее|может)$/.test(lower[1] ?? '')
    ) {
      // "…, а значит, системной работы …", "…, а уж тем более если …": no clause of its own.
      if (!segmentHasVerb(1) || !leftHasVerb || leftSubordinate || subordinateFirst || insideClause) continue;
      out.push({ start: at, end: first.end, replacement: '. А', confidence: 0.7, pattern: ', а' });
    } else if (w0 === 'но' || w0 === 'однако') {
      // "не только отмечали, но и пропустили …" is one clause; "…, но кто пожертвовал …" a relative one.
      if (!segmentHasVerb(1) || !leftHasVerb || leftSubordinate || subordinateFirst || insideClause) continue;
      if (allLeft.includes('только') || (lower[1] === 'и' && lower[2] === 'не')) continue;
      out.push({
        start: at,
        end: first.end,
        replacement: '. ' + capitalise(first.text),
        confidence: 0.8,
        pattern: ', ' + w0,
      });
    } else if (w0 === 'и') {
      const second = ws[1];
      if (!second || /^(т|др|пр|т\.д|т\.п)$/.test(lower[1] ?? '') || (lower[1] === 'в' && lower[2] === 'том')) continue;
      if (!segmentHasVerb(1) || !leftHasVerb || leftSubordinate || subordinateFirst || insideClause) continue;
      // "и сам саркофаг, и всё, что …", "и к Вам …, и ко мне …": repeated "и …, и …" joins parts
      // of one clause.
      if (leftWords.some((w) => w.text === 'и') || /,\s+и\s/u.test(doc.input.slice(s.start, at))) continue;
      // The right part needs a subject-like start, not a second verb of the same subject.
      if (ruVerbCue(second.text)) continue;
      out.push({
        start: at,
        end: second.end,
        replacement: '. ' + capitalise(second.text),
        confidence: 0.7,
        pattern: ', и',
      });
    } else if (w0 === 'что' && RU_WHAT_VERBS.test(lower[1] ?? '')) {
      if (!leftHasVerb || leftSubordinate) continue;
      const prev = leftWords[leftWords.length - 1]?.text.toLowerCase() ?? '';
      // "заявил, что позволит…": "что" introduces what was said, not a new clause.
      if (RU_SPEECH.test(prev)) continue;
      out.push({ start: at, end: first.end, replacement: '. Это', confidence: 0.75, pattern: ', что' });
    } else if (w0 === 'где' || w0 === 'куда' || w0 === 'откуда') {
      // "посетил завод, где работают 500 человек" → "посетил завод. Там работают 500 человек"
      if (!rightHasVerb(1) || !leftHasVerb || leftSubordinate || restrictive) continue;
      if (!runsToEnd(doc, s, first.end)) continue;
      const adverb = w0 === 'где' ? 'Там' : w0 === 'куда' ? 'Туда' : 'Оттуда';
      // "…, где провёл встречу с …" → "Там он провёл встречу с …": the subject of the main verb.
      let pronoun = '';
      // "…, где активно занимался …": adverbs before the verb.
      let vi = 1;
      while ((ws[vi] && RU_ADVERB.has(ws[vi]!.text.toLowerCase())) || /^\p{Ll}{4,}но$/u.test(ws[vi]?.text ?? '')) vi++;
      const v2 = ws[vi] ? pastOf(ws[vi]!.text) : null;
      const v1 = leftWords.toReversed().find((w) => pastOf(w.text));
      if (
        v2 &&
        v1 &&
        genderOf(pastOf(v1.text)![2]!) === genderOf(v2[2]!) &&
        ws[vi + 1] &&
        !maybeSubject(ws[vi + 1]!, agreementOf(ws[vi]!.text))
      )
        pronoun = ' ' + subjectPronoun(allLeft, v2[2]!).toLowerCase();
      out.push({
        start: at,
        end: first.end,
        replacement: `. ${adverb}${pronoun}`,
        confidence: 0.7,
        pattern: ', ' + w0,
      });
    } else if (w0 === 'а' && lower[1] === 'также' && ws[2] && pastOf(lower[2] ?? '')) {
      // ", а также провёл встречу" → ". Он также провёл встречу" (pronoun from the verb)
      const m2 = pastOf(lower[2]!)!;
      if (!leftHasVerb || leftSubordinate) continue;
      const v1 = leftWords.toReversed().find((w) => pastOf(w.text));
      if (!v1 || genderOf(pastOf(v1.text)![2]!) !== genderOf(m2[2]!) || personAfter(ws, 2)) continue;
      out.push({
        start: at,
        end: ws[1]!.end,
        replacement: '. ' + subjectPronoun(allLeft, m2[2]!) + ' также',
        confidence: 0.7,
        pattern: ', а также + глагол',
      });
    } else if (k === 0 && KOTORY[w0]) {
      // ", который объединит …" → ". Он объединит …"; adverbs and oblique words may stand
      // before the verb (", которые плечом к плечу с бойцами защищали …").
      const kt = KOTORY[w0]!;
      let v = 1;
      while (
        v < Math.min(ws.length, 8) &&
        !kt.verb.test(ws[v]!.text.toLowerCase()) &&
        obliqueWord(ws[v]!.text.toLowerCase())
      )
        v++;
      const verb = ws[v];
      if (!verb || !kt.verb.test(verb.text.toLowerCase()) || RU_NOT_VERB.has(verb.text.toLowerCase())) continue;
      if (/л(ся|сь|а|о|и)?$/u.test(verb.text) && !pastOf(verb.text)) continue;
      const reflexive = /(ся|сь)$/u.test(verb.text);
      if (kt.ambiguous && !reflexive && !RU_LINK.test(verb.text.toLowerCase()) && !noSubjectAfter(ws, v)) continue;
      if (!runsToEnd(doc, s, first.end)) continue;
      if (!allLeft.some((w) => predicateCue(w)) || RU_SUBORDINATE.test(segHead) || restrictive) continue;
      out.push({ start: at, end: first.end, replacement: '. ' + kt.pronoun, confidence: 0.65, pattern: ', ' + w0 });
    } else if (k >= 0 && k <= 3) {
      // ", в котором …", ", население которой …", ", многие из которых …", ", которого …"
      const start = obliqueStart(ws, k);
      if (!start) continue;
      const rel = ws[k]!;
      if (/[,;:—–()]/u.test(doc.input.slice(first.start, rel.start))) continue; // "…, тоже женщины, которых"
      if (!runsToEnd(doc, s, rel.end)) continue;
      if (!ws.slice(k + 1).some((w) => predicateCue(w.text))) continue;
      if (!allLeft.some((w) => predicateCue(w)) || RU_SUBORDINATE.test(segHead) || restrictive) continue;
      // "послание, в котором поддержал усилия …" → "В нём он поддержал усилия …"
      // (only after a preposition: in "продукция которого могла бы" the noun is the subject)
      const afterPrep = k > 0 && RU_PREP.test(lower[k - 1]!);
      const v2 = afterPrep && ws[k + 1] ? pastOf(ws[k + 1]!.text) : null;
      const v1 = leftWords.toReversed().find((w) => pastOf(w.text)) ?? allLeft.toReversed().find((w) => pastOf(w));
      const v1m = v1 ? pastOf(typeof v1 === 'string' ? v1 : v1.text) : null;
      if (
        v2 &&
        v1m &&
        genderOf(v1m[2]!) === genderOf(v2[2]!) &&
        ws[k + 2] &&
        !maybeSubject(ws[k + 2]!, agreementOf(ws[k + 1]!.text))
      )
        start.push(subjectPronoun(allLeft, v2[2]!).toLowerCase());
      out.push({
        start: at,
        end: rel.end,
        replacement: '. ' + capitalise(start.join(' ')),
        confidence: 0.65,
        pattern: ', ' + lower.slice(0, k + 1).join(' '),
      });
    } else if (
      // Two clauses joined by a comma alone: ", здесь проводятся …", ", в них работают …",
      // ", его площадь составляет …", ", с июля он выполняет …".
      leftWords.length >= 3 &&
      leftWords.some((w) => predicateCue(w.text)) &&
      !leftSubordinate &&
      !correlative &&
      !allLeft.some((w) => RU_SUBORDINATE.test(w) && w !== 'и' && w !== 'или') &&
      !leftWords.some((w) => RU_SPEECH.test(w.text.toLowerCase())) &&
      asyndeticClause(ws, lower, segLen)
    ) {
      out.push({
        start: at,
        end: first.end,
        replacement: '. ' + capitalise(first.text),
        confidence: 0.6,
        pattern: ', ' + w0 + ' (бессоюзное)',
      });
    } else {
      for (const [re2, repl, conf] of RU_CONNECTORS) {
        for (const n of [4, 3, 2]) {
          const phrase = lower.slice(0, n).join(' ');
          if (!re2.test(phrase)) continue;
          const last = ws[n - 1]!;
          if (!leftHasVerb || !rightHasVerb(n)) continue;
          out.push({ start: at, end: last.end, replacement: repl.trimEnd(), confidence: conf, pattern: ', ' + phrase });
        }
      }
    }
  }
  return out;
}

const RU_PERSONAL = /^(он|она|оно|они)$/u;
const RU_N_PRONOUN = /^(нём|ней|них|нему|ним|ними|него|неё|нее)$/u;

/**
 * The right part (its first `segLen` words, up to the next comma) is a clause of its own: it starts
 * with "здесь"/"там"/"сейчас"/"теперь", a preposition + "нём/ней/них …", or a possessive
 * "его/её/их" + a noun, and has a verb within three words; or it has "он/она/оно/они" + a verb.
 */
function asyndeticClause(ws: WordToken[], lower: string[], segLen: number): boolean {
  const w0 = lower[0]!;
  const verbWithin = (from: number, n: number): boolean =>
    ws.slice(from, Math.min(segLen, from + n)).some((w) => ruVerbCue(w.text));
  if (/^(здесь|там|сейчас|теперь)$/u.test(w0)) return verbWithin(1, 3);
  if (RU_PREP.test(w0) && RU_N_PRONOUN.test(lower[1] ?? '')) return verbWithin(2, 3);
  if (/^(его|её|ее|их)$/u.test(w0)) {
    const noun = ws[1];
    if (!noun || ruVerbCue(noun.text) || /^\p{Lu}/u.test(noun.text)) return false;
    return verbWithin(2, 2);
  }
  for (let p = 0; p < Math.min(segLen - 1, 6); p++) {
    const w = ws[p]!.text.toLowerCase();
    if (RU_SUBORDINATE.test(w) || /^(а|но|однако|причём|причем)$/u.test(w) || /^\p{Lu}/u.test(ws[p]!.text))
      return false;
    if (RU_PERSONAL.test(w)) return ruVerbCue(ws[p + 1]!.text);
    if (ruVerbCue(w)) return false;
  }
  return false;
}

const RU_PRONOUN: Record<string, string> = {
  л: 'Он',
  ла: 'Она',
  ло: 'Оно',
  ли: 'Они',
  лся: 'Он',
  лась: 'Она',
  лось: 'Оно',
  лись: 'Они',
};
const genderOf = (ending: string): string => ending.replace(/с[ья]$/, '');

/**
 * "Путин провёл переговоры с … и обсудил …" → "Путин провёл переговоры с …. Он обсудил …":
 * two past-tense predicates of one subject, the pronoun taken from the verb's gender/number.
 */
export function ruAndVerb(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const ws = words(doc.input, s.start, s.end);
  for (let k = 2; k + 2 < ws.length; k++) {
    if (ws[k]!.text !== 'и') continue;
    if (doc.input.slice(ws[k - 1]!.end, ws[k]!.start) !== ' ') continue; // ", и" is a clause boundary (handled above)
    let j = k + 1;
    while (j < ws.length && /^(также|затем|потом|вместе|далее|ещё|еще)$/.test(ws[j]!.text)) j++;
    const v2 = ws[j];
    const m2 = v2 ? pastOf(v2.text) : null;
    if (!v2 || !m2) continue;
    // The first predicate: the nearest past-tense verb before "и", in the same clause, with its
    // own object or complement ("подготовили и выпустили публикации" share one: leave it).
    let v1: RegExpExecArray | null = null;
    let b1 = -1;
    for (let b = k - 1; b >= 0; b--) {
      const gap = doc.input.slice(ws[b]!.end, ws[b + 1]!.start);
      if (/[,;:()—–]/.test(gap)) break;
      const m = pastOf(ws[b]!.text);
      if (m) {
        v1 = m;
        b1 = b;
        break;
      }
    }
    if (!v1 || b1 === k - 1 || genderOf(v1[2]!) !== genderOf(m2[2]!)) continue;
    // Inside a subordinate clause ("что …", "который …", "о том, как …") the subject may differ: leave it.
    const left = ws.slice(0, k).map((w) => w.text.toLowerCase());
    if (left.some((w) => (RU_SUBORDINATE.test(w) && w !== 'и' && w !== 'или') || RU_REPORTED.test(w))) continue;
    const clauseStart = lastSegment(doc, s, ws[k]!.start);
    const clauseHead = words(doc.input, clauseStart, ws[k]!.start)[0]?.text.toLowerCase() ?? '';
    if (RU_PARTICIPLE.test(clauseHead)) continue;
    // A plural verb needs a subject before it: "Некоторых взяли в плен и направили назад" has none
    // ("Они направили" would name one).
    if (
      genderOf(v1[2]!) === 'ли' &&
      !ws
        .slice(0, b1)
        .some(
          (w, i) =>
            (i > 0 && /^\p{Lu}/u.test(w.text)) ||
            /^(мы|вы|они)$/iu.test(w.text) ||
            /^(лидеры|стороны|президенты|главы|участники|делегации|министры|губернаторы|люди|ребята|специалисты|учёные|врачи|военные|бойцы|жители|дети|родители)$/iu.test(
              w.text,
            ),
        )
    )
      continue;
    out.push({
      start: ws[k - 1]!.end,
      end: ws[k]!.end,
      replacement: '. ' + subjectPronoun(left.slice(0, b1), m2[2]!),
      confidence: 0.65,
      pattern: 'и + глагол',
    });
  }
  return out;
}

/**
 * A perfective gerund phrase closing the sentence becomes its own sentence: "…, удостоившись
 * ордена Мужества." → "…. Он удостоился ордена Мужества." (gender and number from the main verb).
 */
const RU_NOT_GERUND =
  /^(состав|устав|сплав|рукав|архив|актив|мотив|коллектив|массив|норматив|перспектив|инициатив|директив|альтернатив|позитив|негатив|объектив|детектив|локомотив|примитив|отрыв|разрыв|взрыв|призыв|перерыв|порыв|прорыв|срыв|обрыв|залив|пролив|прилив|отлив|разлив|напев|посев|перегрев)$/u;

export function ruGerund(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const re = /, +(\p{L}+?)(вшись|вши|в)(?![\p{L}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    if (!runsToEnd(doc, s, end)) continue; // the phrase must run to the end
    const stem = m[1]!;
    // "-ов" is a genitive plural ("регионов") or "каков", not a gerund; nor are "прав", "состав" …
    // "первопроходцев", "добровольцев": genitive plurals in "-ев" after "ц", "ж", "ш", "ч", "щ", "ь".
    if (stem.length < 4 || !/[аеиуыяэ]$/.test(stem) || /[цжшчщь]е$/u.test(stem) || RU_NOT_GERUND.test(stem + m[2]!))
      continue;
    const rest = words(doc.input, end, s.end);
    // "защиту жизни, прав и свобод": a noun in a list, not a gerund with its object.
    if (/^(и|или|а)$/u.test(rest[0]?.text ?? '')) continue;
    // "получив или подтвердив знак": two gerunds share the object; "каков будет": no gerund.
    if (rest.some((w) => /[аеиуыя](в|вши|вшись)$/u.test(w.text)) || (rest[0] && ruVerbCue(rest[0].text))) continue;
    // The main verb: the last past-tense verb before the comma, outside reported speech.
    const before = words(doc.input, s.start, at).map((w) => w.text.toLowerCase());
    if (before.some((w) => RU_REPORTED.test(w))) continue;
    let ending: string | undefined;
    let vAt = -1;
    for (let b = before.length - 1; b >= 0; b--) {
      const v = pastOf(before[b]!);
      if (v) {
        ending = genderOf(v[2]!);
        vAt = b;
        break;
      }
    }
    if (!ending) continue;
    const reflexive = m[2] === 'вшись';
    const verb = stem + ending + (reflexive ? (ending === 'л' ? 'ся' : 'сь') : '');
    const pronoun = subjectPronoun(before.slice(0, vAt), ending);
    out.push({
      start: at,
      end: at + m[0].length,
      replacement: `. ${pronoun} ${verb}`,
      confidence: 0.6,
      pattern: ', деепричастие',
    });
  }
  return out;
}
