/**
 * English verb forms for the rewrites that change a verb (hidden verbs, phrasal verbs, passive →
 * active, "the Department welcomes" → "we welcome"). Regular rules plus the irregular verbs
 * these rewrites meet; a proposer that cannot tell the form it needs does not propose.
 */
export type VerbForm = 'base' | 's' | 'past' | 'pp' | 'ing';

export interface VerbForms {
  base: string;
  s: string;
  past: string;
  pp: string;
  ing: string;
}

// past, past participle
const IRREGULAR: Record<string, [string, string]> = {
  be: ['was', 'been'],
  become: ['became', 'become'],
  begin: ['began', 'begun'],
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
  fall: ['fell', 'fallen'],
  feel: ['felt', 'felt'],
  find: ['found', 'found'],
  forecast: ['forecast', 'forecast'],
  get: ['got', 'got'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  grow: ['grew', 'grown'],
  have: ['had', 'had'],
  hear: ['heard', 'heard'],
  hit: ['hit', 'hit'],
  hold: ['held', 'held'],
  keep: ['kept', 'kept'],
  know: ['knew', 'known'],
  lay: ['laid', 'laid'],
  lead: ['led', 'led'],
  leave: ['left', 'left'],
  let: ['let', 'let'],
  lose: ['lost', 'lost'],
  make: ['made', 'made'],
  mean: ['meant', 'meant'],
  meet: ['met', 'met'],
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
  shed: ['shed', 'shed'],
  show: ['showed', 'shown'],
  shut: ['shut', 'shut'],
  speak: ['spoke', 'spoken'],
  spend: ['spent', 'spent'],
  spread: ['spread', 'spread'],
  stand: ['stood', 'stood'],
  strike: ['struck', 'struck'],
  take: ['took', 'taken'],
  teach: ['taught', 'taught'],
  tell: ['told', 'told'],
  think: ['thought', 'thought'],
  understand: ['understood', 'understood'],
  undertake: ['undertook', 'undertaken'],
  uphold: ['upheld', 'upheld'],
  win: ['won', 'won'],
  withdraw: ['withdrew', 'withdrawn'],
  write: ['wrote', 'written'],
};

/** The irregular simple pasts of the table ("met", "took", "said"), not those of be/have/do or those equal to the base ("set"). */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(
  Object.entries(IRREGULAR)
    .filter(([base, [past]]) => past !== base && !/^(be|have|do)$/.test(base))
    .map(([, [past]]) => past),
);

/** Verbs of more than one syllable that double their last consonant (stress on the last syllable). */
const DOUBLES = new Set([
  'admit',
  'commit',
  'occur',
  'refer',
  'control',
  'permit',
  'regret',
  'submit',
  'transfer',
  'equip',
  'omit',
  'prefer',
  'compel',
  'patrol',
  'propel',
  'expel',
  'dispel',
  'forbid',
  'begin',
  'acquit',
  'incur',
  'deter',
  'confer',
  'defer',
  'infer',
  'recur',
  'upset',
  'embed',
  'outstrip',
]);

const VOWEL = /[aeiou]/;

function doublesFinal(base: string): boolean {
  if (DOUBLES.has(base)) return true;
  // One-syllable consonant–vowel–consonant words: stop → stopping (not w, x, y).
  const m = /^[^aeiou]*[aeiou][^aeiouwxy]$/.exec(base);
  return m !== null && VOWEL.test(base);
}

export function forms(base: string): VerbForms {
  const irr = IRREGULAR[base];
  return {
    base,
    s: third(base),
    past: irr ? irr[0] : regularPast(base),
    pp: irr ? irr[1] : regularPast(base),
    ing: ing(base),
  };
}

export function third(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (base === 'do' || base === 'go') return base + 'es';
  if (/(s|x|z|ch|sh)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (doublesFinal(base)) return base + base.slice(-1) + 'ed';
  return base + 'ed';
}

function ing(base: string): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (/[^eioy]e$/.test(base) && base !== 'be') return base.slice(0, -1) + 'ing';
  if (doublesFinal(base)) return base + base.slice(-1) + 'ing';
  return base + 'ing';
}

/** Inflects a multi-word replacement ("carry out", "try to") by its first word. */
export function inflectPhrase(phrase: string, form: VerbForm): string {
  const [head, ...rest] = phrase.split(' ');
  const f = forms(head!)[form];
  return [f, ...rest].join(' ');
}

/** The forms of `base` that `word` could be (lower-case compare). */
export function formsOf(base: string, word: string): VerbForm[] {
  const f = forms(base);
  const w = word.toLowerCase();
  return (Object.keys(f) as VerbForm[]).filter((k) => f[k] === w);
}

/** The base form of a third-person-singular verb ("welcomes" → "welcome"), by rule. */
export function baseOfThird(word: string): string | undefined {
  const w = word.toLowerCase();
  const special: Record<string, string> = { is: 'are', has: 'have', does: 'do', goes: 'go', focuses: 'focus' };
  if (special[w]) return special[w];
  if (!w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.length < 3) return undefined;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
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
  if (/^(dy|ly|ty|vy)ing$/.test(w)) return w.slice(0, -4) + 'ie';
  const stem = w.slice(0, -3);
  if (!/[aeiouy]/.test(stem)) return undefined; // "thing", "string"
  if (stem.endsWith('y')) return stem; // "saying", "playing", "studying"
  if (IRREGULAR[stem] || /^(be|see|agree|free|flee|go|do)$/.test(stem)) return stem;
  if (IRREGULAR[stem + 'e']) return stem + 'e'; // "making", "taking", "coming", "writing"
  // A doubled final consonant: "stopping" → "stop" (not -ll/-ss/-ff/-zz, which the base keeps).
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  // "eat" and "it" endings go both ways ("treating"/"creating", "visiting"/"inviting"): no guess.
  if (/(eat|it|ot|op|ap|ip|up|ut|ov|iv)$/.test(stem) && !/(iv|ov)$/.test(stem)) return undefined;
  // A dropped "e": "improving", "producing", "organizing", "continuing", "changing", "preparing",
  // "ensuring", "requiring", "negotiating", "including", "describing", "engaging".
  if (
    /(v|c|z|u|[^n]g|ang|[^e]ar|ur|ir|[^aeiou]at|[iu]at|ud|id|ib|ak|ok|[^aeious]s)$/.test(stem) &&
    !/(ear|oor|our)$/.test(stem)
  )
    return stem + 'e';
  // No "e" was dropped: two consonants, a vowel pair before the consonant, or a weak ending.
  if (
    /[^aeiou][^aeiouy]$/.test(stem) ||
    /[aeiou]{2}[^aeiou]$/.test(stem) ||
    /(en|er|on|el|om|ish|ow|ew|aw)$/.test(stem)
  )
    return stem;
  return undefined;
}

/** The past participle for an irregular or regular verb given its base. */
export function pastParticipleToPast(pp: string): string | undefined {
  const w = pp.toLowerCase();
  for (const [base, [past, part]] of Object.entries(IRREGULAR)) {
    if (part === w && base !== 'be') return past;
  }
  if (/ed$/.test(w)) return w;
  return undefined;
}

/** True when `w` is the past participle of a known irregular verb or ends in -ed. */
export function looksLikeParticiple(w: string): boolean {
  const x = w.toLowerCase();
  if (/[a-z]{2,}ed$/.test(x)) return true;
  return Object.values(IRREGULAR).some(([, pp]) => pp === x);
}

/** Words that show which verb form follows: after these the base form ("to set up", "will set up"). */
export const BASE_CUES = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  "don't",
  'don’t',
  "doesn't",
  'doesn’t',
  "didn't",
  'didn’t',
  'please',
  'let',
  "won't",
  'won’t',
  'cannot',
  "can't",
  'can’t',
  "i'll",
  "we'll",
  'we’ll',
  "you'll",
  'you’ll',
  "they'll",
  'they’ll',
]);
/** After these the past participle ("has set up", "was set up"). */
export const PP_CUES = new Set([
  'has',
  'have',
  'had',
  'having',
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'am',
  'get',
  'gets',
  'got',
  "we've",
  'we’ve',
  "they've",
  'they’ve',
  "i've",
  "it's",
  "has't",
]);
/** Adverbs that may stand between the cue and the verb ("will also set up"). */
export const ADVERBS = new Set([
  'also',
  'not',
  'never',
  'already',
  'now',
  'then',
  'today',
  'jointly',
  'further',
  'soon',
  'quickly',
  'fully',
  'formally',
  'officially',
  'successfully',
  'recently',
  'just',
  'still',
  'again',
  'currently',
  'strongly',
  'firmly',
  'always',
  'once',
  'again',
  'immediately',
  'finally',
  'only',
  'previously',
  'subsequently',
]);
