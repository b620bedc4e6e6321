/**
 * English verb forms: the one table of irregular verbs and the spelling rules for -s, -ed and
 * -ing, shared by core's lint rules (matching "utilize+" in any form, inflecting a replacement:
 * utilized → used) and by the audience adapters (hidden and phrasal verbs, passive → active,
 * "the Department welcomes" → "we welcome", the English sentence splitter). Browser-safe: no I/O.
 *
 * Sources of the rules:
 * - Irregular verbs: The Cambridge Grammar of the English Language (Huddleston & Pullum, 2002),
 *   the irregular-verb lexicon (source `cambridge-grammar` in lint/data/sources.json); the table
 *   holds the verbs officialese patterns and their plain replacements meet, not every irregular
 *   verb. "get" has the participle "got" (British; American also "gotten").
 * - Spelling of -s, -ed, -ing (consonant + y → ies/ied; a silent e dropped before -ing and -ed;
 *   consonant + o → oes; a final consonant doubled after one stressed short vowel): the same
 *   grammar's inflectional morphology. Final-stress verbs of more than one syllable that double
 *   ("admit" → "admitted", "begin" → "beginning") are listed by hand, since spelling alone does
 *   not show stress.
 * - The reverse rules (`baseOfThird`, `baseOfIng`) are Attaché's own heuristics, the spelling
 *   rules read backwards; `baseOfIng` answers only when the spelling tells, so a caller that gets
 *   `undefined` does not guess.
 *
 * Merged from core's lint/morph.ts and audiences' lang/en-verbs.ts. The two irregular tables
 * agreed on every verb they shared; this one is their union, plus "upset" (whose past came out
 * "upsetted"). The doubling lists are united too (core lacked "begin", "forbid", "infer",
 * "embed" …: "begining"); -s after a consonant + o is core's rule ("vetoes", "undergoes"; the
 * audiences knew only "does" and "goes").
 */

/** A verb form: base ("take"), third person singular ("takes"), past ("took"), past participle ("taken"), -ing ("taking"). */
export type VerbForm = 'base' | 's' | 'past' | 'pp' | 'ing';

/** Which form of a word a text had: a `VerbForm`, or `ed`, a past that is also the participle (the same word: "used", "made"). */
export type FormTag = VerbForm | 'ed';

export interface VerbForms {
  base: string;
  s: string;
  past: string;
  pp: string;
  ing: string;
}

// base: [past, past participle].
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  arise: ['arose', 'arisen'],
  be: ['was', 'been'],
  bear: ['bore', 'borne'],
  become: ['became', 'become'],
  begin: ['began', 'begun'],
  bind: ['bound', 'bound'],
  break: ['broke', 'broken'],
  bring: ['brought', 'brought'],
  broadcast: ['broadcast', 'broadcast'],
  build: ['built', 'built'],
  buy: ['bought', 'bought'],
  catch: ['caught', 'caught'],
  choose: ['chose', 'chosen'],
  come: ['came', 'come'],
  cut: ['cut', 'cut'],
  deal: ['dealt', 'dealt'],
  do: ['did', 'done'],
  draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'],
  eat: ['ate', 'eaten'],
  fall: ['fell', 'fallen'],
  feel: ['felt', 'felt'],
  fight: ['fought', 'fought'],
  find: ['found', 'found'],
  forbid: ['forbade', 'forbidden'],
  forecast: ['forecast', 'forecast'],
  foresee: ['foresaw', 'foreseen'],
  forget: ['forgot', 'forgotten'],
  freeze: ['froze', 'frozen'],
  get: ['got', 'got'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  grow: ['grew', 'grown'],
  have: ['had', 'had'],
  hear: ['heard', 'heard'],
  hide: ['hid', 'hidden'],
  hit: ['hit', 'hit'],
  hold: ['held', 'held'],
  keep: ['kept', 'kept'],
  know: ['knew', 'known'],
  lay: ['laid', 'laid'],
  lead: ['led', 'led'],
  leave: ['left', 'left'],
  lend: ['lent', 'lent'],
  let: ['let', 'let'],
  lose: ['lost', 'lost'],
  make: ['made', 'made'],
  mean: ['meant', 'meant'],
  meet: ['met', 'met'],
  mislead: ['misled', 'misled'],
  oversee: ['oversaw', 'overseen'],
  overtake: ['overtook', 'overtaken'],
  pay: ['paid', 'paid'],
  put: ['put', 'put'],
  read: ['read', 'read'],
  rise: ['rose', 'risen'],
  run: ['ran', 'run'],
  say: ['said', 'said'],
  see: ['saw', 'seen'],
  seek: ['sought', 'sought'],
  sell: ['sold', 'sold'],
  send: ['sent', 'sent'],
  set: ['set', 'set'],
  shake: ['shook', 'shaken'],
  shed: ['shed', 'shed'],
  show: ['showed', 'shown'],
  shut: ['shut', 'shut'],
  sit: ['sat', 'sat'],
  speak: ['spoke', 'spoken'],
  spend: ['spent', 'spent'],
  spread: ['spread', 'spread'],
  stand: ['stood', 'stood'],
  steal: ['stole', 'stolen'],
  strike: ['struck', 'struck'],
  swear: ['swore', 'sworn'],
  take: ['took', 'taken'],
  teach: ['taught', 'taught'],
  tear: ['tore', 'torn'],
  tell: ['told', 'told'],
  think: ['thought', 'thought'],
  throw: ['threw', 'thrown'],
  undergo: ['underwent', 'undergone'],
  understand: ['understood', 'understood'],
  undertake: ['undertook', 'undertaken'],
  uphold: ['upheld', 'upheld'],
  upset: ['upset', 'upset'],
  wear: ['wore', 'worn'],
  win: ['won', 'won'],
  withdraw: ['withdrew', 'withdrawn'],
  withhold: ['withheld', 'withheld'],
  write: ['wrote', 'written'],
};

