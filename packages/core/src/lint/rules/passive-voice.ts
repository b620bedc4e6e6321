/**
 * Passive voice. Plain-language guides (plainlanguage.gov "Use active voice"; GOV.UK; Нора Галь,
 * Ильяхов) ask for the actor as the subject. When the text names the actor ("by the Ministry",
 * "Правительством"), the message says who should be the subject.
 *
 * English: a cheap token scan finds candidates (a form of "be"/"get", up to two adverbs, a past
 * participle); core's own English tagger (pos/index.ts, the lexicon formality uses) with lists of
 * months, weekdays, durations and number words then tags the candidate sentences (`tagSentence`)
 * to turn away participles the lexicon knows as adjectives and to read the "by …" agent. Until
 * issue 14 compromise did this; on the 345 English texts of english-tagging.test.ts the findings
 * are the same with the default options (with `agentless`, 17 more and 2 fewer, listed there). Russian: auxiliary + short participle ("было принято"),
 * listed short participles ("подписан"), listed -ся passives ("осуществляется"), and an
 * instrumental agent ("кем": "Правительством"); after an appointment or award participle
 * ("назначен Послом", "награждён орденом", "Указом … освобождён") the instrumental is the post,
 * the award or the decree, not an agent.
 */
import { z } from 'zod';
import { wordTags, type Pos } from '../../pos/index.js';
import type { Token } from '../../text/tokenize.js';
import { norm, stemRu } from '../morph.js';
import type { ListEntry, ListFile } from '../schema.js';
import type { LintSentence, Rule, RunContext } from '../types.js';
import { docsUrl, words } from '../util.js';

const Options = z
  .object({
    /** Also report passives whose participle is on the list of adjectival ones ("is located"). */
    adjectival: z.boolean().default(false),
    /** Also report passives that name no agent ("the talks were held", "принят закон"). Off by
     * default: without an agent the active needs a subject the writer may not want to name, and
     * on the releases readers acted on few of them ("will be heard", "are embargoed"). */
    agentless: z.boolean().default(false),
  })
  .strict();
type Options = z.infer<typeof Options>;

export const passiveVoice: Rule<Options> = {
  meta: {
    id: 'passive-voice',
    kind: 'existence',
    languages: ['en', 'ru'],
    description: 'Passive voice ("was signed", "было принято"): say who acts; names the agent when the text has one.',
    url: docsUrl('passive-voice'),
    severity: 'suggestion',
    messages: ['passive', 'passiveAgent'],
    fixable: false,
    options: Options,
    data: true,
    sources: ['plainlanguage-active', 'govuk-active', 'gal', 'ilyakhov'],
    yieldsTo: ['hidden-verbs', 'diplomatic-boilerplate', 'plain-words'],
  },
  create(ctx) {
    const c = ctx.options.agentless
      ? ctx
      : { ...ctx, report: (r: Parameters<typeof ctx.report>[0]) => r.messageId === 'passive' || ctx.report(r) };
    if (ctx.language === 'ru') russian(c);
    else if (ctx.language === 'en') english(c);
  },
};

function collect(lists: readonly ListFile[], name: string | null): Set<string> {
  const out = new Set<string>();
  for (const l of lists) {
    const entries: readonly ListEntry[] = name === null ? l.entries : (l.sets?.[name] ?? []);
    for (const e of entries) out.add(norm(e.pattern));
  }
  return out;
}

const listCache = new WeakMap<ListFile, Map<string, Set<string>>>();
function sets(lists: readonly ListFile[], names: readonly (string | null)[]): Map<string, Set<string>> {
  // The engine passes a fresh array per run: cache on the (built-in) list object when it is alone.
  const key = lists.length === 1 ? lists[0]! : null;
  const hit = key ? listCache.get(key) : undefined;
  if (hit) return hit;
  const m = new Map<string, Set<string>>();
  for (const n of names) m.set(n ?? 'entries', collect(lists, n));
  if (key) listCache.set(key, m);
  return m;
}

