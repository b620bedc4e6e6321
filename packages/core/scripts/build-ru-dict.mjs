/**
 * Writes packages/core/dicts/ru/<file>.gz: the Russian dictionary files core reads
 * (RU_DICTIONARY_FILES, listed once in src/morph/ru-files.ts and read here from its compiled
 * dist/morph/ru-files.js, so `tsc -b` runs first), gzipped, from the az package's "dicts" folder (az is a
 * development dependency of core only). Part of `pnpm run build`; skipped when every output is
 * newer than its source. The data is OpenCorpora's (CC BY-SA 3.0): see dicts/ru/README.md.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { RU_DICTIONARY_FILES as FILES } from '../dist/morph/ru-files.js';

const core = fileURLToPath(new URL('..', import.meta.url));
const from = join(dirname(createRequire(join(core, 'package.json')).resolve('az/package.json')), 'dicts');
const to = join(core, 'dicts', 'ru');
mkdirSync(to, { recursive: true });
const mtime = (p) => {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
};
let written = 0;
let bytes = 0;
for (const f of FILES) {
  const src = join(from, f);
  const out = join(to, `${f}.gz`);
  if (mtime(out) > mtime(src)) {
    bytes += statSync(out).size;
    continue;
  }
  // gzip's header carries no time here (Node writes 0), so the output is the same on every run.
  const gz = gzipSync(readFileSync(src), { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(out, gz);
  bytes += gz.length;
  written++;
}
console.log(
  `build-ru-dict: ${written} of ${FILES.length} files written to dicts/ru (${(bytes / 1e6).toFixed(2)} MB gzipped)`,
);