const irregular = (base: string): readonly [string, string] | undefined =>
  Object.hasOwn(IRREGULAR, base) ? IRREGULAR[base] : undefined;

/** The past participles of the table, each with its simple past (the first verb's when two share one). Not "been". */
const PAST_OF_PP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [base, [past, pp]] of Object.entries(IRREGULAR)) if (base !== 'be' && !m.has(pp)) m.set(pp, past);
  return m;
})();

/** The forms of "be" (finite and non-finite). */
export const BE_FORMS: readonly string[] = ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'];

/** The irregular simple pasts of the table ("met", "took", "said"), not those of be/have/do or those equal to the base ("set"). */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(
  Object.entries(IRREGULAR)
    .filter(([base, [past]]) => past !== base && !/^(?:be|have|do)$/.test(base))
    .map(([, [past]]) => past),
);

/** Verbs of more than one syllable that double their last consonant (stress on the last syllable). */
const DOUBLES: ReadonlySet<string> = new Set([
  'acquit',
  'admit',
  'begin',
  'commit',
  'compel',
  'confer',
  'control',
  'defer',
  'deter',
  'dispel',
  'embed',
  'equip',
  'expel',
  'forbid',
  'incur',
  'infer',
  'occur',
  'omit',
  'outstrip',
  'patrol',
  'permit',
  'prefer',
  'propel',
  'rebut',
  'recur',
  'refer',
  'regret',
  'submit',
  'transfer',
  'transmit',
  'upset',
]);

function doubles(base: string): boolean {
  // One vowel group, then a single consonant that is not w, x or y: stop, plan, ban.
  return DOUBLES.has(base) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base);
}

function regularEd(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (doubles(base)) return base + base.at(-1) + 'ed';
  return base + 'ed';
}