const gapHasPunct = (text: string, a: number, b: number): boolean => /[^\s\u00a0]/.test(text.slice(a, b));

// ---------------------------------------------------------------- English

const EN_CHAIN = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'to',
  'not',
]);
const EN_ADVERBS = new Set([
  'not',
  'never',
  'also',
  'already',
  'now',
  'still',
  'further',
  'then',
  'just',
  'being',
  'all',
  'both',
  'each',
  'thus',
  'often',
  'soon',
  'since',
  'once',
  'again',
  'long',
  'well',
]);
const NOT_AGENT = new Set([
  'law',
  'hand',
  'chance',
  'mistake',
  'default',
  'far',
  'means',
  'virtue',
  'way',
  'then',
  'now',
  'contrast',
  'comparison',
  'phone',
  'telephone',
  'email',
  'e-mail',
  'mail',
  'post',
  'video',
  'videoconference',
  'videolink',
  'car',
  'air',
  'train',
  'sea',
  'land',
  'road',
  'rail',
  'design',
  'nature',
  'definition',
  'itself',
  'themselves',
  'far',
  'no',
  'tomorrow',
  'today',
  'tonight',
  'midnight',
  'noon',
  'end',
  'close',
  'mid',
]);
const GERUND_PREP = new Set([
  'for',
  'of',
  'by',
  'after',
  'before',
  'without',
  'despite',
  'about',
  'from',
  'on',
  'upon',
]);
const AGENT_STOP = /^(?:Preposition|Conjunction|Verb|Adverb|QuestionWord|Date|Value|Month|WeekDay|Gerund)$/;

interface Cand {
  sentence: LintSentence;
  from: number; // span start token
  part: number; // participle token
  toks: Token[];
}

