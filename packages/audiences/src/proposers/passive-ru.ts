/**
 * Russian passive → active where the agent is in the sentence, in the instrumental, and every
 * form is known (data/ru/passive.json):
 * - a short passive participle (after был/была/было/были or none) + an agent:
 *   "Стратегия утверждена Правительством" → "Стратегию утвердило Правительство";
 * - the -ся form of an imperfective verb + an agent:
 *   "законопроект рассматривается Государственной Думой" → "законопроект рассматривает Государственная Дума".
 * The verb agrees with the agent; the agent goes to the nominative; the patient to the
 * accusative: a pronoun (он → его …), "которая" → "которую", a one-word feminine noun
 * (-а/-я → -у/-ю, -ь stays), or an inanimate noun whose accusative is its nominative (left as
 * it is: masculine and plural nouns of the list, neuter nouns). The order patient – verb – agent
 * keeps the Russian theme–rheme order. Agents: the list's institutions and roles, or a masculine
 * "[Имя] [Фамилия]" with a known given name; never any capitalised instrumental ("назначен
 * Послом", "объявлен Годом …" are predicates). A capitalised word re-inflected is a name to the
 * meaning lock (it compares names by surface), so such proposals are suggestions, never safe.
 */
import { RU, type AgentEntry, type ParticipleEntry, type ReflexiveEntry } from '../data/index.js';
import type { Doc, DocSentence } from '../doc.js';
import { capitalise, lowerFirst, words, type WordToken } from '../text.js';
import { editable, workSentences, type Draft } from './draft.js';

type Gn = 'm' | 'f' | 'n' | 'pl';
const GN_INDEX: Record<Gn, number> = { m: 0, f: 1, n: 2, pl: 3 };

interface VerbForm {
  kind: 'participle' | 'reflexive';
  entry: ParticipleEntry | ReflexiveEntry;
  /** Gender/number of the patient the form agrees with; 'sg' for a present singular (any gender). */
  gn: Gn | 'sg';
  tense: 'past' | 'present';
}

interface Tables {
  verbs: Map<string, VerbForm>;
  /** Agents by first word (lower case), longest first. */
  agents: Map<string, { words: string[]; entry: AgentEntry }[]>;
  names: Map<string, string>;
  m: Set<string>;
  pl: Set<string>;
  f: Set<string>;
}

