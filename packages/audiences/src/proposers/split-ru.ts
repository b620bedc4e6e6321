/**
 * Russian split points: "; ", ", а ", ", но ", ", однако ", ", и " + clause, ", при этом ",
 * ", после чего ", ", что позволит…", ", который/-ая/-ое/-ые" + verb (→ "Он/Она/Оно/Они",
 * agreeing), a second past-tense predicate ("провёл … и обсудил …") and a closing gerund phrase.
 * Commas before "и" between clauses: Rosenthal's handbook.
 */
import type { Doc, DocSentence } from '../doc.js';
import { capitalise, words } from '../text.js';
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
]);

function ruVerbCue(w: string): boolean {
  const x = w.toLowerCase();
  if (RU_VERB_EXTRA.has(x)) return true;
  if (RU_NOT_VERB.has(x) || x.length < 4) return false;
  if (/(л|ла|ло|ли|лся|лась|лось|лись)$/.test(x)) return true;
  return /(ет|ёт|ит|ут|ют|ат|ят|ется|ётся|ится|ются|ятся|утся)$/.test(x);
}

const RU_SUBORDINATE =
  /^(котор\p{L}*|что|чтобы|где|когда|если|как|хотя|поскольку|пока|так|потому|ибо|чем|куда|откуда|чей|чья|чьё|чьи|и|или|либо|ни)$/u;
const RU_PARTICIPLE =
  /(вший|вшая|вшее|вшие|вших|щий|щая|щее|щие|щих|нный|нная|нное|нные|нных|емый|емая|емое|емые|имый|имая|имое|имые|тый|тая|тое|тые|вшись|вши)$/u;

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

const KOTORY: Record<string, { pronoun: string; verb: RegExp }> = {
  который: { pronoun: 'Он', verb: /^(\p{L}+л|\p{L}+лся|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должен)$/u },
  которая: { pronoun: 'Она', verb: /^(\p{L}+ла|\p{L}+лась|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должна)$/u },
  которое: { pronoun: 'Оно', verb: /^(\p{L}+ло|\p{L}+лось|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должно)$/u },
  которые: { pronoun: 'Они', verb: /^(\p{L}+ли|\p{L}+лись|\p{L}+(ут|ют|ат|ят|утся|ются|ятся)|будут|могут|должны)$/u },
};

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
    const leftHasVerb = leftWords.some((w) => ruVerbCue(w.text));
    const segHead = leftWords[0]?.text.toLowerCase() ?? '';
    const leftSubordinate =
      RU_SUBORDINATE.test(segHead) || leftWords.some((w) => RU_PARTICIPLE.test(w.text.toLowerCase()));
    const rightHasVerb = (from: number): boolean => ws.slice(from, from + 7).some((w) => ruVerbCue(w.text));

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
    if (w0 === 'а' && !/^(также|не|именно|то|затем|потом)$/.test(lower[1] ?? '')) {
      if (!rightHasVerb(1) || !leftHasVerb || leftSubordinate) continue;
      out.push({ start: at, end: first.end, replacement: '. А', confidence: 0.7, pattern: ', а' });
    } else if (w0 === 'но' || w0 === 'однако') {
      if (!rightHasVerb(1) || !leftHasVerb || leftSubordinate) continue;
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
      if (!rightHasVerb(1) || !leftHasVerb || leftSubordinate) continue;
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
    } else if (w0 === 'где') {
      // "посетил завод, где осмотрел цеха" → "посетил завод. Там осмотрел цеха"
      if (!rightHasVerb(1) || !leftHasVerb || leftSubordinate) continue;
      const rest = doc.input.slice(first.end, s.end);
      if (/[,;:(—–]/.test(rest)) continue;
      out.push({ start: at, end: first.end, replacement: '. Там', confidence: 0.7, pattern: ', где' });
    } else if (
      w0 === 'а' &&
      lower[1] === 'также' &&
      ws[2] &&
      RU_PAST.test(lower[2] ?? '') &&
      !RU_NOT_VERB.has(lower[2] ?? '')
    ) {
      // ", а также провёл встречу" → ". Он также провёл встречу" (pronoun from the verb)
      const m2 = RU_PAST.exec(lower[2]!)!;
      if (!leftHasVerb || leftSubordinate) continue;
      out.push({
        start: at,
        end: ws[1]!.end,
        replacement: '. ' + RU_PRONOUN[m2[2]!]! + ' также',
        confidence: 0.7,
        pattern: ', а также + глагол',
      });
    } else if (KOTORY[w0]) {
      const k = KOTORY[w0]!;
      const verb = ws[1];
      if (!verb || !k.verb.test(verb.text.toLowerCase())) continue;
      const rest = doc.input.slice(first.end, s.end);
      if (/[,;:(—–]/.test(rest)) continue; // the clause must run to the end of the sentence
      if (!leftHasVerb || leftSubordinate) continue;
      out.push({ start: at, end: first.end, replacement: '. ' + k.pronoun, confidence: 0.65, pattern: ', ' + w0 });
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
const RU_PAST = /^(\p{L}{2,})(л|ла|ло|ли|лся|лась|лось|лись)$/u;
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
    const m2 = v2 ? RU_PAST.exec(v2.text.toLowerCase()) : null;
    if (!v2 || !m2 || RU_NOT_VERB.has(v2.text.toLowerCase())) continue;
    // The first predicate: the nearest past-tense verb before "и", in the same clause.
    let v1: RegExpExecArray | null = null;
    for (let b = k - 1; b >= 0; b--) {
      const gap = doc.input.slice(ws[b]!.end, ws[b + 1]!.start);
      if (/[,;:()—–]/.test(gap)) break;
      const m = RU_PAST.exec(ws[b]!.text.toLowerCase());
      if (m && !RU_NOT_VERB.has(ws[b]!.text.toLowerCase())) {
        v1 = m;
        break;
      }
    }
    if (!v1 || genderOf(v1[2]!) !== genderOf(m2[2]!)) continue;
    // Inside a subordinate clause ("что …", "который …") the subject may differ: leave it.
    const clauseStart = lastSegment(doc, s, ws[k]!.start);
    const clauseHead = words(doc.input, clauseStart, ws[k]!.start)[0]?.text.toLowerCase() ?? '';
    if (RU_SUBORDINATE.test(clauseHead) || RU_PARTICIPLE.test(clauseHead)) continue;
    out.push({
      start: ws[k - 1]!.end,
      end: ws[k]!.end,
      replacement: '. ' + RU_PRONOUN[m2[2]!]!,
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
export function ruGerund(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const re = /, +(\p{L}+?)(вшись|вши|в)(?![\p{L}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const at = s.start + m.index;
    const rest = doc.input.slice(at + m[0].length, s.end);
    if (/[,;:(—–]/.test(rest)) continue; // the phrase must run to the end
    const stem = m[1]!;
    if (stem.length < 3 || !/[аеиоуыяэ]$/.test(stem)) continue;
    // The main verb: the last past-tense verb before the comma.
    const before = words(doc.input, s.start, at).map((w) => w.text.toLowerCase());
    let ending: string | undefined;
    for (let b = before.length - 1; b >= 0; b--) {
      const v = RU_PAST.exec(before[b]!);
      if (v && !RU_NOT_VERB.has(before[b]!)) {
        ending = genderOf(v[2]!);
        break;
      }
    }
    if (!ending) continue;
    const reflexive = m[2] === 'вшись';
    const verb = stem + ending + (reflexive ? (ending === 'л' ? 'ся' : 'сь') : '');
    const pronoun = RU_PRONOUN[ending]!;
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