function english(ctx: RunContext<Options>): void {
  const s = sets(ctx.lists, [null, 'auxiliaries', 'adjectival', 'notParticiple', 'notActor', 'withBy']);
  const irregular = s.get('entries')!;
  const aux = s.get('auxiliaries')!;
  const adjectival = ctx.options.adjectival ? new Set<string>() : s.get('adjectival')!;
  const notPart = s.get('notParticiple')!;
  const notActor = s.get('notActor')!;
  const withBy = s.get('withBy')!;
  const text = ctx.prose.text;
  const cands: Cand[] = [];
  for (const sentence of ctx.sentences) {
    const toks = words(ctx, sentence);
    for (let i = 0; i < toks.length; i++) {
      if (!aux.has(norm(toks[i]!.text))) continue;
      // A passive gerund after a preposition ("designated for being wholly owned by …") is a
      // noun phrase, not a clause to turn active.
      if (
        /^(?:being|getting)$/.test(norm(toks[i]!.text)) &&
        i > 0 &&
        GERUND_PREP.has(norm(toks[i - 1]!.text)) &&
        !gapHasPunct(text, toks[i - 1]!.end, toks[i]!.start)
      )
        continue;
      let j = i + 1;
      while (
        j < toks.length &&
        j <= i + 3 &&
        (EN_ADVERBS.has(norm(toks[j]!.text)) || norm(toks[j]!.text).endsWith('ly')) &&
        !aux.has(norm(toks[j]!.text))
      )
        j++;
      if (j < toks.length && norm(toks[j]!.text) === 'being') j++;
      const p = toks[j];
      if (!p || gapHasPunct(text, toks[j - 1]!.end, p.start)) continue;
      const w = norm(p.text);
      const participle = irregular.has(w) || (/[a-z]ed$/.test(w) && w.length >= 4 && !notPart.has(w));
      if (!participle || adjectival.has(w)) continue;
      // Extend left over "has been", "will be", "must not be".
      let from = i;
      while (
        from > 0 &&
        EN_CHAIN.has(norm(toks[from - 1]!.text)) &&
        !gapHasPunct(text, toks[from - 1]!.end, toks[from]!.start)
      )
        from--;
      if (norm(toks[from]!.text) === 'to' && from < i) from++;
      cands.push({ sentence, from, part: j, toks });
      i = j;
    }
  }
  if (cands.length === 0) return;
  const tags = new Map<number, Set<string>>();
  const tagged = new Set<Token[]>();
  for (const c of cands) {
    if (tagged.has(c.toks)) continue;
    tagged.add(c.toks);
    tagSentence(c.toks, tags);
  }
  for (const c of cands) {
    const p = c.toks[c.part]!;
    // A word in "-ed" that the English lexicon knows as an adjective first ("is unprecedented",
    // "be immensely talented", "must be civilian-led") is not a participle.
    if (!irregular.has(norm(p.text)) && tags.get(p.start)?.has('Adjective')) continue;
    // "will be joined by", "accompanied by", "co-hosted by", "caused by": the passive keeps the
    // person, event or effect the sentence is about as its topic (the list's withBy set).
    if (withBy.has(norm(p.text)) && byAt(c) > 0) continue;
    // In a relative clause ("the program, which is administered by the Diplomatic Security
    // Service, …") the passive keeps the noun the clause describes as its topic; "many of which
    // are being scaled by …" still counts.
    // A modal or a negation may stand between ("this urgent threat that cannot be defeated by a
    // single nation alone").
    let rel = c.from - 1;
    while (rel > 0 && MODAL_OR_NOT.test(norm(c.toks[rel]!.text))) rel--;
    if (rel >= 0 && RELATIVE.test(norm(c.toks[rel]!.text)) && !(rel > 0 && norm(c.toks[rel - 1]!.text) === 'of'))
      continue;
    // So does a "whose" clause: its subject is what the noun before it owns ("four Ukrainian
    // children whose ongoing cancer treatment was disrupted by President Putin’s war", "children
    // whose life-saving care in Ukraine has been made impossible by Putin’s war": heldout24-en,
    // both read as the right voice; the active would end the clause on the owner's noun).
    if (whoseSubject(text, c)) continue;
    // A wish: "May we all be rejuvenated by …".
    if (c.toks[0]!.text === 'May' && c.from <= 3) continue;
    let agent = englishAgent(text, c, tags);
    // "is guided by values", "targeted by transnational repression efforts": a "by" phrase in
    // lower case whose head names no actor gives no subject for the active.
    // (its head, the last word, in lower case: "uprooted by the Kremlin’s coldblooded aggression",
    // "made impossible by Putin’s war"). Such a "by" phrase names no one to make the subject, so the
    // passive is reported only where agentless ones are (LABELLING.md rule 7: no agent worth naming).
    const head = agent?.split(/\s+/).pop() ?? '';
    if (agent && /^\p{Ll}/u.test(head) && notActor.has(norm(head))) {
      if (!ctx.options.agentless) continue;
      agent = null;
    }
    // "He will be joined by First Lady Jill Biden, …, and Special Envoy …", "Under Secretary
    // Fernandez will be joined by Bureau of Energy Resources Senior Bureau Official …": a person
    // (a pronoun or a name) opens the sentence and a long "by" phrase follows. The passive keeps
    // the person the release is about as the topic; the active would open on the long phrase.
    if (agent && personTopic(text, c)) continue;
    const data: Record<string, string> = { actual: text.slice(c.toks[c.from]!.start, p.end) };
    if (agent) data.agent = agent;
    ctx.report({
      messageId: agent ? 'passiveAgent' : 'passive',
      data,
      start: c.toks[c.from]!.start,
      end: p.end,
      term: norm(p.text),
    });
  }
}

