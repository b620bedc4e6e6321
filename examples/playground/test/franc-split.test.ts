/**
 * The worker's franc (src/franc-on-demand.ts) against franc as core uses it, on real releases:
 * the Latin-only instance the worker holds (franc's own index.js over `splitFrancData(…).latin`,
 * as vite.config.ts serves it) must rank a text's first two candidates exactly as franc with every
 * candidate's model does, for every text without a character of an on-demand script. The two
 * first entries (code and distance) are all core's `detectLanguage` reads.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractProse } from '../../../packages/core/src/index.js';
import { CANDIDATES } from '../../../packages/core/src/lang/candidates.js';
import { hasEval, readJsonl, releases } from '../../../scripts/eval/corpus.js';
import { splitFrancData, type FrancData } from '../scripts/franc-candidates.js';
import { ROOT } from './harness.js';

type FrancAll = (value: string, options: { only: string[]; minLength: number }) => Array<[string, number]>;
const coreRequire = createRequire(join(ROOT, '../../packages/core/package.json'));
const francIndex = coreRequire.resolve('franc');
const francDir = dirname(francIndex);
const { francAll: full } = (await import(pathToFileURL(francIndex).href)) as { francAll: FrancAll };
const { data } = (await import(pathToFileURL(join(francDir, 'data.js')).href)) as { data: FrancData };
const { expressions } = (await import(pathToFileURL(join(francDir, 'expressions.js')).href)) as {
  expressions: Record<string, RegExp>;
};

// A second instance of franc's index.js, over the Latin-only data, in a folder of its own.
const split = splitFrancData(data, CANDIDATES);
const dir = mkdtempSync(join(tmpdir(), 'attache-franc-latin-'));
copyFileSync(join(francDir, 'expressions.js'), join(dir, 'expressions.js'));
writeFileSync(join(dir, 'data.js'), `export const data = ${JSON.stringify(split.latin)};\n`);
const trigramUtils = createRequire(francIndex).resolve('trigram-utils');
writeFileSync(
  join(dir, 'index.js'),
  readFileSync(francIndex, 'utf8').replace(
    "from 'trigram-utils'",
    `from ${JSON.stringify(pathToFileURL(trigramUtils).href)}`,
  ),
);
const { francAll: latin } = (await import(pathToFileURL(join(dir, 'index.js')).href)) as { francAll: FrancAll };

const needsModels = (text: string): boolean =>
  split.onDemandScripts.some((s) => text.slice(0, 2048).search(expressions[s]!) >= 0);
const top2 = (f: FrancAll, text: string) => f(text, { only: CANDIDATES, minLength: 1 }).slice(0, 2);

function compare(texts: string[]): { latinPath: number; onDemand: number } {
  let latinPath = 0;
  for (const t of texts) {
    // core's detectLanguage passes at most 4,096 characters; franc reads the first 2,048.
    const sample = t.length > 4096 ? t.slice(0, 4096) : t;
    if (needsModels(sample)) continue;
    latinPath++;
    expect(top2(latin, sample), sample.slice(0, 80)).toEqual(top2(full, sample));
  }
  return { latinPath, onDemand: texts.length - latinPath };
}

describe("the worker's Latin-only franc", () => {
  it('leaves the models of Cyrillic, Arabic, Devanagari, Ethiopic and Hebrew candidates on demand', () => {
    expect(split.onDemandScripts.sort()).toEqual(['Arabic', 'Cyrillic', 'Devanagari', 'Ethiopic', 'Hebrew']);
    expect(Object.keys(split.latin)).toEqual(Object.keys(data));
    expect(Object.keys(split.latin.Latin!)).toContain('eng');
    // A Russian text needs the chunk; an English or French one does not.
    expect(needsModels('Президент провёл переговоры')).toBe(true);
    expect(needsModels('The Secretary met the Minister; le ministre a reçu')).toBe(false);
  });

  it('ranks short texts in Latin-script languages as franc does', () => {
    const r = compare([
      'The Secretary of State met the Foreign Minister to discuss trade and security.',
      'Le ministre des Affaires étrangères a reçu son homologue pour parler du commerce.',
      'El ministro de Asuntos Exteriores recibió a su homólogo para hablar de comercio.',
      'Der Außenminister empfing seinen Amtskollegen, um über Handel zu sprechen.',
      'Il ministro degli Esteri ha ricevuto il suo omologo per parlare di commercio.',
      'O ministro dos Negócios Estrangeiros recebeu o seu homólogo para falar de comércio.',
      'El ministre d’Afers Exteriors va rebre el seu homòleg per parlar de comerç.',
      'Minister spraw zagranicznych przyjął swojego odpowiednika, aby rozmawiać o handlu.',
      'Ministar vanjskih poslova primio je svog kolegu kako bi razgovarali o trgovini.',
    ]);
    expect(r.latinPath).toBe(9);
  });

  it.skipIf(!hasEval())('ranks the releases and 500 pool items as franc does', () => {
    const en = releases('en').map((d) => extractProse(d.text, 'text').text);
    const ru = releases('ru').map((d) => extractProse(d.text, 'text').text);
    const state = readJsonl<{ text: string }>(
      'press-releases/pools/us_state_department_press_releases_2021_2022.jsonl',
    );
    const kremlin = readJsonl<{ text_clean: string }>('press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl');
    // 400 State Department items (every fifth) and 100 Kremlin items (every second).
    const pool = [
      ...state
        .filter((_, i) => i % 5 === 0)
        .slice(0, 400)
        .map((d) => d.text),
      ...kremlin
        .filter((_, i) => i % 2 === 0)
        .slice(0, 100)
        .map((d) => d.text_clean),
    ].map((t) => extractProse(t, 'text').text);
    const r = compare([...en, ...ru, ...pool]);
    console.log(`[franc split] ${r.latinPath} texts on the Latin-only path, identical; ${r.onDemand} load the models`);
    // The English releases and State Department items (one of them quotes a non-Latin name).
    expect(r.latinPath).toBeGreaterThan(400);
  });
});
