/**
 * Long sentences split at clause boundaries, only where both halves are clauses of their own:
 * English "; ", ", and " + subject, ", but ", ", which " + verb, ", so ";
 * Russian "; ", ", а ", ", но ", ", однако ", ", и " + clause, ", при этом ", ", после чего ",
 * ", что позволит…" and ", который/-ая/-ое/-ые" + verb (→ "Он/Она/Оно/Они", agreeing).
 * Rules for Russian commas before "и" between clauses: Rosenthal's handbook; sentence length
 * limits: see each audience's targets.
 */
import type { Doc, DocSentence } from '../doc.js';
import { capitalise, words } from '../text.js';
import { editable, workSentences, type Draft, type ProposerContext } from './draft.js';

interface Point {
  /** Offset of the edit in the input. */
  start: number;
  end: number;
  replacement: string;
  confidence: number;
  pattern: string;
}

const EN_FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'did',
  'does',
  'do',
  'remains',
  'remain',
  'continues',
  'continue',
  'said',
  'says',
  'announces',
  'welcomes',
  'includes',
  'supports',
  'provides',
  'condemns',
  'calls',
  'urges',
  'notes',
  'recognizes',
  'recognises',
  'looks',
  'expects',
  'plans',
  'works',
  'funds',
  'offers',
  'believes',
  'takes',
  'makes',
  'helps',
  'seeks',
  'aims',
  'reflects',
  'marks',
  'represents',
  'requires',
  'allows',
  'enables',
  'ensures',
  'stands',
  'shows',
  'gives',
  'brings',
  'builds',
  'leads',
  'met',
  'made',
  'took',
  'gave',
  'held',
  'led',
  'spoke',
  'went',
  'came',
  'saw',
  'told',
  'sent',
  'set',
  'left',
  'began',
  'won',
  'became',
  'built',
  'brought',
  'thought',
  'found',
  'kept',
  'paid',
  'sought',
  'wrote',
  'chose',
  'knew',
  'rose',
  'fell',
  'grew',
  'spent',
  'lost',
  'stood',
  'shall',
  'need',
  'needs',
  'want',
  'wants',
  'hope',
  'hopes',
  'agree',
  'agrees',
  'face',
  'faces',
  'reaffirm',
  'reaffirms',
]);
const EN_SUBJECT_START = new Set([
  'the',
  'this',
  'these',
  'those',
  'that',
  'it',
  'they',
  'we',
  'he',
  'she',
  'i',
  'you',
  'its',
  'their',
  'our',
  'his',
  'her',
  'there',
  'a',
  'an',
  'many',
  'some',
  'most',
  'all',
  'each',
  'both',
  'several',
  'no',
  'other',
  'such',
  'one',
  'two',
  'three',
  'every',
  'more',
  'further',
  'new',
  'local',
  'participants',
  'officials',
]);

function enVerbCue(w: string): boolean {
  const x = w.toLowerCase();
  return EN_FINITE.has(x) || /^[a-z]{3,}ed$/.test(x);
}

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

/** Words of `text[from, to)`. */
const wc = (doc: Doc, from: number, to: number): number => words(doc.input, from, to).length;

export function splitSentences(doc: Doc, ctx: ProposerContext): Draft[] {
  const out: Draft[] = [];
  const ru = doc.language === 'ru';
  for (const s of workSentences(doc)) {
    const total = wc(doc, s.start, s.end);
    if (total <= ctx.maxSentenceWords) continue;
    const points = ru
      ? [...ruPoints(doc, s), ...ruAndVerb(doc, s), ...ruGerund(doc, s)]
      : [...enPoints(doc, s), ...enAndVerb(doc, s)];
    // Both halves ≥ 4 words; the most balanced split first.
    let best: { p: Point; score: number } | undefined;
    for (const p of points) {
      const left = wc(doc, s.start, p.start);
      const right = wc(doc, p.start, s.end);
      if (left < 4 || right < 4) continue;
      if (!editable(doc, p.start, p.end, p.replacement)) continue;
      const score = Math.max(left, right) - p.confidence * 3;
      if (!best || score < best.score) best = { p, score };
    }
    if (!best) continue;
    const p = best.p;
    out.push({
      kind: 'split-sentence',
      start: p.start,
      end: p.end,
      replacement: p.replacement,
      confidence: p.confidence,
      safe: true,
      findings: ['audiences/sentence-length'],
      rationale: 'split-sentence',
      data: { words: total, max: ctx.maxSentenceWords, at: p.pattern },
    });
  }
  return out;
}