/** Words between a relative pronoun and the passive's auxiliary: modals, negation, adverbs of time. */
const MODAL_OR_NOT =
  /^(?:can|cannot|could|will|would|may|might|must|should|shall|not|n't|never|also|now|already|still|often|always|rarely|only)$/;

const PERSON_PRONOUN = /^(?:he|she|they|we|i)$/;
/** Most words of a name or title opening the sentence ("Under Secretary Fernandez"). */
const NAME_MAX = 5;
/** Fewest words after "by" for the agent to count as long (a list of names, a title and a clause). */
const LONG_AGENT = 10;

/** The passive's subject opens the sentence and is a person (a pronoun, or a name or title in
 * capitals, no punctuation inside), and the sentence runs on for LONG_AGENT words or more after
 * "by". */
function personTopic(text: string, c: Cand): boolean {
  const toks = c.toks;
  // An opening time phrase ("On May 11, Assistant Secretary Robinson will be joined by …") is
  // not part of the subject.
  let s0 = 0;
  if (c.from > 0 && TIME_OPENER.test(norm(toks[0]!.text)))
    for (let k = 1; k < c.from && k <= 5; k++)
      if (gapHasPunct(text, toks[k - 1]!.end, toks[k]!.start)) {
        s0 = k;
        break;
      }
  if (c.from - s0 <= 0 || c.from - s0 > NAME_MAX) return false;
  const subject = toks.slice(s0, c.from);
  for (let k = 1; k < subject.length; k++) if (gapHasPunct(text, subject[k - 1]!.end, subject[k]!.start)) return false;
  const person =
    (subject.length === 1 && PERSON_PRONOUN.test(norm(subject[0]!.text))) ||
    (subject.length >= 2 && subject.every((t) => /^\p{Lu}/u.test(t.text)));
  if (!person) return false;
  const by = byAt(c);
  return by > 0 && toks.length - by - 1 >= LONG_AGENT;
}

/** Titles written with a full stop before a name: "Ms. Alexandra Bell", "Dr. Jill Biden". */
const TITLE_ABBR = /^(?:Mr|Ms|Mrs|Dr|Gen|Col|Lt|Amb|Prof|Rev|Hon|Sen|Rep|Gov)$/;

/** Most words of an agent that is a name in capitals. */
const AGENT_NAME_MAX = 16;

const RELATIVE = /^(?:which|who|that)$/;

/** Most words between "whose" and the passive's auxiliary ("whose ongoing cancer treatment"). */
const WHOSE_MAX = 6;

/** The passive's subject is the noun phrase of a "whose" clause: "whose" a few words before the
 * auxiliary, no punctuation between. */
function whoseSubject(text: string, c: Cand): boolean {
  for (let k = c.from - 1; k >= 0 && k >= c.from - WHOSE_MAX; k--) {
    if (norm(c.toks[k]!.text) === 'whose') return true;
    if (k > 0 && gapHasPunct(text, c.toks[k - 1]!.end, c.toks[k]!.start)) return false;
  }
  return false;
}

/** Words that open a time phrase before the subject: "On May 11,", "Today,", "Next week,". */
const TIME_OPENER = /^(?:on|today|tomorrow|yesterday|tonight|next|this|last|later|earlier|in|during)$/;

/** The index of "by" within four words after the participle, or -1. */
function byAt(c: Cand): number {
  for (let k = c.part + 1; k < c.toks.length && k <= c.part + 4; k++) if (norm(c.toks[k]!.text) === 'by') return k;
  return -1;
}

/** Conjunctions that open a clause of their own between a passive and a "by". */
const SUBORDINATOR = /^(?:unless|if|until|once|when|whenever|where|while|because|although|though|than)$/;

function englishAgent(text: string, c: Cand, tags: Map<number, Set<string>>): string | null {
  const toks = c.toks;
  let by = -1;
  for (let k = c.part + 1; k < toks.length && k <= c.part + 4; k++) {
    if (gapHasPunct(text, toks[k - 1]!.end, toks[k]!.start)) return null;
    // A clause of its own opens before the "by" ("are prohibited unless authorized by a general
    // or specific license"): the agent is that clause's, not this passive's.
    if (SUBORDINATOR.test(norm(toks[k]!.text))) return null;
    if (norm(toks[k]!.text) === 'by') {
      by = k;
      break;
    }
  }
  if (by < 0 || by + 1 >= toks.length) return null;
  const first = toks[by + 1]!;
  if (gapHasPunct(text, toks[by]!.end, first.start)) return null;
  const ft = tags.get(first.start);
  if (NOT_AGENT.has(norm(first.text)) || first.kind === 'number' || norm(first.text).endsWith('ing')) return null;
  if (
    ft &&
    [...ft].some((t) =>
      /^(?:Date|Value|Month|WeekDay|Gerund|Duration|Time|Preposition|Conjunction|Verb|Adverb)$/.test(t),
    )
  )
    return null;
  let last = by + 1;
  // Six words after "by", or more inside a name in capitals ("Bureau of Oceans and International
  // Environmental and Scientific Affairs"), up to AGENT_NAME_MAX.
  const inName = (k: number): boolean =>
    /^\p{Lu}/u.test(toks[k]!.text) ||
    (/^(?:of|the|for|and|or)$/.test(norm(toks[k]!.text)) && /^\p{Lu}/u.test(toks[k + 1]?.text ?? ''));
  for (let k = by + 2; k < toks.length && (k <= by + 6 || (k <= by + AGENT_NAME_MAX && inName(k))); k++) {
    // The full stop of an initial or a title inside a name ("J.R. Littlejohn", "Ms. Alexandra
    // Bell") does not end it, nor that of "U.S." before the noun it qualifies ("the U.S.
    // government", "a U.S.-based organization").
    const gap = text.slice(toks[k - 1]!.end, toks[k]!.start);
    const prev = toks[k - 1]!.text;
    const initial =
      (/^\p{Lu}(?:\.\p{Lu})+$/u.test(prev) && /^\.(?:\s+|-)$/u.test(gap)) ||
      ((/^\p{Lu}$/u.test(prev) || TITLE_ABBR.test(prev)) && /^\.\s+$/u.test(gap) && /^\p{Lu}/u.test(toks[k]!.text));
    if (!initial && gapHasPunct(text, toks[k - 1]!.end, toks[k]!.start)) break;
    // Words more than eight past the participle count as untagged (compromise tagged a window
    // that ended there): in lower case they end the agent.
    const t = k > c.part + 8 ? undefined : tags.get(toks[k]!.start);
    const w = norm(toks[k]!.text);
    // A relative clause ends the agent: "by values that help us" is "values".
    if (w === 'that' || w === 'which' || w === 'who' || w === 'whose' || w === 'whom') break;
    if (w === 'of' || w === 'the' || w === 'for') {
      // "the Ministry of Defence", "the Secretary of State": keep going if a capital follows.
      const next = toks[k + 1];
      if (next && /^\p{Lu}/u.test(next.text) && !gapHasPunct(text, toks[k]!.end, next.start)) continue;
      break;
    }
    if (w === 'and' || w === 'or') {
      // "the Ethiopian and Eritrean militaries", "Russia and Belarus", "by local and national
      // authorities": a coordinated agent goes on past the conjunction when a name (a capital) or
      // an adjective follows; "and entered into force" (a second verb) ends it.
      const next = toks[k + 1];
      const nt = next && k + 1 <= c.part + 8 ? tags.get(next.start) : undefined;
      if (
        next &&
        !gapHasPunct(text, toks[k]!.end, next.start) &&
        (/^\p{Lu}/u.test(next.text) || (nt?.has('Adjective') && !nt.has('Verb')))
      )
        continue;
      break;
    }
    // A possessive goes on to what is owned: "by the Kremlin’s coldblooded aggression" is not "the
    // Kremlin’s" (heldout20-en's message said "make “the Kremlin’s” the subject"), nor does the word
    // after it ("coldblooded", which the tagger may read as a verb) end it.
    const owned = /['’]s$/u.test(prev) && /^\p{Ll}/u.test(toks[k]!.text);
    if (!owned && t && [...t].some((x) => AGENT_STOP.test(x)) && !t.has('Noun')) break;
    if (!owned && !t && !/^\p{Lu}/u.test(toks[k]!.text)) break;
    // A time phrase ends it: "by Russian forces last week", "by the militia yesterday", "… Monday"
    // (a month stays: "by a February 27 Security Council vote" names the vote).
    if (
      DAY_WORDS.has(w) ||
      WEEKDAYS.has(w) ||
      (/^(?:last|next|this|earlier|later)$/.test(w) && DURATIONS.test(norm(toks[k + 1]?.text ?? '')))
    )
      break;
    last = k;
  }
  return text.slice(first.start, toks[last]!.end);
}

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const ATTRIBUTIVE = /^(?:a|an|the|this|that|these|those|our|their|his|her|its|my|your)$/;
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions billions'.split(
    ' ',
  ),
);
const DURATIONS = /^(?:second|minute|hour|day|week|month|year|decade|century|centurie)s?$/;
const VERB_PREFIX = /^(?:co|re|pre|de|non|over|under|out|mis|inter|multi|cross|self)-/;
const DAY_WORDS = new Set('today tomorrow yesterday tonight'.split(' '));
const POS_TAG: Record<Pos, string> = {
  noun: 'Noun',
  propn: 'Noun',
  adj: 'Adjective',
  verb: 'Verb',
  aux: 'Verb',
  adv: 'Adverb',
  pron: 'Pronoun',
  art: 'Determiner',
  det: 'Determiner',
  prep: 'Preposition',
  part: 'Preposition',
  conj: 'Conjunction',
  num: 'Value',
  interj: 'Expression',
  other: 'Other',
};

