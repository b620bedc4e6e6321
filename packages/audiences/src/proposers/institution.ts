/**
 * The issuing institution speaking of itself in the third person → "we" / "мы", with the verb
 * made to agree ("The Department welcomes" → "We welcome"; "Министерство сообщило" → "Мы
 * сообщили"). GOV.UK: "use 'we' for the organisation". The first mention stays, so the reader
 * knows who "we" is; sentences that go on to say "it" of the institution are left alone.
 */
import type { Doc, DocSentence } from '../doc.js';
import { baseOfThird } from '@attache/core';
import { escapeRe, words } from '../text.js';
import { editable, workSentences, type Draft } from './draft.js';
import { EN_MODAL, EN_AGREE, EN_SKIP_ADVERB, EN_VERBS_S } from './institution-words.js';

const EN_HEAD =
  /^(Department|Ministry|Government|Office|Agency|Embassy|Consulate|Council|Commission|Service|Committee|Authority|Administration|Bureau|Centre|Center|Mission|Secretariat|Board|Directorate|Laboratory|Institute|Foundation|Executive|Treasury|Fund|Programme|Program)$/;
const EN_CONNECT = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);

export interface Institution {
  /** The surface forms that name it, longest first ("The Department of State", "the Department", "CDE"). */
  names: string[];
  /** Offset of its first mention (kept as a name). */
  first: number;
}

/** Finds the institution the text speaks for, if it names itself as a subject. */
export function findInstitution(doc: Doc, acronyms: Map<string, string>): Institution | undefined {
  const ru = doc.language === 'ru';
  const selfRef = ru ? /(?<![\p{L}])(мы|нас|нам|наш\p{L}*)(?![\p{L}])/iu : /\b(we|our|us)\b/i;
  const unquoted = doc.sentences.filter((s) => !s.quoted);
  const speaksAsWe = unquoted.some((s) => selfRef.test(s.text));
  const counts = new Map<string, { n: number; first: number }>();
  for (const s of unquoted) {
    const np = ru ? ruSubject(doc, s) : enSubject(doc, s, acronyms);
    if (!np) continue;
    const key = np.name;
    const c = counts.get(key) ?? { n: 0, first: s.start + np.offset };
    c.n++;
    counts.set(key, c);
  }
  // A ministry or department speaks for itself more often than a board or committee it reports on.
  const weight = (name: string, n: number): number =>
    n + (/(Department|Ministry|Government|Embassy|Office|Министерство|Правительство|Посольство)/.test(name) ? 0.5 : 0);
  let best: [string, { n: number; first: number }] | undefined;
  for (const e of counts) if (!best || weight(e[0], e[1].n) > weight(best[0], best[1].n)) best = e;
  if (!best) return undefined;
  if (best[1].n < 2 && !speaksAsWe) return undefined;
  const name = best[0];
  const names = new Set([name]);
  for (const [acr, long] of acronyms) if (long === name || long === name.replace(/^the /i, '')) names.add(acr);
  // Its first mention anywhere (not only as a subject).
  let first = best[1].first;
  for (const n of names) {
    const i = doc.input.search(new RegExp(`(?<![\\p{L}])${escapeRe(n)}(?![\\p{L}])`, 'u'));
    if (i >= 0 && i < first) first = i;
  }
  return { names: [...names].sort((a, b) => b.length - a.length), first };
}

