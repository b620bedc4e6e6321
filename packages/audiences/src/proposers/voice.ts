/**
 * Youth-specific proposals: address the reader ("Citizens are advised to" → "You should";
 * "Гражданам рекомендуется" → "Советуем вам"), contractions in English, a hook line.
 * Sources: GOV.UK ("address the user as 'you'"), plainlanguage.gov ("Use contractions",
 * "Address the user as you"), Ильяхов «Пиши, сокращай» (обращение на «вы»).
 */
import { EN } from '../data/index.js';
import type { Doc } from '../doc.js';
import { capitalise, escapeRe, indefiniteArticle, L_AFTER, L_BEFORE, words } from '../text.js';
import { atSentenceStart, editable, workSentences, type Draft } from './draft.js';

const EN_GROUPS =
  'citizens|residents|members of the public|the public|parents|students|applicants|travellers|travelers|visitors|customers|users|participants|people|nationals|employers|businesses|families|drivers|patients|pupils|farmers|taxpayers|voters';
const EN_ASKED: Record<string, string> = {
  advised: 'you should',
  urged: 'you should',
  recommended: 'you should',
  encouraged: 'we encourage you to',
  asked: 'please',
  requested: 'please',
  reminded: 'remember to',
  invited: 'you’re invited to',
};

export function addressReader(doc: Doc): Draft[] {
  return doc.language === 'ru' ? ruAddress(doc) : enAddress(doc);
}

function enAddress(doc: Doc): Draft[] {
  const out: Draft[] = [];
  const apostrophe = prefersCurly(doc.input) ? '’' : "'";
  const re = new RegExp(
    `${L_BEFORE}((?:[A-Z][\\w.’']*\\s+){0,2})(${EN_GROUPS})\\s+(is|are)\\s+(?:(strongly)\\s+)?(advised|urged|recommended|encouraged|asked|requested|reminded|invited)\\s+to${L_AFTER}`,
    'gi',
  );
  const modal = new RegExp(
    `${L_BEFORE}((?:[A-Z][\\w.’']*\\s+){0,2})(${EN_GROUPS})\\s+(can|may|should|must|will|need to|have to|are able to|is able to)${L_AFTER}`,
    'gi',
  );
  for (const s of workSentences(doc)) {
    for (const r of [re, modal]) {
      r.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = r.exec(s.text)) !== null) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (!atSentenceStart(doc, s, start)) continue;
        const mod = m[1]!.trim();
        const group = m[2]!.toLowerCase();
        if (!/^[A-Z]/.test(m[0]) && !/^(the public)$/i.test(group)) continue;
        if (mod && /^(The|These|All|Those|Some|Many)$/i.test(mod)) continue;
        let core: string;
        if (r === re) {
          core = EN_ASKED[m[5]!.toLowerCase()]!;
          if (m[4] && core === 'you should') core = 'you really should';
        } else {
          const v = m[3]!.toLowerCase();
          core = 'you ' + (v === 'is able to' ? 'are able to' : v);
        }
        core = core.replace(/'/g, apostrophe).replace(/’/g, apostrophe);
        let replacement: string;
        if (mod) {
          // "U.S. citizens are advised to" → "If you're a U.S. citizen, you should": the qualifier stays.
          if (/^(the public|members of the public|people)$/.test(group)) continue;
          const singular = singularOf(group);
          const art = indefiniteArticle(mod);
          replacement = `If you${apostrophe}re ${art} ${mod} ${singular}, ${core}`;
        } else {
          replacement = capitalise(core);
        }
        // "Citizens are advised to carry their passports" → "You should carry your passports".
        let endAll = end;
        const clauseAll = /^(?:[^,.;:!?]|[.](?=\S))*/.exec(doc.input.slice(end, s.end))![0];
        const lastPron = [...clauseAll.matchAll(/\b(their|theirs|themselves)\b/g)].pop();
        const clause = lastPron ? clauseAll.slice(0, lastPron.index! + lastPron[0].length) : '';
        if (clause) {
          replacement += clause
            .replace(/\btheirs\b/g, 'yours')
            .replace(/\btheir\b/g, 'your')
            .replace(/\bthemselves\b/g, 'yourselves');
          endAll = end + clause.length;
        }
        if (/\b(they|them)\b/.test(clauseAll)) continue;
        if (!editable(doc, start, endAll, replacement)) continue;
        out.push({
          kind: 'address-reader',
          start,
          end: endAll,
          replacement,
          confidence: mod ? 0.65 : 0.75,
          safe: !mod && r === re,
          findings: ['audiences/address-reader'],
          rationale: 'address-reader',
          data: { group },
        });
      }
    }
  }
  return out;
}