/** Coarse tags of a sentence's words, by prose offset: core's own tagger (pos/index.ts) and lists of
 * months, weekdays and day words. */
function tagSentence(toks: readonly Token[], out: Map<number, Set<string>>): void {
  const pos = wordTags(toks.map((t) => t.text));
  toks.forEach((t, k) => {
    const w = norm(t.text);
    const tags = new Set<string>();
    if (t.kind === 'number') tags.add('Value');
    else if (NUMBER_WORDS.has(w)) tags.add('Value');
    else if (MONTHS.has(w) && (w !== 'may' || /^\p{Lu}/u.test(t.text))) tags.add('Date').add('Month').add('Noun');
    else if (WEEKDAYS.has(w)) tags.add('Date').add('WeekDay').add('Noun');
    else if (DURATIONS.test(w)) tags.add('Date').add('Duration').add('Noun');
    else if (DAY_WORDS.has(w)) tags.add('Date');
    else if (/^\p{Ll}.*ing$/u.test(t.text) && pos[k] === 'verb') tags.add('Gerund');
    // A participle after an article or a possessive describes the noun that follows: "by a shared
    // commitment", "by our continued participation".
    else if (pos[k] === 'verb' && k > 0 && /ed$/.test(w) && ATTRIBUTIVE.test(norm(toks[k - 1]!.text)))
      tags.add('Adjective');
    // A compound in "-ed" is an adjective ("civilian-led", "survivor-centered", "live-streamed")
    // unless its first part is a prefix of verbs ("co-led", "re-elected").
    else if (/^[a-z]+-[a-z-]+ed$/.test(w)) tags.add(VERB_PREFIX.test(w) ? 'Verb' : 'Adjective');
    else tags.add(POS_TAG[pos[k] ?? 'other']);
    out.set(t.start, tags);
  });
}