let tables: Tables | undefined;
function load(): Tables {
  if (tables) return tables;
  const data = RU.passive;
  const verbs = new Map<string, VerbForm>();
  for (const e of data.participles) {
    const base = e.short.replace(/ё/g, 'е');
    const forms: [string, Gn][] = [
      [e.short, 'm'],
      [base, 'm'],
      [base + 'а', 'f'],
      [base + 'о', 'n'],
      [base + 'ы', 'pl'],
    ];
    for (const [f, gn] of forms) verbs.set(f, { kind: 'participle', entry: e, gn, tense: 'past' });
  }
  const refl = (w: string): string => (/[аеёиоуыэюя]$/.test(w) ? w + 'сь' : w + 'ся');
  for (const e of data.reflexives) {
    const add = (w: string, gn: Gn | 'sg', tense: 'past' | 'present'): void => {
      for (const f of new Set([refl(w), refl(w).replace(/ё/g, 'е')]))
        verbs.set(f, { kind: 'reflexive', entry: e, gn, tense });
    };
    add(e.present[0], 'sg', 'present');
    add(e.present[1], 'pl', 'present');
    (['m', 'f', 'n', 'pl'] as const).forEach((gn, i) => add(e.past[i]!, gn, 'past'));
  }
  const agents = new Map<string, { words: string[]; entry: AgentEntry }[]>();
  for (const entry of data.agents) {
    const ws = entry.instr.toLowerCase().split(' ');
    const list = agents.get(ws[0]!) ?? [];
    list.push({ words: ws, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    agents.set(ws[0]!, list);
  }
  tables = {
    verbs,
    agents,
    names: new Map(data.names.map((n) => [n.instr, n.nom])),
    m: new Set(data.inanimate.m),
    pl: new Set(data.inanimate.pl),
    f: new Set(data.inanimate.f),
  };
  return tables;
}

const PRONOUNS: Record<string, [Gn, string]> = {
  он: ['m', 'его'],
  она: ['f', 'её'],
  оно: ['n', 'его'],
  они: ['pl', 'их'],
};
const AUX: Record<string, Gn> = { был: 'm', была: 'f', было: 'n', были: 'pl' };
/** Before the verb group these make it future, conditional or modal: not proposed. */
const NOT_BEFORE = new Set(['будет', 'будут', 'быть', 'бы', 'б', 'будучи', 'будто']);
/** Words that open a clause of their own inside the stretch before the verb. */
const SUBORDINATORS = new Set(['что', 'чтобы', 'если', 'когда', 'где', 'пока', 'хотя']);
const CLAUSE_WORDS = new Set(['который', 'которая', 'которое', 'которые', 'как', 'потому', 'чем']);
const CONJ = new Set(['и', 'а', 'но', 'однако']);
/** Adverbs that may open the clause before the patient ("Сейчас законопроект рассматривается …"). */
const LEAD = new Set(['сейчас', 'сегодня', 'вчера', 'ранее', 'также', 'уже', 'теперь', 'затем', 'впервые', 'тогда']);

export function passiveToActiveRu(doc: Doc): Draft[] {
  if (doc.language !== 'ru') return [];
  const t = load();
  const out: Draft[] = [];
  for (const s of workSentences(doc)) {
    const ws = words(doc.input, s.start, s.end);
    for (let j = 1; j + 1 < ws.length; j++) {
      const d = atVerb(doc, s, ws, j, t);
      if (d) out.push(d);
    }
  }
  return out;
}

const spaceOnly = (text: string): boolean => /^[ \u00a0]+$/.test(text);
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
/** Gives `to` the capital of `from`'s first letter (or lowers it). */
const likeCase = (from: string, to: string): string => (isCap(from) ? capitalise(to) : lowerFirst(to));

function atVerb(doc: Doc, s: DocSentence, ws: WordToken[], j: number, t: Tables): Draft | undefined {
  const text = doc.input;
  const verbTok = ws[j]!;
  const form = t.verbs.get(verbTok.text);
  if (!form) return undefined;

  // The verb group: [был/была/было/были] + participle.
  let groupStart = j;
  if (form.kind === 'participle') {
    const prev = ws[j - 1]!;
    const aux = AUX[prev.text.toLowerCase()];
    if (aux !== undefined && spaceOnly(text.slice(prev.end, verbTok.start))) {
      if (aux !== form.gn) return undefined;
      groupStart = j - 1;
    }
  }
  if (groupStart === 0) return undefined; // no patient before
  const before = ws[groupStart - 1]!;
  if (NOT_BEFORE.has(before.text.toLowerCase())) return undefined;

  // The agent, right after the verb.
  const agent = agentAt(text, ws, j + 1, t);
  if (!agent) return undefined;
  if (!spaceOnly(text.slice(verbTok.end, ws[j + 1]!.start))) return undefined;
  if (coordinated(text, agent.end, s.end)) return undefined;

  // The patient, before the verb group.
  const patient = patientOf(text, s, ws, groupStart, form, t);
  if (!patient) return undefined;
  // A role agent after a verb that also takes a predicate ("он утверждён министром" = as minister),
  // when the patient may be a person: not proposed.
  if (agent.person && (form.entry as ParticipleEntry).predicative && patient.maybePerson) return undefined;

  // The active verb, agreeing with the agent.
  let verb: string;
  if (form.kind === 'participle') verb = (form.entry as ParticipleEntry).past[GN_INDEX[agent.gender]]!;
  else if (form.tense === 'present') verb = (form.entry as ReflexiveEntry).present[agent.gender === 'pl' ? 1 : 0];
  else verb = (form.entry as ReflexiveEntry).past[GN_INDEX[agent.gender]]!;

  const start = patient.replacement !== undefined ? patient.start : ws[groupStart]!.start;
  const head =
    patient.replacement !== undefined ? patient.replacement + text.slice(patient.end, ws[groupStart]!.start) : '';
  const replacement = `${head}${verb} ${agent.replacement}`;
  if (!editable(doc, start, agent.end, replacement)) return undefined;
  // Never across a comma, a dash or a line.
  if (/[,;:—–\n()«»"“”]/.test(text.slice(start, agent.end))) return undefined;
  return {
    kind: 'passive-to-active',
    start,
    end: agent.end,
    replacement,
    confidence: agent.capitalised || patient.capitalised ? 0.5 : 0.7,
    // A re-inflected capitalised word is a changed name to the meaning lock: a suggestion only.
    safe: !agent.capitalised && !patient.capitalised,
    findings: ['audiences/passive'],
    rationale: 'passive-to-active',
    data: { agent: agent.nominative },
  };
}

interface Agent {
  end: number;
  /** The agent in the nominative, with any words kept between (genitive complements). */
  replacement: string;
  nominative: string;
  gender: Gn;
  person: boolean;
  /** A capitalised word is re-inflected. */
  capitalised: boolean;
}

const INSTR_LIKE = /(?:ом|ем|ём|ым|им|ью|ою|ею|ами|ями)$/u;

/** A masculine "[Имя] [Фамилия]" in the instrumental at ws[k]: both words and their nominatives. */
function personalName(text: string, ws: WordToken[], k: number, t: Tables): { end: number; nom: string } | undefined {
  const g = ws[k];
  const f = ws[k + 1];
  if (!g || !f) return undefined;
  const given = t.names.get(g.text);
  if (!given || !spaceOnly(text.slice(g.end, f.start))) return undefined;
  const sur = surnameNominative(f.text);
  return sur ? { end: f.end, nom: `${given} ${sur}` } : undefined;
}

/** A masculine surname in the instrumental → nominative, when its declension is certain. */
function surnameNominative(w: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
  if (/(?:ов|ев|ёв|ин|ын)ым$/u.test(w)) return w.slice(0, -2); // Путиным → Путин
  if (/[сц]ким$/u.test(w)) return w.slice(0, -2) + 'ий'; // Зеленским → Зеленский
  if (/[бвгдзклмнпрстфх]ом$/u.test(w) && w.length > 4) return w.slice(0, -2); // Трампом → Трамп
  if (/[жшщчц]ем$/u.test(w) && w.length > 4) return w.slice(0, -2); // Шольцем → Шольц
  return undefined;
}

function agentAt(text: string, ws: WordToken[], k: number, t: Tables): Agent | undefined {
  const first = ws[k];
  if (!first) return undefined;
  let end = -1;
  let nominative = '';
  let gender: Gn = 'm';
  let person = false;
  let capitalised = false;
  let next = k;
  for (const cand of t.agents.get(first.text.toLowerCase()) ?? []) {
    const toks = ws.slice(k, k + cand.words.length);
    if (toks.length < cand.words.length) continue;
    if (!toks.every((w, i) => w.text.toLowerCase() === cand.words[i])) continue;
    if (!toks.every((w, i) => i === 0 || spaceOnly(text.slice(toks[i - 1]!.end, w.start)))) continue;
    const noms = cand.entry.nom.split(' ');
    nominative = toks.map((w, i) => likeCase(w.text, noms[i]!)).join(' ');
    capitalised = toks.some((w) => isCap(w.text));
    end = toks[toks.length - 1]!.end;
    gender = cand.entry.gender;
    person = cand.entry.person === true;
    next = k + toks.length;
    break;
  }
  if (end < 0) {
    const name = personalName(text, ws, k, t);
    if (!name) return undefined;
    return {
      end: name.end,
      replacement: name.nom,
      nominative: name.nom,
      gender: 'm',
      person: false,
      capitalised: true,
    };
  }
  // What follows the agent up to punctuation: a genitive complement ("Правительством Российской
  // Федерации") stays; an apposition with a known name is re-inflected too ("Президентом России
  // Владимиром Путиным"); any other capitalised instrumental (an apposition we cannot inflect) → none.
  let replacement = nominative;
  for (let i = next; i < ws.length && i < next + 6; i++) {
    const w = ws[i]!;
    if (!spaceOnly(text.slice(ws[i - 1]!.end, w.start))) break;
    const name = person ? personalName(text, ws, i, t) : undefined;
    if (name) {
      replacement += text.slice(end, w.start) + name.nom;
      return { end: name.end, replacement, nominative: `${nominative} ${name.nom}`, gender, person, capitalised: true };
    }
    if (!isCap(w.text)) break;
    if (INSTR_LIKE.test(w.text)) return undefined;
    if (/(?:ой|ей)$/u.test(w.text)) {
      // A feminine adjective: genitive only before a genitive noun ("Российской Федерации").
      const n = ws[i + 1];
      if (!n || !isCap(n.text) || !/[аиыя]$/u.test(n.text)) return undefined;
    }
  }
  return { end, replacement, nominative, gender, person, capitalised };
}

/** True when another agent is coordinated with this one ("Президентом и Правительством"). */
function coordinated(text: string, from: number, to: number): boolean {
  const rest = text.slice(from, to);
  return /(?:,|\sи|\sили|\sлибо|\sа также)\s+[\p{L}-]+(?:ом|ем|ём|ым|им|ой|ей|ью|ами|ями)(?![\p{L}])/u.test(rest);
}

interface Patient {
  start: number;
  end: number;
  /** The accusative, when it differs from the text (undefined: the patient stays as it is). */
  replacement?: string;
  capitalised: boolean;
  /** The patient may be a person (a pronoun, a one-word feminine noun). */
  maybePerson: boolean;
}

function agrees(gn: Gn, form: VerbForm): boolean {
  return form.gn === gn || (form.gn === 'sg' && gn !== 'pl');
}

function patientOf(
  text: string,
  s: DocSentence,
  ws: WordToken[],
  groupStart: number,
  form: VerbForm,
  t: Tables,
): Patient | undefined {
  const groupTok = ws[groupStart]!;
  const prev = ws[groupStart - 1]!;
  const gapBefore = text.slice(prev.end, groupTok.start);
  const lower = prev.text.toLowerCase();

  // A pronoun right before the verb group.
  const pron = PRONOUNS[lower];
  if (pron) {
    if (!spaceOnly(gapBefore) || !agrees(pron[0], form)) return undefined;
    return {
      start: prev.start,
      end: prev.end,
      replacement: likeCase(prev.text, pron[1]),
      capitalised: false,
      maybePerson: true,
    };
  }
  // A relative pronoun: "которая" → "которую"; "которое" stays; "который"/"которые" stay when
  // what they refer to is inanimate (the word before the comma is in the list).
  if (/^котор(?:ый|ая|ое|ые)$/.test(lower)) {
    if (!spaceOnly(gapBefore)) return undefined;
    const gn: Gn = lower === 'который' ? 'm' : lower === 'которая' ? 'f' : lower === 'которое' ? 'n' : 'pl';
    if (!agrees(gn, form)) return undefined;
    if (gn === 'f')
      return { start: prev.start, end: prev.end, replacement: 'которую', capitalised: false, maybePerson: true };
    if (gn === 'n') return { start: prev.start, end: prev.end, capitalised: false, maybePerson: false };
    const ante = /([\p{L}-]+),\s*$/u.exec(text.slice(Math.max(s.start, prev.start - 60), prev.start));
    const a = ante?.[1]?.toLowerCase();
    if (!a || !(gn === 'm' ? t.m : t.pl).has(a)) return undefined;
    return { start: prev.start, end: prev.end, capitalised: false, maybePerson: false };
  }

  // The clause before the verb group: from the sentence start or the last , ; : — (.
  const head = text.slice(s.start, groupTok.start);
  const cut = Math.max(...[',', ';', ':', '—', '–', '('].map((c) => head.lastIndexOf(c)));
  const clauseStart = cut < 0 ? s.start : s.start + cut + 1;
  let stretch = ws.slice(0, groupStart).filter((w) => w.start >= clauseStart);
  // A subordinate clause starts after its conjunction ("…, что задолженность подтверждена судом").
  const sub = stretch.findLastIndex((w) => SUBORDINATORS.has(w.text.toLowerCase()));
  if (sub >= 0) stretch = stretch.slice(sub + 1);
  if (stretch.length === 0 || stretch.length > 10) return undefined;
  if (/[«»"“”]/.test(text.slice(clauseStart, groupTok.start)) && stretch.length === 1) return undefined;
  if (stretch.some((w) => CLAUSE_WORDS.has(w.text.toLowerCase()) || PRONOUNS[w.text.toLowerCase()])) return undefined;
  let i = 0;
  if (CONJ.has(stretch[0]!.text.toLowerCase())) i++;
  while (i < stretch.length - 1 && LEAD.has(stretch[i]!.text.toLowerCase())) i++;
  const rest = stretch.slice(i);
  if (rest.length === 0) return undefined;
  const atStart = (w: WordToken): boolean => /^[\s"“«„'‘([\-–—•*]*$/u.test(text.slice(s.start, w.start));

  // A one-word feminine patient: -а/-я → -у/-ю, -ь stays.
  if (rest.length === 1) {
    const w = rest[0]!;
    const lw = w.text.toLowerCase();
    const fem = t.f.has(lw) || /^\p{Ll}[\p{Ll}-]*(?:(?:ци|и)я|ость)$/u.test(lw);
    if (fem && agrees('f', form) && spaceOnly(text.slice(w.end, groupTok.start))) {
      const acc = lw.endsWith('а')
        ? w.text.slice(0, -1) + 'у'
        : lw.endsWith('я')
          ? w.text.slice(0, -1) + 'ю'
          : undefined;
      const nameLike = isCap(w.text) && !atStart(w);
      if (acc === undefined) return { start: w.start, end: w.end, capitalised: false, maybePerson: false };
      return { start: w.start, end: w.end, replacement: acc, capitalised: nameLike, maybePerson: isCap(w.text) };
    }
  }

  // An inanimate noun whose accusative is its nominative: leading adjectives, then the noun.
  let k = 0;
  while (k < rest.length - 1 && /(?:ый|ий|ой|ое|ее|ые|ие)$/u.test(rest[k]!.text.toLowerCase()) && k < 3) k++;
  const noun = rest[k]!.text.toLowerCase();
  let gn: Gn | undefined;
  if (t.m.has(noun)) gn = 'm';
  else if (t.pl.has(noun) || /(?:ния|тия|ции)$/u.test(noun)) gn = 'pl';
  else if (/(?:ние|тие|ство)$/u.test(noun) || noun === 'это') gn = 'n';
  if (gn === undefined || !agrees(gn, form)) return undefined;
  // The adjectives must agree with the noun.
  const adjEnd = gn === 'm' ? /(?:ый|ий|ой)$/u : gn === 'pl' ? /(?:ые|ие)$/u : /(?:ое|ее)$/u;
  if (!rest.slice(0, k).every((w) => adjEnd.test(w.text.toLowerCase()))) return undefined;
  return { start: rest[0]!.start, end: rest[rest.length - 1]!.end, capitalised: false, maybePerson: false };
}
