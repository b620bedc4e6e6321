/**
 * compromise (npm `compromise`, MIT, © Spencer Kelly) for the analysis worker, as core's
 * `pos/english-tagger.ts` imports `compromise/two` (vite.config.ts, `compromiseForWorker`):
 * compromise's `src/two.js` assembled from the same modules in the same order, without the four
 * plugins that add only methods core never calls — `lookup` (`doc.lookup`, `nlp.buildTrie`),
 * `typeahead`'s prefix API (`nlp.typeahead`, `doc.autoFill`), `lazy` (`nlp.lazy`) and `swap`
 * (`doc.swap`). Core calls `nlp(text)` and reads its terms' tags, and reads `nlp.model()`'s
 * lexicon. typeahead's compute step and its (empty) model stay, so every document runs the same
 * steps as with compromise/two. The lexicon is served front-coded (`front-coded.ts`).
 *
 * test/tagger.test.ts checks the result against compromise/two: the same model, the same steps,
 * the same tags for every word and the same lint findings.
 */
import nlp from 'attache:compromise/nlp.js';
import cache from 'attache:compromise/1-one/cache/plugin.js';
import change from 'attache:compromise/1-one/change/plugin.js';
import contractions from 'attache:compromise/1-one/contraction-one/plugin.js';
import freeze from 'attache:compromise/1-one/freeze/plugin.js';
import lexicon from 'attache:compromise/1-one/lexicon/plugin.js';
import match from 'attache:compromise/1-one/match/plugin.js';
import output from 'attache:compromise/1-one/output/plugin.js';
import pointers from 'attache:compromise/1-one/pointers/plugin.js';
import sweep from 'attache:compromise/1-one/sweep/plugin.js';
import tag from 'attache:compromise/1-one/tag/plugin.js';
import tokenize from 'attache:compromise/1-one/tokenize/plugin.js';
import typeaheadStep from 'attache:compromise/1-one/typeahead/compute.js';
import preTag from 'attache:compromise/2-two/preTagger/plugin.js';
import contractionTwo from 'attache:compromise/2-two/contraction-two/plugin.js';
import postTag from 'attache:compromise/2-two/postTagger/plugin.js';

// compromise's src/one.js, in its order ("order here matters").
nlp.extend(change);
nlp.extend(output);
nlp.extend(match);
nlp.extend(pointers);
nlp.extend(tag);
nlp.plugin(contractions);
nlp.extend(tokenize);
nlp.extend(freeze);
nlp.plugin(cache);
// (lookup: methods only)
nlp.extend({ model: { one: { typeahead: {} } }, compute: typeaheadStep, hooks: ['typeahead'] });
nlp.extend(lexicon);
nlp.extend(sweep);
// compromise's src/two.js (lazy and swap: methods only).
nlp.plugin(preTag);
nlp.plugin(contractionTwo);
nlp.plugin(postTag);

export default nlp;
