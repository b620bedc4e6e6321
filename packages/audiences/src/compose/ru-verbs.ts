/**
 * Hidden verbs whose verb governs another case, back to the verb, for a Russian version:
 * «выразили поддержку начавшемуся диалогу» → «поддержали начавшийся диалог», «выразил
 * признательность Дональду Трампу» → «поблагодарил Дональда Трампа», «обеспечить выполнение
 * договорённостей» → «выполнить договорённости», «договорились о продолжении личных контактов» →
 * «договорились продолжить личные контакты». The pairs are core's Russian hidden-verbs data
 * (lint/data/ru/hidden-verbs.json, after Галь, «Слово живое и мёртвое»: «выразить поддержку» →
 * «поддержать», «обеспечить реализацию» → «выполнить»), which the audiences' exact-form list
 * (data/ru/hidden-verbs.json) leaves out because the object's case changes. Here core's morphology
 * does what the list cannot: the verb takes the light verb's tense, number and gender
 * (`agree`), the object (its adjectives and its noun, a person's names) takes the new verb's case
 * in its own number, an animate object's accusative its genitive form.
 *
 * Refused (the sentence stays as it was) whenever the object is not plain: inside quotation marks,
 * followed by «и», «или» or a comma (a coordinated object would be half changed), a capitalised
 * head followed by another capitalised word («Президенту США Дональду Трампу»), or any word the
 * morphology cannot put into the form. The verifier passes each result (ok).
 */
import { russianMorphology, type RuCase, type RuParse } from '@attache/core';
import { inQuoted, ruQuoted } from './ru-plain.js';

interface Row {
  /** Lemmas of the light verb, perfective and imperfective. */
  verb: readonly [string, string];
  /** Lemma of the verbal noun it takes (in the accusative). */
  noun: string;
  /** The verb in its stead, perfective and imperfective (the light verb's aspect decides). */
  to: readonly [string, string];
  /** The case the object stands in after the noun, and the case the new verb governs. */
  from: RuCase;
  into: RuCase;
}

/** Core's hidden-verbs rows whose object changes case (source: gal). */
const ROWS: readonly Row[] = [
  { verb: ['выразить', 'выражать'], noun: 'поддержка', to: ['поддержать', 'поддерживать'], from: 'datv', into: 'accs' },
  { verb: ['оказать', 'оказывать'], noun: 'поддержка', to: ['поддержать', 'поддерживать'], from: 'datv', into: 'accs' },
  {
    verb: ['выразить', 'выражать'],
    noun: 'благодарность',
    to: ['поблагодарить', 'благодарить'],
    from: 'datv',
    into: 'accs',
  },
  {
    verb: ['выразить', 'выражать'],
    noun: 'признательность',
    to: ['поблагодарить', 'благодарить'],
    from: 'datv',
    into: 'accs',
  },
  {
    verb: ['обеспечить', 'обеспечивать'],
    noun: 'выполнение',
    to: ['выполнить', 'выполнять'],
    from: 'gent',
    into: 'accs',
  },
  {
    verb: ['обеспечить', 'обеспечивать'],
    noun: 'реализация',
    to: ['выполнить', 'выполнять'],
    from: 'gent',
    into: 'accs',
  },
  { verb: ['провести', 'проводить'], noun: 'обсуждение', to: ['обсудить', 'обсуждать'], from: 'gent', into: 'accs' },
  {
    verb: ['провести', 'проводить'],
    noun: 'анализ',
    to: ['проанализировать', 'анализировать'],
    from: 'gent',
    into: 'accs',
  },
  { verb: ['провести', 'проводить'], noun: 'проверка', to: ['проверить', 'проверять'], from: 'gent', into: 'accs' },
  { verb: ['дать', 'давать'], noun: 'оценка', to: ['оценить', 'оценивать'], from: 'datv', into: 'accs' },
];

/**
 * Verbs of agreeing whose «о» + verbal noun is what was agreed: «договорились о продолжении
 * контактов» → «договорились продолжить контакты» (the infinitive these verbs also take).
 */
const AGREED = /^(?:договориться|условиться|договариваться)$/u;

/** Verbal nouns and their verb (perfective where the noun names one act), each governing the accusative. */
const NOUN_VERB: ReadonlyMap<string, string> = new Map([
  ['продолжение', 'продолжить'],
  ['укрепление', 'укрепить'],
  ['расширение', 'расширить'],
  ['развитие', 'развивать'],
  ['наращивание', 'наращивать'],
  ['проведение', 'провести'],
  ['подготовка', 'подготовить'],
  ['создание', 'создать'],
  ['сохранение', 'сохранить'],
  ['возобновление', 'возобновить'],
  ['поддержание', 'поддерживать'],
  ['организация', 'организовать'],
  ['активизация', 'активизировать'],
  ['углубление', 'углубить'],
]);

