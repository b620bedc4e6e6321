/** The English word classes the verifier's reading of clauses uses (modals, auxiliaries, openers). */
export const MODAL: Record<string, string> = {
  may: 'possible',
  might: 'possible',
  could: 'possible',
  can: 'possible',
  ca: 'possible',
  will: 'future',
  shall: 'future',
  "'ll": 'future',
  wo: 'future',
  would: 'conditional',
  should: 'obligation',
  must: 'obligation',
  not: 'negation',
  "n't": 'negation',
  never: 'negation',
};
export const FRAME: Record<string, string> = {
  plan: 'intent',
  intend: 'intent',
  aim: 'intent',
  seek: 'intent',
  hope: 'intent',
  expect: 'intent',
  want: 'intent',
  propose: 'intent',
  need: 'obligation',
  consider: 'consider',
  try: 'intent',
  wish: 'intent',
  prepare: 'intent',
};
export const AUX = new Set(
  "is are was were be been being am has have had do does did will would shall should may might can could must wo ca 's 're 've 'd 'll 'm".split(
    ' ',
  ),
);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m"]);
export const ADVERB_OK = new Set([
  'also',
  'now',
  'already',
  'still',
  'further',
  'jointly',
  'together',
  'again',
  'strongly',
  'firmly',
  'fully',
  'then',
  'today',
  'yesterday',
  'just',
  'recently',
  'formally',
  'officially',
  'publicly',
  'once',
  'since',
  'both',
  'all',
]);
/** Comment adverbs that may stand between commas inside a verb chain. */
export const COMMENT = new Set(
  'therefore however moreover meanwhile furthermore nonetheless nevertheless indeed thus consequently accordingly additionally'.split(
    ' ',
  ),
);
export const STOP = new Set(
  (
    'a an the this that these those its their our his her your my of to in on at for with by from as and or but into about over under between among ' +
    'it they them he she we you i us him which who whom whose what following also very more most such other all any each some new further'
  ).split(' '),
);
/** Words that open a clause before its subject ("Whilst there is", "Once the panel has"): no part of the actor. */
export const SUBORDINATORS = new Set(
  'while whilst although though because if when once unless until whereas after before since as'.split(' '),
);
export const DETERMINERS = new Set('the a an this that these those its their our his her your my both all'.split(' '));
export const PRONOUNS = new Set(['we', 'they', 'he', 'she', 'it', 'you', 'i', 'us', 'both', 'who']);
/**
 * Words that open an introductory phrase before the subject, and the linking words a sentence may
 * open with ("Further, state media officials continue …": "Further" is no member of the actor, so a
 * version that leaves it out keeps the actor; pool item 180, issue 12).
 */
export const INTRO = new Set(
  (
    'on in at during after before following today yesterday tomorrow this last next earlier later meanwhile separately additionally also since as with through under to in addition ' +
    'further furthermore moreover however finally lastly likewise similarly notably importantly instead nonetheless nevertheless indeed thus consequently accordingly'
  ).split(' '),
);