function singularOf(group: string): string {
  if (group === 'families') return 'family';
  if (group === 'businesses') return 'business';
  if (group === 'people') return 'person';
  return group.replace(/s$/, '');
}

const RU_GROUPS: Record<string, [string, string, string]> = {
  // nominative, dative, genitive/accusative
  граждане: ['граждане', 'гражданам', 'граждан'],
  жители: ['жители', 'жителям', 'жителей'],
  россияне: ['россияне', 'россиянам', 'россиян'],
  пользователи: ['пользователи', 'пользователям', 'пользователей'],
  родители: ['родители', 'родителям', 'родителей'],
  заявители: ['заявители', 'заявителям', 'заявителей'],
  студенты: ['студенты', 'студентам', 'студентов'],
  участники: ['участники', 'участникам', 'участников'],
};

const RU_PATTERNS: [string, number, string][] = [
  // [predicate, case index of the group, replacement]
  ['рекомендуется', 1, 'советуем вам'],
  ['рекомендуем', 1, 'советуем вам'],
  ['необходимо', 1, 'вам нужно'],
  ['нужно', 1, 'вам нужно'],
  ['следует', 1, 'вам стоит'],
  ['предлагается', 1, 'вы можете'],
  ['напоминаем', 1, 'напоминаем вам'],
  ['напоминают', 1, 'напоминаем вам'],
  ['могут', 0, 'вы можете'],
  ['должны', 0, 'вы должны'],
  ['смогут', 0, 'вы сможете'],
  ['просят', 2, 'просим вас'],
  ['просим', 2, 'просим вас'],
];

let ruAddressRe: { re: RegExp; map: Map<string, { repl: string; group: string }> } | undefined;

function ruAddressPatterns(): { re: RegExp; map: Map<string, { repl: string; group: string }> } {
  if (ruAddressRe) return ruAddressRe;
  const map = new Map<string, { repl: string; group: string }>();
  for (const forms of Object.values(RU_GROUPS)) {
    for (const [pred, caseIdx, repl] of RU_PATTERNS) {
      const group = forms[caseIdx]!;
      // "Гражданам рекомендуется" or "Рекомендуем гражданам"
      map.set(`${group} ${pred}`, { repl, group });
      map.set(`${pred} ${group}`, { repl, group });
    }
  }
  const alt = [...map.keys()].sort((x, y) => y.length - x.length).join('|');
  ruAddressRe = { re: new RegExp(`${L_BEFORE}(?:${alt})${L_AFTER}`, 'giu'), map };
  return ruAddressRe;
}

function ruAddress(doc: Doc): Draft[] {
  const out: Draft[] = [];
  const { re, map } = ruAddressPatterns();
  for (const s of workSentences(doc)) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      const hit = map.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (!hit) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      const initial = atSentenceStart(doc, s, start);
      if (!initial && /^\p{Lu}/u.test(m[0])) continue;
      const replacement = initial ? capitalise(hit.repl) : hit.repl;
      if (!editable(doc, start, end, replacement)) continue;
      out.push({
        kind: 'address-reader',
        start,
        end,
        replacement,
        confidence: 0.75,
        safe: true,
        findings: ['audiences/address-reader'],
        rationale: 'address-reader',
        data: { group: hit.group },
      });
    }
  }
  return out;
}

