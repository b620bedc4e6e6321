/**
 * Russian split points after a comma or a semicolon, as rule rows (compromise's habit): what the
 * row claims (`when`: the connector and its context), the guards that veto it (named predicates
 * of `ru-guards.ts`), the edit it makes, its confidence, and an example of a split and of a
 * sentence it leaves whole (the tests run both). The first row that claims a place decides it.
 * Commas before "и" between clauses: Rosenthal's handbook.
 */
import { capitalise } from '../../text.js';
import type { Doc, DocSentence } from '../../doc.js';
import { rulePoint, type Point } from './points.js';
import {
  asyndeticClause,
  KOTORY,
  obliqueStart,
  RU_LINK,
  RU_SPEECH,
  RU_WHAT_VERBS,
  subjectPronoun,
} from './ru-clauses.js';
import { RU_GUARDS, ruSite, type RuGuard, type RuSite } from './ru-guards.js';
import {
  agreementOf,
  genderOf,
  dictionarySubject,
  maybeSubject,
  noSubjectAfter,
  obliqueWord,
  pastOf,
  personAfter,
  predicateCue,
  RU_ADVERB,
  RU_NOT_VERB,
  RU_PREP,
  RU_SUBORDINATE,
  ruVerbCue,
  runsToEnd,
} from './ru-words.js';

export interface RuSplitRule {
  /** The reason id (tests and docs name the row by it). */
  id: string;
  /** True when the place is this row's (its connector in its context). */
  when(x: RuSite): boolean;
  /** Named guards; any that holds vetoes the split (and no later row is tried). */
  unless: RuGuard[];
  /** How many words after the separator the connector takes (what the guards look past). */
  words: number;
  /** The edit from the separator on, or undefined when the words around it do not allow one. */
  split(x: RuSite): { end: number; replacement: string; pattern: string } | undefined;
  confidence: number;
  /** A sentence split by this row (the edit marked `[[…]]`, its replacement after `→`) and one it leaves whole. */
  examples: { split: string; replacement: string; keep: string };
}

/** Guards every row has: "…, что …, а …" may be part of what was said. */
const ALWAYS: RuGuard[] = ['reported'];
const CLAUSE: RuGuard[] = ['rightNoClause', 'leftNoVerb', 'leftSubordinate', 'subordinateFirst', 'insideClause'];

/** The gender of the last past-tense verb of the left segment agrees with ending `e`. */
const sameGender = (x: RuSite, e: string): boolean => {
  const v1 = x.leftWords.toReversed().find((w) => pastOf(w.text));
  return !!v1 && genderOf(pastOf(v1.text)![2]!) === genderOf(e);
};

/** A fixed connector phrase: ", при этом" → ". При этом". */
function phrase(
  id: string,
  text: string,
  replacement: string,
  confidence: number,
  examples: RuSplitRule['examples'],
): RuSplitRule {
  const n = text.split(' ').length;
  return {
    id,
    when: (x) => x.lower.slice(0, n).join(' ') === text,
    unless: ['leftNoVerb', 'rightNoVerb'],
    words: n,
    split: (x) => ({ end: x.ws[n - 1]!.end, replacement, pattern: ', ' + text }),
    confidence,
    examples,
  };
}

