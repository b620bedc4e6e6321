#!/usr/bin/env node
// @ts-check
/**
 * Builds dist/compromise-two.cjs: compromise's `two` build (English part-of-speech tagging, the
 * same version as the CLI's dependency) from compromise's own sources, with its expanded lexicon
 * computed here instead of at every start. Loading compromise/two unpacks its packed word lists
 * and conjugates every verb, adjective and noun in them (model/_expand), about half of what
 * `attache lint` costs on an English release; this build ships the result as JSON (JSON.parse is
 * far cheaper than the expansion) and runs everything else as compromise does. It is in the npm
 * package (`files: dist`), so a user installing from npm gets it; core's tagger loads it through
 * `setEnglishTaggerLoader` (src/tagger.ts), and falls back to compromise/two without it.
 *
 * The build checks that the result is compromise/two: the whole model (every word list, every
 * tag) must be identical, key order included, and a few sentences must tag identically; if not,
 * it writes nothing (the CLI then loads compromise/two). Run after build-bundle.mjs.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const out = fileURLToPath(new URL('compromise-two.cjs', dist));
const require = createRequire(import.meta.url);

function fail(message) {
  rmSync(out, { force: true });
  console.error(`build-compromise: ${message}\nThe CLI still works; it loads compromise/two.`);
  process.exit(process.argv.includes('--strict') ? 1 : 0);
}

// compromise's exports have no ./package.json: its root is three levels above builds/two/*.cjs.
const twoCjs = require.resolve('compromise/two');
const root = join(dirname(twoCjs), '..', '..');
const modelFile = join(root, 'src/2-two/preTagger/model/index.js');
if (!existsSync(modelFile)) fail(`${modelFile} is missing (another compromise layout?)`);

/** The model module's expanded data, as compromise computes it. */
const model = (await import(pathToFileURL(modelFile).href)).default;
const data = {
  lexicon: model.one.lexicon,
  // compromise's own name for it
  // oxlint-disable-next-line no-underscore-dangle
  _multiCache: model.one._multiCache,
  switches: model.two.switches,
  uncountable: model.two.uncountable,
};

/**
 * model/index.js with the four computed parts read from JSON; every other import as it was. The
 * lexicon and the multi-word cache (24,000 words) are left empty in the plugin's model and
 * assigned by the entry right after the plugin (below): compromise's plugin merge copies a model
 * key by key (mergeDeep), which costs more than the JSON.parse; Object.assign gives the same
 * object (string and array values, the merge's own order).
 */
const modelSource = `
import irregularPlurals from './irregulars/plurals.js'
import frozenLex from './lexicon/frozenLex.js'
import clues from './clues/index.js'
import suffixPatterns from './patterns/suffixes.js'
import prefixPatterns from './patterns/prefixes.js'
import endsWith from './patterns/endsWith.js'
import neighbours from './patterns/neighbours.js'
import models from './models/index.js'
import regexNormal from './regex/regex-normal.js'
import regexText from './regex/regex-text.js'
import regexNumbers from './regex/regex-numbers.js'
import orgWords from './orgWords.js'
import placeWords from './placeWords.js'
export const data = JSON.parse(${JSON.stringify(JSON.stringify(data))})
export default {
  one: { _multiCache: {}, lexicon: {}, frozenLex },
  two: {
    irregularPlurals, models, suffixPatterns, prefixPatterns, endsWith, neighbours,
    regexNormal, regexText, regexNumbers, switches: data.switches, clues,
    uncountable: data.uncountable, orgWords, placeWords,
  },
}
`;

const { build } = await import('esbuild');
const t0 = Date.now();
try {
  await build({
    // compromise's src/two.js, with the lexicon assigned after the first plugin.
    stdin: {
      contents: `
import nlp from './one.js'
import preTag from './2-two/preTagger/plugin.js'
import { data } from './2-two/preTagger/model/index.js'
import contractionTwo from './2-two/contraction-two/plugin.js'
import postTag from './2-two/postTagger/plugin.js'
import lazy from './2-two/lazy/plugin.js'
import swap from './2-two/swap/plugin.js'
nlp.plugin(preTag)
Object.assign(nlp.model().one.lexicon, data.lexicon)
Object.assign(nlp.model().one._multiCache, data._multiCache)
nlp.plugin(contractionTwo)
nlp.plugin(postTag)
nlp.plugin(lazy)
nlp.plugin(swap)
export default nlp
`,
      resolveDir: join(root, 'src'),
      sourcefile: 'compromise-two-precomputed.js',
    },
    outfile: out,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    legalComments: 'eof',
    plugins: [
      {
        name: 'compromise-precomputed-model',
        setup(b) {
          b.onLoad({ filter: /[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/ }, () => ({
            contents: modelSource,
            loader: 'js',
            resolveDir: dirname(modelFile),
          }));
        },
      },
    ],
  });
} catch (err) {
  fail(`bundling failed: ${err instanceof Error ? err.message : String(err)}`);
}

// The check: this build against compromise/two, in fresh module instances of both.
const fast = require(out);
const orig = require(twoCjs);
const fastNlp = fast.default ?? fast;
const origNlp = orig.default ?? orig;
/** JSON with RegExps and functions spelled out, key order kept. */
const dump = (/** @type {unknown} */ v) =>
  JSON.stringify(v, (_k, x) =>
    x instanceof RegExp ? `/${x.source}/${x.flags}` : typeof x === 'function' ? String(x) : x,
  );
if (dump(fastNlp.model()) !== dump(origNlp.model())) fail('the model differs from compromise/two');
const probes = [
  'The agreement was signed by the Minister of Foreign Affairs on Tuesday.',
  'Sanctions were imposed, and the talks have been postponed indefinitely by both sides.',
  "It's being reviewed; they'd rather not comment until the report is published.",
];
/** A document's terms and tags; a term's `id` is random per run and left out. */
const terms = (/** @type {any} */ doc) => JSON.stringify(doc.json(), (k, x) => (k === 'id' ? undefined : x));
for (const p of probes) if (terms(fastNlp(p)) !== terms(origNlp(p))) fail(`tags differ from compromise/two on “${p}”`);
console.log(
  `build-compromise: wrote dist/compromise-two.cjs (${(statSync(out).size / 1024).toFixed(0)} kB, ${Date.now() - t0} ms), model identical to compromise/two`,
);