// ---------------------------------------------------------------- Russian

const RU_PART_GENERIC = /(?:[аяе]н|нут|ут|ыт|ит|ят|от)[аоы]?$/;
const RU_INSTR = /(?:ом|ем|ой|ей|ою|ею|ами|ями|ым|им)$/;
const RU_FILLER = new Set([
  'также',
  'уже',
  'не',
  'бы',
  'же',
  'ли',
  'тоже',
  'затем',
  'вновь',
  'снова',
  'ранее',
  'официально',
]);

/** Appointment, election and award participles: their instrumental names a post, an award or the
 * decree ("Указом Президента … назначен Чрезвычайным и Полномочным Послом"), never the actor. */
const RU_ROLE_INSTR = /^(?:назначен|избран|освобожден|награжден|удостоен|утвержден|признан)[аоы]?$/;

function russian(ctx: RunContext<Options>): void {
  const s = sets(ctx.lists, [null, 'auxiliaries', 'adjectival', 'reflexive', 'agents']);
  const shortBases = s.get('entries')!;
  const aux = s.get('auxiliaries')!;
  const adjectival = ctx.options.adjectival ? new Set<string>() : s.get('adjectival')!;
  const reflexive = stems(s.get('reflexive')!);
  const agents = stems(s.get('agents')!);
  const text = ctx.prose.text;
  for (const sentence of ctx.sentences) {
    const toks = words(ctx, sentence);
    const normed = toks.map((t) => norm(t.text));
    for (let i = 0; i < toks.length; i++) {
      const w = normed[i]!;
      let from = -1;
      let part = -1;
      if (aux.has(w)) {
        let j = i + 1;
        while (j < toks.length && RU_FILLER.has(normed[j]!)) j++;
        const p = normed[j];
        if (
          p !== undefined &&
          !gapHasPunct(text, toks[j - 1]!.end, toks[j]!.start) &&
          p.length >= 5 &&
          !adjectival.has(p) &&
          !adjectival.has(shortBase(p)) &&
          (RU_PART_GENERIC.test(p) || shortBases.has(shortBase(p)))
        ) {
          from = i;
          part = j;
        }
      } else if (isShort(w, shortBases) && !adjectival.has(shortBase(w))) {
        from = part = i;
      } else if (/(?:ся|сь)$/.test(w) && reflexive.has(stemRu(w))) {
        from = part = i;
      }
      if (part < 0) continue;
      // "назначен Послом", "награждён орденом", "Указом … освобождён": after these participles the
      // instrumental is the post, the award or the decree, not an actor to make the subject.
      const agent = RU_ROLE_INSTR.test(normed[part]!) ? null : russianAgent(text, toks, normed, from, part, agents);
      const data: Record<string, string> = { actual: text.slice(toks[from]!.start, toks[part]!.end) };
      if (agent) data.agent = agent;
      ctx.report({
        messageId: agent ? 'passiveAgent' : 'passive',
        data,
        start: toks[from]!.start,
        end: toks[part]!.end,
        term: normed[part]!,
      });
      i = part;
    }
  }
}