export const RU_SPLIT_RULES: RuSplitRule[] = [
  {
    id: 'semicolon',
    when: (x) => x.sep === ';',
    unless: ['rightNoVerb', 'leftNoVerb'],
    words: 0,
    split: (x) => ({ end: x.first.end, replacement: '. ' + capitalise(x.first.text), pattern: '; ' }),
    confidence: 0.85,
    examples: {
      split: 'Министр открыл новую школу в районе[[; дети]] начнут занятия в сентябре этого года.',
      replacement: '. Дети',
      keep: 'Министр открыл новую школу в районе; рядом с ней новый стадион и большой парк.',
    },
  },
  {
    // ", а затем встретился с …" → ". Затем он встретился с …" (same gender as the main verb)
    id: 'a-then-verb',
    when: (x) => x.w0 === 'а' && /^(затем|потом|позднее|впоследствии)$/u.test(x.lower[1] ?? '') && !!x.ws[2],
    unless: ['leftNoVerb', 'leftSubordinate'],
    words: 2,
    split(x) {
      const v2 = pastOf(x.ws[2]!.text);
      if (!v2 || !sameGender(x, v2[2]!) || personAfter(x.ws, 2)) return undefined;
      return {
        end: x.ws[1]!.end,
        replacement: `. ${capitalise(x.lower[1]!)} ${subjectPronoun(x.allLeft, v2[2]!).toLowerCase()}`,
        pattern: ', а затем + глагол',
      };
    },
    confidence: 0.7,
    examples: {
      split: 'Губернатор осмотрел новую больницу в центре города[[, а затем]] провёл совещание с врачами.',
      replacement: '. Затем он',
      keep: 'Губернатор осмотрел новую больницу в центре города, а затем выступил министр здравоохранения.',
    },
  },
  {
    // "…, а значит, системной работы …", "…, а уж тем более если …": no clause of its own.
    id: 'a',
    when: (x) =>
      x.w0 === 'а' &&
      !/^(также|не|именно|то|затем|потом|значит|следовательно|уж|тем|точнее|вернее|скорее|может)$/.test(
        x.lower[1] ?? '',
      ),
    unless: CLAUSE,
    words: 1,
    split: (x) => ({ end: x.first.end, replacement: '. А', pattern: ', а' }),
    confidence: 0.7,
    examples: {
      split: 'Весной в регионе открылись три новые школы[[, а]] осенью начнут работу ещё две поликлиники.',
      replacement: '. А',
      keep: 'Весной в регионе открылись три новые школы, а не две, как планировали раньше в министерстве.',
    },
  },
  {
    // "не только отмечали, но и пропустили …" is one clause; "…, но кто пожертвовал …" a relative one.
    id: 'but',
    when: (x) => x.w0 === 'но' || x.w0 === 'однако',
    unless: CLAUSE,
    words: 1,
    split(x) {
      if (x.allLeft.includes('только') || (x.lower[1] === 'и' && x.lower[2] === 'не')) return undefined;
      return { end: x.first.end, replacement: '. ' + capitalise(x.first.text), pattern: ', ' + x.w0 };
    },
    confidence: 0.8,
    examples: {
      split: 'Строители закончили работы на мосту в срок[[, но]] движение откроют только после проверки комиссии.',
      replacement: '. Но',
      keep: 'Строители не только закончили работы на мосту в срок, но и отремонтировали дорогу к нему.',
    },
  },
  {
    id: 'and',
    when: (x) => x.w0 === 'и',
    unless: CLAUSE,
    words: 1,
    split(x) {
      const second = x.ws[1];
      if (!second || /^(т|др|пр|т\.д|т\.п)$/.test(x.lower[1] ?? '') || (x.lower[1] === 'в' && x.lower[2] === 'том'))
        return undefined;
      // "и сам саркофаг, и всё, что …", "и к Вам …, и ко мне …": repeated "и …, и …" joins parts
      // of one clause.
      if (x.leftWords.some((w) => w.text === 'и') || /,\s+и\s/u.test(x.doc.input.slice(x.s.start, x.at)))
        return undefined;
      // The right part needs a subject-like start, not a second verb of the same subject.
      if (ruVerbCue(second.text)) return undefined;
      return { end: second.end, replacement: '. ' + capitalise(second.text), pattern: ', и' };
    },
    confidence: 0.7,
    examples: {
      split: 'В городе открылся новый центр для детей из многодетных семей[[, и дети]] уже занимаются там по вечерам.',
      replacement: '. Дети',
      keep: 'В городе открылся новый центр для детей из многодетных семей, и записались первые ученики.',
    },
  },
  {
    // "заявил, что позволит…": "что" introduces what was said, not a new clause.
    id: 'what-consequence',
    when: (x) => x.w0 === 'что' && RU_WHAT_VERBS.test(x.lower[1] ?? ''),
    unless: ['leftNoVerb', 'leftSubordinate'],
    words: 1,
    split(x) {
      const prev = x.leftWords[x.leftWords.length - 1]?.text.toLowerCase() ?? '';
      if (RU_SPEECH.test(prev)) return undefined;
      return { end: x.first.end, replacement: '. Это', pattern: ', что' };
    },
    confidence: 0.75,
    examples: {
      split: 'В области построили двадцать новых детских садов за год[[, что]] позволит принять всех детей в очереди.',
      replacement: '. Это',
      keep: 'Глава области в интервью газете в понедельник заявил, что позволит всем желающим приехать на праздник.',
    },
  },
  {
    // "посетил завод, где работают 500 человек" → "посетил завод. Там работают 500 человек"
    id: 'where',
    when: (x) => x.w0 === 'где' || x.w0 === 'куда' || x.w0 === 'откуда',
    unless: ['rightNoVerb', 'leftNoVerb', 'leftSubordinate', 'restrictive'],
    words: 1,
    split(x) {
      if (!runsToEnd(x.doc, x.s, x.first.end)) return undefined;
      const adverb = x.w0 === 'где' ? 'Там' : x.w0 === 'куда' ? 'Туда' : 'Оттуда';
      // "…, где провёл встречу с …" → "Там он провёл встречу с …": the subject of the main verb.
      // "…, где активно занимался …": adverbs before the verb.
      let pronoun = '';
      let vi = 1;
      const ws = x.ws;
      while ((ws[vi] && RU_ADVERB.has(ws[vi]!.text.toLowerCase())) || /^\p{Ll}{4,}но$/u.test(ws[vi]?.text ?? '')) vi++;
      const v2 = ws[vi] ? pastOf(ws[vi]!.text) : null;
      if (v2 && sameGender(x, v2[2]!) && ws[vi + 1] && !maybeSubject(ws[vi + 1]!, agreementOf(ws[vi]!.text)))
        pronoun = ' ' + subjectPronoun(x.allLeft, v2[2]!).toLowerCase();
      return { end: x.first.end, replacement: `. ${adverb}${pronoun}`, pattern: ', ' + x.w0 };
    },
    confidence: 0.7,
    examples: {
      split: 'Президент посетил новый автомобильный завод в Калуге[[, где]] работают пятьсот человек из соседних сёл.',
      replacement: '. Там',
      keep: 'Президент посетил тот самый автомобильный завод в Калуге, где работают пятьсот человек из соседних сёл.',
    },
  },
  {
    // ", а также провёл встречу" → ". Он также провёл встречу" (pronoun from the verb)
    id: 'a-also-verb',
    when: (x) => x.w0 === 'а' && x.lower[1] === 'также' && !!x.ws[2] && !!pastOf(x.lower[2] ?? ''),
    unless: ['leftNoVerb', 'leftSubordinate'],
    words: 2,
    split(x) {
      const m2 = pastOf(x.lower[2]!)!;
      if (!sameGender(x, m2[2]!) || personAfter(x.ws, 2)) return undefined;
      return {
        end: x.ws[1]!.end,
        replacement: '. ' + subjectPronoun(x.allLeft, m2[2]!) + ' также',
        pattern: ', а также + глагол',
      };
    },
    confidence: 0.7,
    examples: {
      split: 'Министр провёл встречу с жителями посёлка в клубе[[, а также]] осмотрел новую котельную на окраине.',
      replacement: '. Он также',
      keep: 'Министр провёл встречу с жителями посёлка в клубе, а также выступил губернатор области.',
    },
  },
  {
    // ", который объединит …" → ". Он объединит …"; adverbs and oblique words may stand
    // before the verb (", которые плечом к плечу с бойцами защищали …").
    id: 'which-subject',
    when: (x) => x.k === 0 && !!KOTORY[x.w0],
    unless: ['segmentSubordinate', 'restrictive'],
    words: 1,
    split(x) {
      const kt = KOTORY[x.w0]!;
      const ws = x.ws;
      let v = 1;
      while (
        v < Math.min(ws.length, 8) &&
        !kt.verb.test(ws[v]!.text.toLowerCase()) &&
        obliqueWord(ws[v]!.text.toLowerCase())
      )
        v++;
      const verb = ws[v];
      if (!verb || !kt.verb.test(verb.text.toLowerCase()) || RU_NOT_VERB.has(verb.text.toLowerCase())) return undefined;
      if (/л(ся|сь|а|о|и)?$/u.test(verb.text) && !pastOf(verb.text)) return undefined;
      const reflexive = /(ся|сь)$/u.test(verb.text);
      if (kt.ambiguous && !reflexive && !RU_LINK.test(verb.text.toLowerCase()) && !noSubjectAfter(ws, v))
        return undefined;
      if (!runsToEnd(x.doc, x.s, x.first.end)) return undefined;
      if (!x.allLeft.some((w) => predicateCue(w))) return undefined;
      return { end: x.first.end, replacement: '. ' + kt.pronoun, pattern: ', ' + x.w0 };
    },
    confidence: 0.65,
    examples: {
      split:
        'Отмечены серьёзные риски, связанные с позицией киевского режима[[, который]] уже неоднократно саботировал договорённости.',
      replacement: '. Он',
      keep: 'Президент посетил в Омске новый большой завод по выпуску тракторов, который построил губернатор области.',
    },
  },
  {
    // ", в котором …", ", население которой …", ", многие из которых …", ", которого …"
    id: 'which-oblique',
    when: (x) => x.k >= 0 && x.k <= 3,
    unless: ['segmentSubordinate', 'restrictive'],
    words: 1,
    split(x) {
      const { ws, k, lower } = x;
      const start = obliqueStart(ws, k);
      if (!start) return undefined;
      const rel = ws[k]!;
      if (/[,;:—–()]/u.test(x.doc.input.slice(x.first.start, rel.start))) return undefined; // "…, тоже женщины, которых"
      if (!runsToEnd(x.doc, x.s, rel.end)) return undefined;
      if (!ws.slice(k + 1).some((w) => predicateCue(w.text))) return undefined;
      if (!x.allLeft.some((w) => predicateCue(w))) return undefined;
      // "послание, в котором поддержал усилия …" → "В нём он поддержал усилия …"
      // (only after a preposition: in "продукция которого могла бы" the noun is the subject)
      const afterPrep = k > 0 && RU_PREP.test(lower[k - 1]!);
      const v2 = afterPrep && ws[k + 1] ? pastOf(ws[k + 1]!.text) : null;
      const v1 = x.leftWords.toReversed().find((w) => pastOf(w.text)) ?? x.allLeft.toReversed().find((w) => pastOf(w));
      const v1m = v1 ? pastOf(typeof v1 === 'string' ? v1 : v1.text) : null;
      if (
        v2 &&
        v1m &&
        genderOf(v1m[2]!) === genderOf(v2[2]!) &&
        ws[k + 2] &&
        // (the dictionary knows "усилия" is no subject of "поддержал": «Путин направил послание …,
        // в котором поддержал усилия …» gave «В нём поддержал усилия», kremlin.ru pool, a blind reading)
        (dictionarySubject(ws[k + 2]!, agreementOf(ws[k + 1]!.text)) ??
          maybeSubject(ws[k + 2]!, agreementOf(ws[k + 1]!.text))) === false
      )
        start.push(subjectPronoun(x.allLeft, v2[2]!).toLowerCase());
      return {
        end: rel.end,
        replacement: '. ' + capitalise(start.join(' ')),
        pattern: ', ' + lower.slice(0, k + 1).join(' '),
      };
    },
    confidence: 0.65,
    examples: {
      split: 'Глава региона открыл новый спортивный комплекс на окраине города[[, в котором]] будут заниматься дети.',
      replacement: '. В нём',
      keep: 'Глава региона открыл спортивные площадки на тех улицах, на которых давно мечтали о них жители.',
    },
  },
  {
    // Two clauses joined by a comma alone: ", здесь проводятся …", ", в них работают …",
    // ", его площадь составляет …", ", с июля он выполняет …".
    id: 'asyndetic',
    when: (x) =>
      x.leftWords.length >= 3 &&
      x.leftWords.some((w) => predicateCue(w.text)) &&
      !x.leftSubordinate &&
      !x.correlative &&
      !x.allLeft.some((w) => RU_SUBORDINATE.test(w) && w !== 'и' && w !== 'или') &&
      !x.leftWords.some((w) => RU_SPEECH.test(w.text.toLowerCase())) &&
      asyndeticClause(x.ws, x.lower, x.segLen),
    unless: [],
    words: 1,
    split: (x) => ({
      end: x.first.end,
      replacement: '. ' + capitalise(x.first.text),
      pattern: ', ' + x.w0 + ' (бессоюзное)',
    }),
    confidence: 0.6,
    examples: {
      split: 'В районе построили большой физкультурный комплекс[[, здесь]] проводятся соревнования школьников.',
      replacement: '. Здесь',
      keep: 'В районе построили большой физкультурный комплекс, здесь и сейчас для школьников района.',
    },
  },
  phrase('meanwhile', 'при этом', '. При этом', 0.8, {
    split:
      'Правительство выделило деньги на ремонт всех сельских школ[[, при этом]] ремонт уже начался в десяти районах.',
    replacement: '. При этом',
    keep: 'Правительство выделило деньги на ремонт всех сельских школ, при этом в каждом районе области.',
  }),
  phrase('as-a-result', 'в результате чего', '. В результате', 0.8, {
    split: 'Ночью на реке сошёл лёд у моста[[, в результате чего]] вода затопила несколько домов у берега.',
    replacement: '. В результате',
    keep: 'Ночью на реке сошёл лёд у моста, в результате чего — затопление нескольких домов у берега.',
  }),
  phrase('after-which', 'после чего', '. После этого', 0.8, {
    split: 'Делегация осмотрела новые цеха предприятия в Туле[[, после чего]] стороны подписали соглашение.',
    replacement: '. После этого',
    keep: 'Делегация осмотрела новые цеха предприятия в Туле, после чего — обед и экскурсия по городу.',
  }),
  phrase('therefore', 'в связи с чем', '. Поэтому', 0.75, {
    split: 'Сильный снегопад накрыл всю область ночью[[, в связи с чем]] занятия в школах отменили до среды.',
    replacement: '. Поэтому',
    keep: 'Сильный снегопад накрыл всю область ночью, в связи с чем — отмена занятий в школах до среды.',
  }),
  phrase('thanks-to-which', 'благодаря чему', '. Благодаря этому', 0.8, {
    split: 'В посёлке провели газ в каждый дом этим летом[[, благодаря чему]] жители перестали топить дровами.',
    replacement: '. Благодаря этому',
    keep: 'В посёлке провели газ в каждый дом этим летом, благодаря чему — тепло и чистый воздух зимой.',
  }),
];

/** The split points of the rows in one sentence (a point's `rule` names its row). */
export function ruPoints(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const re = /(;|,) +/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const x = ruSite(doc, s, m.index, m[0]);
    if (!x) continue;
    if (ALWAYS.some((g) => RU_GUARDS[g](x, 0))) continue;
    const rule = RU_SPLIT_RULES.find((r) => r.when(x));
    if (!rule || rule.unless.some((g) => RU_GUARDS[g](x, rule.words))) continue;
    const edit = rule.split(x);
    if (!edit) continue;
    out.push(rulePoint(x.at, edit, rule));
  }
  return out;
}
