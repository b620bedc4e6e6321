// oxlint-disable-next-line typescript/triple-slash-reference -- natural's deep modules have no types of their own
/// <reference path="./natural.d.ts" />
/**
 * The little morphology the rules need: normalising words, Russian stems (natural's Porter
 * stemmer, cached), English verb and noun inflection for matching and for inflecting
 * replacements (utilized → used).
 */
import porterRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';

/** Lower case, ё → е, typographic apostrophes → ', soft hyphens and joiners removed. */
export function norm(word: string): string {
  let w = word.toLowerCase();
  if (/ё|ʼ|’|\u00ad|\u200d|‐/.test(w))
    w = w
      .replace(/ё/g, 'е')
      .replace(/[ʼ’]/g, "'")
      .replace(/\u00ad|\u200d/g, '')
      .replace(/‐/g, '-');
  return w;
}

const stemCache = new Map<string, string>();

/** Russian stem of a normalised word (natural's Porter stemmer); non-Cyrillic words unchanged. */
export function stemRu(word: string): string {
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  s = /[а-я]/.test(word) ? porterRu.stem(word) : word;
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

// ---------------------------------------------------------------- English inflection

/** Which form of a word the text had: `ed` is a regular past/participle (the same word). */
export type FormTag = 'base' | 's' | 'past' | 'pp' | 'ed' | 'ing';

// base: [past, past participle]. Common irregular verbs, enough for officialese patterns and
// for the plain verbs that replace them.
const IRREGULAR: Record<string, [string, string]> = {
  arise: ['arose', 'arisen'],
  be: ['was', 'been'],
  bear: ['bore', 'borne'],
  become: ['became', 'become'],
  begin: ['began', 'begun'],
  bind: ['bound', 'bound'],
  break: ['broke', 'broken'],
  bring: ['brought', 'brought'],
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
  wear: ['wore', 'worn'],
  win: ['won', 'won'],
  withdraw: ['withdrew', 'withdrawn'],
  withhold: ['withheld', 'withheld'],
  write: ['wrote', 'written'],
};

// Verbs of more than one syllable that double their last consonant (stress on the last syllable).
const DOUBLES = new Set([
  'admit',
  'commit',
  'compel',
  'control',
  'equip',
  'expel',
  'occur',
  'omit',
  'permit',
  'prefer',
  'refer',
  'regret',
  'submit',
  'transfer',
  'transmit',
  'confer',
  'defer',
  'deter',
  'incur',
  'recur',
  'rebut',
  'propel',
  'patrol',
]);

function doubles(base: string): boolean {
  // One vowel group, then a single consonant that is not w, x or y: stop, plan, ban.
  return DOUBLES.has(base) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base);
}

export function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (/(?:s|x|z|ch|sh|[^aeiou]o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

function regularEd(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (doubles(base)) return base + base.at(-1) + 'ed';
  return base + 'ed';
}

export function ingForm(base: string): string {
  if (base === 'be') return 'being';
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (/[^aeiouy]e$/.test(base) || base.endsWith('ue')) return base.slice(0, -1) + 'ing';
  if (doubles(base)) return base + base.at(-1) + 'ing';
  return base + 'ing';
}

export function pastForm(base: string): string {
  return IRREGULAR[base]?.[0] ?? regularEd(base);
}
export function participleForm(base: string): string {
  return IRREGULAR[base]?.[1] ?? regularEd(base);
}

/** All forms of an English word read as a verb or a noun, each with its tag (base first). */
export function englishForms(base: string): Map<string, FormTag> {
  const out = new Map<string, FormTag>([[base, 'base']]);
  const add = (f: string, t: FormTag): void => {
    if (!out.has(f)) out.set(f, t);
  };
  add(thirdPerson(base), 's');
  const irr = IRREGULAR[base];
  if (irr) {
    if (irr[0] === irr[1]) add(irr[0], 'ed');
    else {
      add(irr[0], 'past');
      add(irr[1], 'pp');
    }
  } else {
    add(regularEd(base), 'ed');
    // British -l doubling (cancelled, modelled) beside the American single l.
    if (/[aeiou]l$/.test(base)) add(base + 'led', 'ed');
  }
  add(ingForm(base), 'ing');
  if (/[aeiou]l$/.test(base) && !irr) add(base + 'ling', 'ing');
  return out;
}

/** Inflects `base` to the form `tag`; `null` when the form is ambiguous (began / begun for `ed`). */
export function inflect(base: string, tag: FormTag): string | null {
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
      const irr = IRREGULAR[base];
      if (irr && irr[0] !== irr[1]) return null;
      return pastForm(base);
    }
  }
}

/** Upper-cases the first letter of `s` when `model` starts with an upper-case letter. */
export function matchCase(model: string, s: string): string {
  const first = model.charAt(0);
  if (first && first !== first.toLowerCase() && first === first.toUpperCase())
    return s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

/** The case of `text` is one a fix can keep: all lower, or only the first letter upper. */
export function simpleCase(text: string): boolean {
  const rest = text.slice(1);
  return rest === rest.toLowerCase();
}

/** English: does `word` take "an" (vowel sound)? A heuristic good enough to refuse unsafe fixes. */
export function takesAn(word: string): boolean | null {
  const w = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return true;
  if (/^(?:u[bcdfgklmnpqrstvwxz][aeiou]|use|usu|eu|one|once|uni)/.test(w)) return false;
  if (/^[aeiou]/.test(w)) return true;
  if (/^[a-z]/.test(w)) return false;
  return null;
}