export function prefersCurly(text: string): boolean {
  const curly = (text.match(/\p{L}’\p{L}/gu) ?? []).length;
  const straight = (text.match(/\p{L}'\p{L}/gu) ?? []).length;
  return curly > straight;
}

/** Pronoun + a form of "be" (the contractions that cannot stand where the complement moved away). */
const BE_CONTRACTION = /^(?:we|you|they) are$|^(?:it|that|there) is$|^I am$/i;
/** Words that move the complement of "be" out of its clause: wh-words and comparative "as"/"than". */
const EMBEDDING = new Set(['what', 'whatever', 'who', 'whoever', 'where', 'wherever', 'how', 'as', 'than']);

/** After "we have": a past participle follows ("we have signed"), not an object ("we have a plan"). */
const BEFORE_PARTICIPLE = '(?= (?:\\w+ly )?[a-z]+(?:ed|en|ne|wn|lt|pt|ght|ld|ung|ook|ade|ot|id|et|ent)\\b)';

/** The rows of `data/en/contractions.json` as patterns: "do not" → /\bdo not\b/gi; "=I am" keeps its case. */
const CONTRACTIONS: [RegExp, string][] = (() => {
  const row = (e: { pattern: string; replace: string[] }, tail = ''): [RegExp, string] => {
    const exact = e.pattern.startsWith('=');
    const phrase = escapeRe(e.pattern.replace(/^=/, ''));
    return [new RegExp(`\\b(?:${phrase})\\b${tail}`, exact ? 'g' : 'gi'), e.replace[0]!];
  };
  const list = EN.contractions;
  return [
    ...list.entries.map((e) => row(e)),
    ...(list.sets?.beforeParticiple ?? []).map((e) => row(e, BEFORE_PARTICIPLE)),
  ];
})();

export function contractions(doc: Doc): Draft[] {
  if (doc.language !== 'en') return [];
  const out: Draft[] = [];
  const apostrophe = prefersCurly(doc.input) ? '’' : "'";
  for (const s of workSentences(doc)) {
    for (const [re, to] of CONTRACTIONS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s.text)) !== null) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        const after = doc.input.slice(end, end + 3);
        // "as it is." / "that is, …": the full form is needed before punctuation.
        if (/^\s*[,.;:!?)\]”"»]/.test(after) || end >= s.end) continue;
        // "has not only … but also": the correlative needs "not" whole ("hasn't only" misreads).
        const next = doc.input.slice(end, end + 12);
        if (/not$/i.test(m[0]) ? /^\s+only\b/i.test(next) : /^\s+not\s+only\b/i.test(next)) continue;
        // "Wherever you are this Christmas", "who we are as Americans", "as it is with …": "be"
        // with its complement moved away keeps its full form ("wherever you're" is not English).
        // A progressive ("where we're going") may still contract.
        if (BE_CONTRACTION.test(m[0])) {
          const prev = words(doc.input, s.start, start).pop()?.text.toLowerCase();
          if (prev && EMBEDDING.has(prev) && !/^\s+\p{L}+ing\b/u.test(next)) continue;
        }
        // "It is" followed by a comma-free participle phrase is fine; a capital "I" is kept.
        let replacement = to.replace("'", apostrophe);
        if (/^\p{Lu}/u.test(m[0])) replacement = capitalise(replacement);
        if (!editable(doc, start, end, replacement)) continue;
        out.push({
          kind: 'contraction',
          start,
          end,
          replacement,
          confidence: 0.85,
          safe: true,
          findings: ['audiences/contraction'],
          rationale: 'contraction',
          data: { from: m[0], to: replacement },
        });
      }
    }
  }
  return out;
}

/** A hook line before the lead: a person must write it, so this is never safe. */
export function hook(doc: Doc): Draft[] {
  const first = doc.sentences.find((s) => !s.quoted);
  if (!first) return [];
  const n = words(doc.input, first.start, first.end).length;
  if (n <= 15) return [];
  const ru = doc.language === 'ru';
  const ws = words(doc.input, first.start, first.end).slice(0, 10);
  const gist = doc.input.slice(ws[0]!.start, ws[ws.length - 1]!.end);
  const replacement = (ru ? `[Главное в одной строке: ${gist}…]` : `[The news in one line: ${gist}…]`) + '\n\n';
  return [
    {
      kind: 'hook',
      start: first.start,
      end: first.start,
      replacement,
      confidence: 0.3,
      safe: false,
      findings: ['audiences/hook'],
      rationale: 'hook',
    },
  ];
}