/** The word starting at `pos` (after spaces), with its offsets. */
function wordAt(doc: Doc, pos: number, end: number): { start: number; end: number; text: string } | undefined {
  const w = words(doc.input, pos, end)[0];
  if (!w) return undefined;
  if (/\S/.test(doc.input.slice(pos, w.start))) return undefined; // punctuation in between
  return w;
}

function enPoints(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const text = s.text;
  const re = /(;|,|:) +(and|but|which|so|where|after which)? *(?=\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = s.start + m.index;
    const afterConj = at + m[0].length;
    const next = wordAt(doc, afterConj, s.end);
    if (!next) continue;
    const conj = m[2];
    const rightWords = words(doc.input, next.start, s.end)
      .slice(0, 9)
      .map((w) => w.text);
    const leftSeg = lastSegment(doc, s, at);
    const leftHasVerb = words(doc.input, leftSeg, at).some((w) => enVerbCue(w.text));
    const rightHasVerb = rightWords.slice(1).some(enVerbCue);
    const nextLower = next.text.toLowerCase();
    if (m[1] === ':') {
      // "We have one aim: we will keep our staff safe." — only between two full clauses.
      if (conj || !leftHasVerb || !rightHasVerb || !/^\p{Ll}/u.test(next.text) || !EN_SUBJECT_START.has(nextLower))
        continue;
      const lead = words(doc.input, s.start, at)[0]?.text ?? '';
      if (/^(As|If|When|While|Although|Because|Since|After|Before|Whether)$/.test(lead)) continue;
      out.push({ start: at, end: next.end, replacement: '. ' + capitalise(next.text), confidence: 0.7, pattern: ': ' });
    } else if (m[1] === ',' && (conj === 'where' || conj === 'after which')) {
      // "He visited Lviv, where he met officials." → "He visited Lviv. There, he met officials."
      const subj = EN_SUBJECT_START.has(nextLower) || /^\p{Lu}/u.test(next.text);
      if (!subj || !rightHasVerb || !leftHasVerb) continue;
      const rest = doc.input.slice(next.start, s.end);
      if (/[,;:(—–]/.test(rest.replace(/,(?= (?:and|or) )/g, ''))) continue;
      const lower = EN_SUBJECT_START.has(nextLower) && next.text !== 'I' ? next.text.toLowerCase() : next.text;
      out.push({
        start: at,
        end: next.end,
        replacement: (conj === 'where' ? '. There, ' : '. After that, ') + lower,
        confidence: 0.7,
        pattern: ', ' + conj,
      });
    } else if (m[1] === ';' && !conj) {
      if (!rightHasVerb || !leftHasVerb || /^(and|or)$/i.test(next.text)) continue;
      out.push({
        start: at,
        end: next.end,
        replacement: '. ' + capitalise(next.text),
        confidence: 0.85,
        pattern: '; ',
      });
    } else if (m[1] === ',' && conj === 'and') {
      const subj = EN_SUBJECT_START.has(nextLower) || /^\p{Lu}/u.test(next.text);
      if (!subj || !rightHasVerb || !leftHasVerb) continue;
      out.push({
        start: at,
        end: next.end,
        replacement: '. ' + capitalise(next.text),
        confidence: 0.75,
        pattern: ', and',
      });
    } else if (m[1] === ',' && conj === 'but') {
      const subj = EN_SUBJECT_START.has(nextLower) || /^\p{Lu}/u.test(next.text);
      if (!subj || !rightHasVerb || !leftHasVerb) continue;
      out.push({ start: at, end: next.start, replacement: '. But ', confidence: 0.8, pattern: ', but' });
    } else if (m[1] === ',' && conj === 'so') {
      const subj = EN_SUBJECT_START.has(nextLower) || /^\p{Lu}/u.test(next.text);
      if (!subj || !rightHasVerb || !leftHasVerb) continue;
      out.push({ start: at, end: next.start, replacement: '. So ', confidence: 0.75, pattern: ', so' });
    } else if (m[1] === ',' && conj === 'which') {
      // ", which will create jobs." → ". This will create jobs." — only when the clause runs to the end.
      if (!enVerbCue(next.text) && !/^[a-z]+s$/.test(next.text)) continue;
      if (!leftHasVerb) continue;
      const rest = doc.input.slice(next.start, s.end);
      if (/[,;:(—–]/.test(rest.replace(/,(?= (?:and|or) )/g, ''))) continue;
      const plural = /^(are|were|have)$/i.test(next.text);
      out.push({
        start: at,
        end: next.start,
        replacement: plural ? '. These ' : '. This ',
        confidence: 0.65,
        pattern: ', which',
      });
    }
  }
  return out;
}

/** Start of the clause segment that ends at `pos` (after the last comma, semicolon or sentence start). */
function lastSegment(doc: Doc, s: DocSentence, pos: number): number {
  const head = doc.input.slice(s.start, pos);
  const i = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
  return i < 0 ? s.start : s.start + i + 1;
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

const KOTORY: Record<string, { pronoun: string; verb: RegExp }> = {
  который: { pronoun: 'Он', verb: /^(\p{L}+л|\p{L}+лся|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должен)$/u },
  которая: { pronoun: 'Она', verb: /^(\p{L}+ла|\p{L}+лась|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должна)$/u },
  которое: { pronoun: 'Оно', verb: /^(\p{L}+ло|\p{L}+лось|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должно)$/u },
  которые: { pronoun: 'Они', verb: /^(\p{L}+ли|\p{L}+лись|\p{L}+(ут|ют|ат|ят|утся|ются|ятся)|будут|могут|должны)$/u },
};

function ruPoints(doc: Doc, s: DocSentence): Point[] {
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

const EN_IRREGULAR_PAST = new Set([
  'met',
  'made',
  'took',
  'gave',
  'held',
  'led',
  'spoke',
  'went',
  'came',
  'saw',
  'told',
  'sent',
  'left',
  'began',
  'won',
  'became',
  'built',
  'brought',
  'thought',
  'found',
  'kept',
  'paid',
  'sought',
  'wrote',
  'chose',
  'knew',
  'said',
  'spent',
  'stood',
  'understood',
  'undertook',
  'upheld',
  'withdrew',
  'struck',
  'taught',
  'heard',
  'sold',
]);
const EN_AUX = new Set([
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
]);
const EN_SUBORDINATE =
  /\b(that|which|who|whom|whose|when|where|while|if|because|although|though|as|since|until|unless|whether|so that|after|before)\b/i;

/** Third-person verbs that are rarely nouns (so "and continues" is a second predicate). */
const EN_S_VERBS = new Set([
  'welcomes',
  'condemns',
  'announces',
  'remains',
  'continues',
  'includes',
  'provides',
  'urges',
  'notes',
  'recognizes',
  'recognises',
  'expects',
  'believes',
  'seeks',
  'reflects',
  'represents',
  'requires',
  'allows',
  'enables',
  'ensures',
  'reaffirms',
  'agrees',
  'wants',
  'is',
  'has',
  'does',
  'contradicts',
  'underscores',
  'demonstrates',
  'strengthens',
  'supports',
  'commends',
  'applauds',
  'congratulates',
  'thanks',
  'encourages',
  'intends',
  'undermines',
  'violates',
  'threatens',
  'remains',
  'stands',
  'joins',
  'shares',
  'extends',
]);
const SPEECH =
  /^(said|added|noted|stressed|emphasi[sz]ed|underlined|underscored|pointed|recalled|explained|observed|remarked|reiterated|confirmed|announced|expressed|thanked|welcomed|called|urged|told|assured|informed|reported|agreed|stated|highlighted)$/;
const EN_MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);
const EN_DET_PREP = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
  'his',
  'her',
  'of',
  'for',
  'with',
  'in',
  'on',
  'by',
  'to',
  'from',
  'and',
  'or',
  'newly',
  'recently',
  'jointly',
]);
const EN_OBJECT_START =
  /^(the|a|an|his|her|their|its|our|to|with|on|that|in|for|them|him|it|this|these|those|all|new|further|both|each|every|any|no|more|up|out|about|at|from|by|against|us|me|you|[A-Z0-9].*)$/;

function enClass(w: string, prev: string | undefined): 'past' | 's' | 'modal' | undefined {
  if (prev && EN_DET_PREP.has(prev.toLowerCase())) return undefined;
  const x = w.toLowerCase();
  if (w !== x) return undefined; // a capitalised word is a name
  if (EN_MODALS.has(x)) return 'modal';
  if (EN_IRREGULAR_PAST.has(x) || /^[a-z]{3,}ed$/.test(x)) return 'past';
  if (EN_S_VERBS.has(x)) return 's';
  return undefined;
}

/**
 * "The Secretary met X and discussed Y." → "The Secretary met X. The Secretary discussed Y."
 * A second verb of the same subject: the subject is repeated (a pronoun would need its gender).
 */
function enAndVerb(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const ws = words(doc.input, s.start, s.end);
  const gapBefore = (i: number): string => doc.input.slice(i === 0 ? s.start : ws[i - 1]!.end, ws[i]!.start);
  for (let k = 2; k + 2 < ws.length; k++) {
    if (ws[k]!.text !== 'and' || !/^,? $/.test(gapBefore(k))) continue;
    let j = k + 1;
    while (j < ws.length && /^(also|then|later|further|jointly|directly|strongly|fully|firmly)$/.test(ws[j]!.text)) j++;
    const v2 = ws[j];
    const next = ws[j + 1];
    if (!v2 || !next || gapBefore(j) !== ' ') continue;
    const c2 = enClass(v2.text, undefined);
    if (!c2 || !EN_OBJECT_START.test(next.text)) continue;
    // The first verb: the leftmost verb of the same kind in the clause.
    let v1 = -1;
    let crossed = false;
    for (let b = k - 1; b >= 0; b--) {
      if (/[;:()—–"“”]/.test(gapBefore(b + 1))) break;
      const w = ws[b]!.text;
      // "X noted that … and stressed that …": a second verb of saying belongs to X.
      if (w === 'that' && SPEECH.test(v2.text) && b > 0 && SPEECH.test(ws[b - 1]!.text)) {
        v1 = b - 1;
        crossed = true;
        break;
      }
      if (EN_SUBORDINATE.test(w) && w === w.toLowerCase()) break;
      const c1 = enClass(w, ws[b - 1]?.text);
      if (c1 && (c1 === c2 || c2 === 'modal' || (c1 === 'modal' && c2 !== 'past'))) v1 = b;
    }
    if (v1 < 1) continue;
    // "represents X, contradicts Y, and is Z": splitting off the last would leave "X, contradicts Y." without its "and".
    if (!crossed && ws.slice(v1 + 1, k).some((w, i) => enClass(w.text, ws[v1 + i]?.text) === c2)) continue;
    if (/^(is|are|was|were)$/.test(ws[v1]!.text) && c2 === 'past') continue; // a list of passive participles
    if (c2 === 'past' && /^(has|have|had)$/i.test(ws[v1 - 1]?.text ?? '')) continue;
    // The subject: the words right before the first verb, back to punctuation or the sentence start.
    let a = v1 - 1;
    while (
      a >= 0 &&
      /^(also|today|now|jointly|further|strongly|firmly|fully|again|recently|newly|[a-z]+ly)$/.test(ws[a]!.text)
    )
      a--;
    const subjEnd = a;
    let subjStart = -1;
    for (let b = subjEnd; b >= 0 && subjEnd - b < 6; b--) {
      const w = ws[b]!.text;
      if (
        enClass(w, ws[b - 1]?.text) ||
        EN_AUX.has(w.toLowerCase()) ||
        (EN_SUBORDINATE.test(w) && w === w.toLowerCase())
      )
        break;
      subjStart = b;
      const gap = gapBefore(b);
      if (b === 0 || /[,;:.!?—–(]/.test(gap) || /\n/.test(gap)) break;
    }
    if (subjStart < 0 || subjEnd < subjStart) continue;
    const gapStart = gapBefore(subjStart);
    if (!(subjStart === 0 || /[,;:.!?—–(]/.test(gapStart))) continue; // the subject must start a clause
    if (subjStart === 0 && /[^\s"“«(]/.test(doc.input.slice(s.start, ws[0]!.start))) continue;
    const subjWords = ws.slice(subjStart, subjEnd + 1).map((w) => w.text);
    if (subjWords.some((w) => /^(which|who|that|it|there|what)$/i.test(w))) continue;
    // "and" right after a comma that closes an opening phrase ("…, and") is fine; inside the subject is not.
    let subject = doc.input.slice(ws[subjStart]!.start, ws[subjEnd]!.end);
    if (/[,;:]/.test(subject)) continue;
    if (/^(A|An|a|an) /.test(subject)) subject = 'The' + subject.slice(subject.indexOf(' '));
    subject = subject[0]!.toUpperCase() + subject.slice(1);
    const modal = c2 !== 'modal' && enClass(ws[v1]!.text, undefined) === 'modal' ? ' ' + ws[v1]!.text : '';
    out.push({
      start: ws[k - 1]!.end,
      end: ws[k]!.end,
      replacement: `. ${subject}${modal}`,
      confidence: 0.65,
      pattern: 'and + verb',
    });
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
function ruAndVerb(doc: Doc, s: DocSentence): Point[] {
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
function ruGerund(doc: Doc, s: DocSentence): Point[] {
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