/** Third person singular: "welcome" → "welcomes", "go" → "goes", "carry" → "carries", "be" → "is". */
export function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (/(?:s|x|z|ch|sh|[^aeiou]o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

/** The -ing form: "make" → "making", "die" → "dying", "stop" → "stopping", "see" → "seeing". */
export function ingForm(base: string): string {
  if (base === 'be') return 'being';
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (/[^aeiouy]e$/.test(base) || base.endsWith('ue')) return base.slice(0, -1) + 'ing';
  if (doubles(base)) return base + base.at(-1) + 'ing';
  return base + 'ing';
}

/** The simple past: "took", "used", "stopped". */
export function pastForm(base: string): string {
  return irregular(base)?.[0] ?? regularEd(base);
}

/** The past participle: "taken", "used", "stopped". */
export function participleForm(base: string): string {
  return irregular(base)?.[1] ?? regularEd(base);
}

/** All five forms of a verb. */
export function verbForms(base: string): VerbForms {
  return { base, s: thirdPerson(base), past: pastForm(base), pp: participleForm(base), ing: ingForm(base) };
}

/**
 * All forms of an English word read as a verb or a noun (the -s form is also the plural), each
 * with its tag, the base first. Words ending in a vowel + l also get the British doubled -l forms
 * ("cancelled", "modelling") beside the American ones.
 */
export function englishForms(base: string): Map<string, FormTag> {
  const out = new Map<string, FormTag>([[base, 'base']]);
  const add = (f: string, t: FormTag): void => {
    if (!out.has(f)) out.set(f, t);
  };
  add(thirdPerson(base), 's');
  const irr = irregular(base);
  if (irr) {
    if (irr[0] === irr[1]) add(irr[0], 'ed');
    else {
      add(irr[0], 'past');
      add(irr[1], 'pp');
    }
  } else {
    add(regularEd(base), 'ed');
    if (/[aeiou]l$/.test(base)) add(base + 'led', 'ed');
  }
  add(ingForm(base), 'ing');
  if (/[aeiou]l$/.test(base) && !irr) add(base + 'ling', 'ing');
  return out;
}

/** Inflects `base` to the form `tag`; `null` for `ed` when the past and participle differ (began / begun). */
export function inflectVerb(base: string, tag: FormTag): string | null {
  switch (tag) {
    case 'base':
      return base;
    case 's':
      return thirdPerson(base);
    case 'ing':
      return ingForm(base);
    case 'past':
      return pastForm(base);
    case 'pp':
      return participleForm(base);
    case 'ed': {
      const irr = irregular(base);
      if (irr && irr[0] !== irr[1]) return null;
      return pastForm(base);
    }
  }
}

/** Inflects a multi-word replacement ("carry out", "try to") by its first word. */
export function inflectPhrase(phrase: string, form: VerbForm): string {
  const [head, ...rest] = phrase.split(' ');
  return [verbForms(head!)[form], ...rest].join(' ');
}

// Words ending in -oe: "tiptoes" is "tiptoe" + s, not "tipto" + es.
const OE_WORDS = new Set(['toe', 'tiptoe', 'hoe', 'shoe', 'canoe', 'woe', 'foe', 'floe', 'oboe', 'sloe', 'roe', 'doe']);

/**
 * The present form that goes with "we" / "they" of a third-person-singular verb, by rule:
 * "welcomes" → "welcome", "carries" → "carry", "undergoes" → "undergo", "is" → "are", "has" →
 * "have". Undefined for words that cannot be one ("process", "focus", "is" aside, words of < 3 letters).
 */
export function baseOfThird(word: string): string | undefined {
  const w = word.toLowerCase();
  const special: Record<string, string> = { is: 'are', has: 'have', does: 'do', goes: 'go', focuses: 'focus' };
  if (Object.hasOwn(special, w)) return special[w];
  if (!w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.length < 3) return undefined;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  // (a base in "-ze" takes an "s" only: "emphasizes" → "emphasize", "recognizes"; "buzzes" → "buzz")
  if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (/[^aeiou]oes$/.test(w) && !OE_WORDS.has(w.slice(0, -1))) return w.slice(0, -2);
  return w.slice(0, -1);
}

/**
 * The base form of an -ing form, when the spelling tells it: "returning" → "return", "hearing" →
 * "hear", "stopping" → "stop", "continuing" → "continue", "preparing" → "prepare". Undefined when
 * it cannot tell a dropped "e" from none ("hoping": hop or hope?), so no caller guesses.
 */
export function baseOfIng(word: string): string | undefined {
  const w = word.toLowerCase();
  if (!/^[a-z]{2,}ing$/.test(w)) return undefined;
  if (/^(?:dy|ly|ty|vy)ing$/.test(w)) return w.slice(0, -4) + 'ie';
  const stem = w.slice(0, -3);
  if (!/[aeiouy]/.test(stem)) return undefined; // "thing", "string"
  if (stem.endsWith('y')) return stem; // "saying", "playing", "studying"
  if (irregular(stem) || /^(?:be|see|agree|free|flee|go|do)$/.test(stem)) return stem;
  if (irregular(stem + 'e')) return stem + 'e'; // "making", "taking", "coming", "writing"
  // A doubled final consonant: "stopping" → "stop" (not -ll/-ss/-ff/-zz, which the base keeps).
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  // "eat" and "it" endings go both ways ("treating"/"creating", "visiting"/"inviting"): no guess.
  if (/(?:eat|it|ot|op|ap|ip|up|ut)$/.test(stem)) return undefined;
  // A dropped "e": "improving", "producing", "organizing", "continuing", "changing", "preparing",
  // "ensuring", "requiring", "negotiating", "including", "describing", "engaging".
  if (
    /(?:v|c|z|u|[^n]g|ang|[^e]ar|ur|ir|[^aeiou]at|[iu]at|ud|id|ib|ak|ok|[^aeious]s)$/.test(stem) &&
    !/(?:ear|oor|our)$/.test(stem)
  )
    return stem + 'e';
  // No "e" was dropped: two consonants, a vowel pair before the consonant, or a weak ending.
  if (
    /[^aeiou][^aeiouy]$/.test(stem) ||
    /[aeiou]{2}[^aeiou]$/.test(stem) ||
    /(?:en|er|on|el|om|ish|ow|ew|aw)$/.test(stem)
  )
    return stem;
  return undefined;
}

/** The simple past of a past participle: "taken" → "took" (irregular), "signed" → "signed" (-ed); undefined otherwise. */
export function pastParticipleToPast(pp: string): string | undefined {
  const w = pp.toLowerCase();
  const irr = PAST_OF_PP.get(w);
  if (irr !== undefined) return irr;
  if (w.endsWith('ed')) return w;
  return undefined;
}

/** True when `w` is the past participle of an irregular verb of the table or ends in -ed. */
export function looksLikeParticiple(w: string): boolean {
  const x = w.toLowerCase();
  if (/[a-z]{2,}ed$/.test(x)) return true;
  return PAST_OF_PP.has(x) || x === 'been';
}