/** An English institution NP starting the sentence: "The Department of State", "CDE". */
function enSubject(
  doc: Doc,
  s: DocSentence,
  acronyms: Map<string, string>,
): { name: string; offset: number } | undefined {
  const ws = words(doc.input, s.start, s.end).slice(0, 10);
  if (ws.length < 2) return undefined;
  let i = 0;
  if (ws[0]!.text === 'The') i = 1;
  const startTok = ws[i];
  if (!startTok || !/^\p{Lu}/u.test(startTok.text)) return undefined;
  // Words before the first must be only spaces/quotes.
  if (/[^\s"“'‘(]/.test(doc.input.slice(s.start, ws[0]!.start))) return undefined;
  let j = i;
  let hasHead = false;
  let lastCap = i - 1;
  while (j < ws.length) {
    const w = ws[j]!.text;
    if (/^\p{Lu}/u.test(w)) {
      if (EN_HEAD.test(w)) hasHead = true;
      lastCap = j;
      j++;
    } else if (EN_CONNECT.has(w) && j + 1 < ws.length && /^\p{Lu}/u.test(ws[j + 1]!.text)) j++;
    else break;
    // Gaps other than a single space end the name.
    if (j < ws.length && j > i && doc.input.slice(ws[j - 1]!.end, ws[j]!.start) !== ' ') break;
  }
  if (lastCap < i) return undefined;
  const single = ws[i]!.text;
  // An acronym names the institution when the text defines it as one, or has an "About CDE" section.
  const acronymLike =
    lastCap === i &&
    i === 0 &&
    /^\p{Lu}{2,6}$/u.test(single) &&
    (words(acronyms.get(single) ?? '').some((w) => EN_HEAD.test(w.text)) || hasAboutSection(doc, single));
  const np = ws
    .slice(i, lastCap + 1)
    .map((w) => w.text)
    .join(' ');
  if (/^United States(?: Government)?$/.test(np)) hasHead = true;
  if (!hasHead && !acronymLike) return undefined;
  const from = ws[0]!.start;
  const to = ws[lastCap]!.end;
  return { name: doc.input.slice(from, to).replace(/^The /, 'the '), offset: from - s.start };
}

const aboutSections = new WeakMap<Doc, Map<string, boolean>>();

/** True when the text has an "About CDE" section heading (asked once per acronym, not per sentence). */
function hasAboutSection(doc: Doc, acronym: string): boolean {
  let seen = aboutSections.get(doc);
  if (!seen) aboutSections.set(doc, (seen = new Map()));
  let has = seen.get(acronym);
  if (has === undefined) {
    has = new RegExp(`(^|\\n)About ${escapeRe(acronym)}\\s*(\\n|$)`).test(doc.input);
    seen.set(acronym, has);
  }
  return has;
}

const RU_HEAD =
  /^(Министерство|Минобороны|Минфин|Минздрав|Минтранс|Минэкономразвития|Минпромторг|Минсельхоз|Минпросвещения|Минобрнауки|Минтруд|Минцифры|МИД|Правительство|Ведомство|Служба|Агентство|Департамент|Комитет|Фонд|Администрация|Управление|Посольство|Пресс-служба|Центр|Минприроды|Роспотребнадзор|Росстат|Росавиация|Ростехнадзор)$/u;

function ruSubject(doc: Doc, s: DocSentence): { name: string; offset: number } | undefined {
  const ws = words(doc.input, s.start, s.end).slice(0, 8);
  const w0 = ws[0];
  if (!w0 || !RU_HEAD.test(w0.text)) return undefined;
  if (/[^\s"«„(]/.test(doc.input.slice(s.start, w0.start))) return undefined;
  // The name runs up to the verb.
  let j = 1;
  while (j < ws.length && j < 6 && !ruFinite(ws[j]!.text) && doc.input.slice(ws[j - 1]!.end, ws[j]!.start) === ' ') j++;
  if (j >= ws.length || !ruFinite(ws[j]!.text)) return undefined;
  return { name: doc.input.slice(w0.start, ws[j - 1]!.end), offset: w0.start - s.start };
}

function ruFinite(w: string): boolean {
  return ruToWe(w) !== undefined;
}

/** A Russian third-person singular predicate → first person plural, or undefined. */
export function ruToWe(word: string): string | undefined {
  const w = word.toLowerCase();
  const fixed: Record<string, string> = {
    будет: 'будем',
    может: 'можем',
    хочет: 'хотим',
    даёт: 'даём',
    дает: 'даем',
    идёт: 'идём',
    идет: 'идем',
    ведёт: 'ведём',
    ведет: 'ведем',
    намерено: 'намерены',
    намерена: 'намерены',
    намерен: 'намерены',
    готово: 'готовы',
    готова: 'готовы',
    готов: 'готовы',
    должно: 'должны',
    должна: 'должны',
    должен: 'должны',
    заинтересовано: 'заинтересованы',
    заинтересована: 'заинтересованы',
    заинтересован: 'заинтересованы',
    уверено: 'уверены',
    уверена: 'уверены',
    уверен: 'уверены',
    убеждено: 'убеждены',
    убеждена: 'убеждены',
    обеспокоено: 'обеспокоены',
    обеспокоена: 'обеспокоены',
    открыто: 'открыты',
    открыта: 'открыты',
  };
  if (fixed[w]) return fixed[w];
  if (w.length < 4) return undefined;
  if (/(лся|лась|лось)$/.test(w)) return w.replace(/(лся|лась|лось)$/, 'лись');
  if (/[аеиоуыэюя](л|ла|ло)$/.test(w)) return w.replace(/(л|ла|ло)$/, 'ли');
  if (/ется$/.test(w)) return w.replace(/ется$/, 'емся');
  if (/ётся$/.test(w)) return w.replace(/ётся$/, 'ёмся');
  if (/ится$/.test(w)) return w.replace(/ится$/, 'имся');
  if (/[аеоуяю]ет$/.test(w)) return w.replace(/ет$/, 'ем');
  if (/[^аеиоуыэюя]ит$/.test(w)) return w.replace(/ит$/, 'им');
  return undefined;
}

export function institutionWe(doc: Doc, inst: Institution | undefined): Draft[] {
  if (!inst) return [];
  // A text in the first person singular ("I have ordered…") has a person as its speaker: "we"
  // would not be the institution then.
  const singular =
    doc.language === 'ru' ? /(?<![\p{L}])(я|мне|меня|мной)(?![\p{L}])/iu : /(?<![\p{L}])(I|my|me)(?![\p{L}’'])/u;
  if (doc.sentences.some((s) => !s.quoted && singular.test(s.text))) return [];
  const out: Draft[] = [];
  const ru = doc.language === 'ru';
  for (const s of workSentences(doc)) {
    for (const name of inst.names) {
      const d = ru ? ruSentence(doc, s, name, inst) : enSentence(doc, s, name, inst);
      if (d) {
        out.push(...d);
        break;
      }
    }
  }
  return out;
}

function draft(start: number, end: number, replacement: string, confidence: number, name: string): Draft {
  return {
    kind: 'institution-we',
    start,
    end,
    replacement,
    confidence,
    safe: true,
    findings: ['audiences/institution-third-person'],
    rationale: 'institution-we',
    data: { name },
  };
}

function enSentence(doc: Doc, s: DocSentence, name: string, inst: Institution): Draft[] | undefined {
  const out: Draft[] = [];
  const text = s.text;
  const bare = name.replace(/^the /i, '');
  const re = new RegExp(`(^|[^\\p{L}])((?:[Tt]he )?${escapeRe(bare)})(’s|'s)?(?![\\p{L}])`, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = s.start + m.index + m[1]!.length;
    const np = m[2]!;
    if (start <= inst.first) continue; // keep the first mention
    const end = start + np.length + (m[3]?.length ?? 0);
    const atStart = /^[\s"“'‘(]*$/.test(doc.input.slice(s.start, start));
    if (m[3]) {
      // Possessive → "our".
      if (!editable(doc, start, end, 'our')) continue;
      out.push(draft(start, end, atStart ? 'Our' : 'our', 0.8, np));
      continue;
    }
    const prevWord = words(doc.input, s.start, start).slice(-1)[0]?.text.toLowerCase();
    // Only where the institution is a party, not a place ("returning staff to the Embassy").
    if (!atStart && prevWord && /^(with|by|contact|thank|join|support)$/.test(prevWord)) {
      // Only as a whole noun phrase: "proposal for CDE funding" keeps the name.
      const follow = doc.input.slice(start + np.length, start + np.length + 20);
      if (
        !/^\s*([,.;:!?)]|$|\s(and|or|to|in|on|at|for|with|by|about|from|as|if|when|that|which|who|before|after|during|because|so|but)\b)/.test(
          follow,
        )
      )
        continue;
      // "contact the Office to Monitor and Combat Trafficking": the name goes on.
      if (/^\s(to|of|for)\s+\p{Lu}/u.test(follow)) continue;
      if (editable(doc, start, start + np.length, 'us')) out.push(draft(start, start + np.length, 'us', 0.7, np));
      continue;
    }
    if (!atStart) continue;
    // Subject at the start: the verb must agree with "we".
    const after = words(doc.input, start + np.length, s.end);
    let k = 0;
    while (k < after.length && EN_SKIP_ADVERB.has(after[k]!.text.toLowerCase()) && after[k]!.text !== 'continues') k++;
    const verb = after[k];
    if (!verb) continue;
    if (/[^\s]/.test(doc.input.slice(start + np.length, after[0]!.start))) continue; // comma or apposition after the name
    const v = verb.text;
    let converted: string | undefined;
    if (EN_MODAL.has(v) || /^[a-z]{3,}ed$/.test(v)) converted = v;
    else if (EN_AGREE[v]) converted = EN_AGREE[v];
    else {
      const base = baseOfThird(v);
      if (base && EN_VERBS_S.has(base)) converted = base;
    }
    if (converted === undefined) continue;
    // A sentence that goes on to call the institution "it" would need more than one edit: leave it.
    const rest = doc.input.slice(verb.end, s.end);
    if (/\b(it|itself|it's|it’s)\b/.test(rest)) continue;
    // "its" in the same clause becomes "our".
    const clauseEnd =
      s.start + (/[,;:.!?]/.exec(doc.input.slice(verb.end, s.end))?.index ?? s.end - verb.end) + (verb.end - s.start);
    const clause = doc.input.slice(verb.end, clauseEnd);
    let replacementTail = doc.input.slice(after[0]!.start, verb.start) + converted;
    let end2 = verb.end;
    // Not an "its" after another name or possessive, which it may belong to ("congratulated India
    // for its contributions"): from there on the clause stays as written.
    const itsEnd = [...clause.matchAll(/\bits\b/g)]
      .filter((x) => !/\p{Lu}|['’]s\b/u.test(clause.slice(0, x.index)))
      .map((x) => x.index + 3)
      .pop();
    if (itsEnd !== undefined) {
      replacementTail += clause.slice(0, itsEnd).replace(/\bits\b/g, 'our');
      end2 = verb.end + itsEnd;
    }
    const replacement = 'We' + doc.input.slice(start + np.length, after[0]!.start) + replacementTail;
    if (!editable(doc, start, end2, replacement)) continue;
    out.push(draft(start, end2, replacement, 0.8, np));
    break;
  }
  return out.length > 0 ? out : undefined;
}

function ruSentence(doc: Doc, s: DocSentence, name: string, inst: Institution): Draft[] | undefined {
  // The first occurrence from the sentence's start, looked for only where it could start inside the sentence.
  const at = doc.input.slice(s.start, s.end + name.length - 1).indexOf(name);
  const start = at < 0 ? -1 : s.start + at;
  if (start < 0 || start >= s.end || start <= inst.first) return undefined;
  if (!/^[\s"«„(]*$/.test(doc.input.slice(s.start, start))) return undefined;
  const after = words(doc.input, start + name.length, s.end);
  const ADV =
    /^(также|уже|вновь|ещё|еще|неоднократно|активно|традиционно|полностью|решительно|твёрдо|твердо|всегда|по-прежнему)$/u;
  let k = 0;
  while (k < after.length && ADV.test(after[k]!.text.toLowerCase())) k++;
  const verb = after[k];
  if (!verb || !after[0]) return undefined;
  if (doc.input.slice(start + name.length, after[0].start) !== ' ') return undefined;
  const we = ruToWe(verb.text);
  if (!we) return undefined;
  // "оно", "его", "им" later in the sentence may point back to the institution: leave it.
  if (/(?<![\p{L}])(оно|его|ему|им|нём|него|ним)(?![\p{L}])/iu.test(doc.input.slice(verb.end, s.end))) return undefined;
  const replacement = 'Мы' + doc.input.slice(start + name.length, verb.start) + we;
  if (!editable(doc, start, verb.end, replacement)) return undefined;
  return [draft(start, verb.end, replacement, 0.75, name)];
}