function stems(forms: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const w of forms) out.add(stemRu(w));
  return out;
}

/** "подписана" → "подписан" (the listed masculine short form). */
function shortBase(w: string): string {
  return /[нт][аоы]$/.test(w) ? w.slice(0, -1) : w;
}

function isShort(w: string, bases: Set<string>): boolean {
  return bases.has(w) || (/[нт][аоы]$/.test(w) && bases.has(w.slice(0, -1)));
}

function russianAgent(
  text: string,
  toks: Token[],
  normed: string[],
  from: number,
  part: number,
  agents: Set<string>,
): string | null {
  const isAgent = (k: number): boolean => {
    const t = toks[k];
    if (!t) return false;
    const w = normed[k]!;
    if (!RU_INSTR.test(w) || w.length < 4) return false;
    return /^\p{Lu}/u.test(t.text) || agents.has(stemRu(w));
  };
  // After the participle: "подписан Президентом России".
  let k = part + 1;
  if (k < toks.length && !gapHasPunct(text, toks[part]!.end, toks[k]!.start) && isAgent(k)) {
    let last = k;
    while (
      last + 1 < toks.length &&
      last < k + 3 &&
      /^\p{Lu}/u.test(toks[last + 1]!.text) &&
      !gapHasPunct(text, toks[last]!.end, toks[last + 1]!.start)
    )
      last++;
    return text.slice(toks[k]!.start, toks[last]!.end);
  }
  // Before: "Правительством принято решение".
  k = from - 1;
  if (k >= 0 && !gapHasPunct(text, toks[k]!.end, toks[from]!.start) && isAgent(k))
    return text.slice(toks[k]!.start, toks[k]!.end);
  return null;
}