const WORD = /[\p{L}][\p{L}-]*/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The reading of `w` among `ps` with part of speech in `pos` and case `c`, most likely first. */
const reading = (ps: readonly RuParse[], pos: readonly string[], c: RuCase): RuParse | undefined =>
  ps.find((p) => p.score >= 0.05 && pos.includes(p.pos ?? '') && p.case === c);

const PERSONAL = /\b(?:Name|Surn|Patr)\b/u;

/**
 * The object after position `i` in case `c` put into case `into`: adjectives (participles) that
 * agree with it, then its noun, then a person's further names. Null when it is not plain.
 */
function moveObject(
  s: string,
  ws: readonly Word[],
  i: number,
  c: RuCase,
  into: RuCase,
): { start: number; end: number; text: string } | null {
  const m = russianMorphology()!;
  const spaced = (a: Word, b: Word): boolean => s.slice(a.end, b.start) === ' ';
  let j = i;
  const adjs: Array<{ w: Word; p: RuParse }> = [];
  while (j < ws.length && (j === i || spaced(ws[j - 1]!, ws[j]!))) {
    const p = reading(m.parse(ws[j]!.text.toLowerCase()), ['ADJF', 'PRTF'], c);
    if (!p || /^\p{Lu}/u.test(ws[j]!.text)) break;
    // a superlative or a comparative would lose its degree («крупнейшим» → «крупный»)
    if (/\b(?:Supr|Cmp2|Cmpr)\b/u.test(p.tag)) return null;
    adjs.push({ w: ws[j]!, p });
    j++;
  }
  const head = ws[j];
  if (
    !head ||
    (j > i && !spaced(ws[j - 1]!, head)) ||
    (j === i && j > 0 && s.slice(ws[j - 1]!.end, head.start) !== ' ')
  )
    return null;
  const hp = reading(m.parse(head.text.toLowerCase()), ['NOUN'], c);
  if (!hp || !hp.number) return null;
  const nouns: Array<{ w: Word; p: RuParse }> = [{ w: head, p: hp }];
  j++;
  // a person's further names («Дональду Трампу»): capitalised nouns in the same case after a name
  while (
    PERSONAL.test(hp.tag) &&
    j < ws.length &&
    spaced(ws[j - 1]!, ws[j]!) &&
    /^\p{Lu}/u.test(ws[j]!.text) &&
    reading(m.parse(ws[j]!.text.toLowerCase()), ['NOUN'], c)
  ) {
    nouns.push({ w: ws[j]!, p: reading(m.parse(ws[j]!.text.toLowerCase()), ['NOUN'], c)! });
    j++;
  }
  const last = nouns.at(-1)!.w;
  const after = s.slice(last.end);
  // a coordinated object, an object inside a quotation, a title before a name: not plain
  if (/^\s*(?:,|и\s|или\s|»|")/u.test(after)) return null;
  if (/[«"“]/u.test(s.slice(ws[i]!.start, last.end))) return null;
  if (/^\p{Lu}/u.test(head.text) && nouns.length === 1 && /^\s+\p{Lu}/u.test(after)) return null;
  const animate = hp.animacy === 'anim' || PERSONAL.test(hp.tag);
  const number = hp.number;
  const gender = hp.gender ?? undefined;
  // an animate object's accusative is its genitive in the plural and in the masculine
  const asked: RuCase = into === 'accs' && animate && (number === 'plur' || gender === 'masc') ? 'gent' : into;
  const put: string[] = [];
  for (const { w, p } of adjs) {
    const f = m.inflect(w.text, {
      pos: p.pos!,
      case: asked,
      number,
      ...(number === 'sing' && gender ? { gender } : {}),
      // (the accusative asked here is an inanimate one: an animate one was asked as the genitive)
      ...(asked === 'accs' && (number === 'plur' || gender === 'masc') ? { animacy: 'inan' as const } : {}),
    });
    if (!f) return null;
    put.push(f);
  }
  for (const { w } of nouns) {
    const f = m.inflect(w.text, { pos: 'NOUN', case: asked, number });
    if (!f) return null;
    put.push(f);
  }
  const start = ws[i]!.start;
  // the words keep their spacing (single spaces, checked above)
  return { start, end: last.end, text: put.join(' ') };
}

/** `s` with its hidden verbs of another government back to verbs, when `ok` (the verifier) passes. */
export function ruGovernedVerbs(s: string, ok: (text: string) => boolean): string {
  const m = russianMorphology();
  const quoted = ruQuoted(s);
  if (!m || quoted.speech) return s; // speech stays as said (a name in guillemets, as it is named)
  const ws = [...s.matchAll(WORD)].map((x) => ({ text: x[0], start: x.index, end: x.index + x[0].length }));
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (let i = 0; i + 2 < ws.length; i++) {
    const v = ws[i]!;
    const n = ws[i + 1]!;
    if (s.slice(v.end, n.start) !== ' ') continue;
    const vps = m.parse(v.text.toLowerCase()).filter((p) => (p.pos === 'VERB' || p.pos === 'INFN') && p.score >= 0.2);
    const vp = vps[0];
    if (!vp) continue;
    // «договорились о продолжении контактов» → «договорились продолжить контакты»
    if (AGREED.test(vp.lemma) && /^(?:о|об)$/u.test(n.text) && s.slice(n.end, ws[i + 2]!.start) === ' ') {
      const noun = ws[i + 2]!;
      const np = reading(m.parse(noun.text.toLowerCase()), ['NOUN'], 'loct');
      const verb = np && np.number === 'sing' ? NOUN_VERB.get(np.lemma) : undefined;
      if (!verb || !ws[i + 3] || s.slice(noun.end, ws[i + 3]!.start) !== ' ') continue;
      const obj = moveObject(s, ws, i + 3, 'gent', 'accs');
      if (!obj) continue;
      edits.push({ start: n.start, end: obj.end, text: `${verb} ${obj.text}` });
      i += 3;
      continue;
    }
    const nps = m.parse(n.text.toLowerCase());
    const row = ROWS.find(
      (r) =>
        r.verb.includes(vp.lemma) &&
        nps.some((p) => p.pos === 'NOUN' && p.lemma === r.noun && p.case === 'accs' && p.score >= 0.2),
    );
    if (!row || /^\p{Lu}/u.test(n.text)) continue;
    const to = vp.aspect === 'impf' ? row.to[1] : row.to[0];
    let verb = m.agree(to, v.text.toLowerCase());
    if (!verb) continue;
    if (/^\p{Lu}/u.test(v.text)) verb = verb.charAt(0).toUpperCase() + verb.slice(1);
    // thanks with no one named, only for what («была выражена признательность за оказываемое ОАЭ
    // посредническое содействие», kremlin.ru pool, news/76521, once active): «поблагодарили за …»
    if (row.to[0] === 'поблагодарить' && ws[i + 2]!.text === 'за' && s.slice(n.end, ws[i + 2]!.start) === ' ') {
      edits.push({ start: v.start, end: n.end, text: verb });
      i += 1;
      continue;
    }
    // the adjectives of the noun go with it («искреннюю признательность»): none allowed, the noun follows the verb
    const obj = moveObject(s, ws, i + 2, row.from, row.into);
    if (!obj || s.slice(n.end, ws[i + 2]!.start) !== ' ') continue;
    edits.push({ start: v.start, end: obj.end, text: `${verb} ${obj.text}` });
    i += 2;
  }
  const outside = edits.filter((e) => !inQuoted(quoted.spans, e.start, e.end));
  if (outside.length === 0) return s;
  let out = s;
  for (const e of outside.toReversed()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out !== s && ok(out) ? out : s;
}

/**
 * «носил … характер» said with the adjectives themselves (core's hidden-verbs row «носить *
 * характер»: «пишите прилагательное», after Галь): «Разговор носил тёплый и дружеский характер» →
 * «Разговор был тёплым и дружеским», «Переговоры носили конструктивный характер» → «Переговоры
 * были конструктивными». Past tense only, whose verb shows the subject's gender and number (the
 * present would drop «быть» and need the subject's gender); the adjectives (joined by «и» or
 * commas) put into the instrumental of that gender and number; «характер» must end the clause.
 */
export function ruCharacter(s: string, ok: (text: string) => boolean): string {
  const m = russianMorphology();
  if (!m || /[«“"]/u.test(s)) return s;
  const re = /(?<!\p{L})(носил[аои]?)\s+((?:\p{Ll}+(?:,\s+|\s+и\s+))*\p{Ll}+)\s+характер(?=\s*[.,;!?]|$)/gu;
  let out = s;
  for (const x of [...s.matchAll(re)].toReversed()) {
    const vp = m.parse(x[1]!).find((p) => p.pos === 'VERB' && p.tense === 'past' && p.lemma === 'носить');
    if (!vp || !vp.number) continue;
    const number = vp.number;
    const gender = number === 'sing' ? (vp.gender ?? undefined) : undefined;
    if (number === 'sing' && !gender) continue;
    const be = m.inflect('был', { tense: 'past', number, ...(gender ? { gender } : {}) });
    if (!be) continue;
    let failed = false;
    const adjs = x[2]!.replace(/\p{Ll}+/gu, (w) => {
      if (w === 'и') return w;
      const p = m.parse(w).find((r) => r.pos === 'ADJF' && r.case === 'accs' && r.score >= 0.1);
      const f = p ? m.inflect(w, { pos: 'ADJF', case: 'ablt', number, ...(gender ? { gender } : {}) }) : null;
      if (!f) failed = true;
      return f ?? w;
    });
    if (failed) continue;
    out = out.slice(0, x.index) + `${be} ${adjs}` + out.slice(x.index + x[0].length);
  }
  return out !== s && ok(out) ? out : s;
}

/**
 * «является» said with a dash (core's plain-words row «=является|=являются» → «—», «это»; Галь,
 * «Слово живое и мёртвое», on «является» as the officialese link): «Центральным элементом
 * комплекса является 85-метровая скульптура …» → «Центральный элемент комплекса — 85-метровая
 * скульптура …» (ru_kremlin_15), «Россия является крупнейшим партнёром Китая» → «Россия —
 * крупнейший партнёр Китая». The phrase in the instrumental (its adjectives and its noun) takes the
 * nominative in its own number; present tense only; refused when the phrase is not plain (see
 * `moveObject`) or there is no such phrase on either side.
 */
export function ruIsDash(s: string, ok: (text: string) => boolean): string {
  const m = russianMorphology();
  const quoted = ruQuoted(s);
  if (!m || quoted.speech) return s;
  const ws = [...s.matchAll(WORD)].map((x) => ({ text: x[0], start: x.index, end: x.index + x[0].length }));
  const at = ws.findIndex((w) => /^(?:является|являются)$/u.test(w.text));
  if (at < 1 || ws.findIndex((w, i) => i > at && /^(?:является|являются)$/u.test(w.text)) > 0) return s;
  const link = ws[at]!;
  if (s.slice(ws[at - 1]!.end, link.start) !== ' ' || !/^ [\p{L}\p{N}]/u.test(s.slice(link.end))) return s;
  let out: string | null = null;
  // «Россия является крупнейшим партнёром …»: the phrase after the link
  // (not after a personal pronoun: «Она член Совета» takes no dash, Розенталь, «Справочник по
  // правописанию», on the dash between subject and predicate)
  const pronoun = /^(?:я|ты|он|она|оно|мы|вы|они)$/iu.test(ws[at - 1]!.text);
  // the link is the sentence's one predicate: no finite verb before it («Ольга воспитывает троих
  // детей и является членом Совета …», ru_kremlin_03, would read «… детей и — член Совета»)
  const finite = (w: string): boolean =>
    m.parse(w.toLowerCase()).some((p) => (p.pos === 'VERB' || p.pos === 'CONJ') && p.score >= 0.3);
  if (ws.slice(0, at).some((w) => finite(w.text))) return s;
  const after = pronoun ? null : moveObject(s, ws, at + 1, 'ablt', 'nomn');
  if (after && !inQuoted(quoted.spans, after.start, after.end))
    out = `${s.slice(0, ws[at - 1]!.end)} — ${after.text}${s.slice(after.end)}`;
  else if (/^\p{Lu}/u.test(ws[0]!.text) && ws[0]!.start === 0) {
    // «Центральным элементом комплекса является …»: the phrase opens the sentence
    const lower = `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
    const front = moveObject(
      lower,
      ws.map((w, i) => (i === 0 ? { ...w, text: lower.slice(w.start, w.end) } : w)),
      0,
      'ablt',
      'nomn',
    );
    if (front && front.end <= ws[at - 1]!.end && !inQuoted(quoted.spans, front.start, front.end)) {
      const text = front.text.charAt(0).toUpperCase() + front.text.slice(1);
      out = `${text}${s.slice(front.end, ws[at - 1]!.end)} — ${s.slice(link.end + 1)}`;
    }
  }
  return out && out !== s && ok(out) ? out : s;
}
