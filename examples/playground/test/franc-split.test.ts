/**
 * Language detection in the worker against core's, on real releases: the worker's build answers
 * core's `franc` import with `src/franc-on-demand.ts` (franc over the candidates' Latin-script
 * models) and loads the other scripts' models on demand (vite.config.ts, `francOnDemand`). This
 * builds core's `detectLanguage` with that plugin (`detect-entry.ts`) and checks that it returns
 * exactly what core returns (code, confidence, supported, note): first every text without a
 * character of an on-demand script, with the models not loaded, then the rest once loaded.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractProse } from '../../../packages/core/src/index.js';
import { EVAL_SKIP_NOTE, hasEval, readJsonl, releases } from '../../../scripts/eval/corpus.js';
import { francOnDemand } from '../vite.config.js';
import type * as Entry from './detect-entry.js';
import { ROOT } from './harness.js';

const out = mkdtempSync(join(tmpdir(), 'attache-detect-'));
await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [francOnDemand()],
  build: {
    outDir: out,
    emptyOutDir: true,
    lib: { entry: join(ROOT, 'test', 'detect-entry.ts'), formats: ['es'], fileName: 'detect' },
  },
});
const worker = (await import(pathToFileURL(join(out, 'detect.js')).href)) as typeof Entry;

const SHORT = [
  'The Secretary of State met the Foreign Minister to discuss trade and security.',
  'Le ministre des Affaires étrangères a reçu son homologue pour parler du commerce.',
  'El ministro de Asuntos Exteriores recibió a su homólogo para hablar de comercio.',
  'Der Außenminister empfing seinen Amtskollegen, um über Handel zu sprechen.',
  'Il ministro degli Esteri ha ricevuto il suo omologo per parlare di commercio.',
  'O ministro dos Negócios Estrangeiros recebeu o seu homólogo para falar de comércio.',
  'El ministre d’Afers Exteriors va rebre el seu homòleg per parlar de comerç.',
  'Ministar vanjskih poslova primio je svog kolegu kako bi razgovarali o trgovini.',
  '12345 67890 12345 67890 12345 67890',
  'Президент провёл переговоры с премьер-министром о торговле.',
  'Прем’єр-міністр України провів зустріч з делегацією партнерів.',
  'Министърът на външните работи прие своя колега за разговори.',
  'The delegation met in Москва to discuss trade and security issues.',
  // core's lang-detect tests' texts.
  'The Secretary of State met the Foreign Minister of Japan today to discuss regional security.',
  'Президент России провёл встречу с губернатором области и обсудил развитие региона.',
  'Le président de la République a reçu aujourd’hui le ministre des affaires étrangères.',
  'El presidente se reunió con el ministro de asuntos exteriores.',
  'Der Bundeskanzler hat heute in Berlin eine Rede über die Wirtschaft gehalten.',
  '',
  '   ',
  'Hello',
  '12 345 67',
  '🙂🙂🙂',
  'OK!',
  'مرحبا بكم في موقعنا الرسمي للأخبار والبيانات الصحفية الصادرة عن الوزارة',
  'Il presidente del Consiglio ha incontrato oggi i rappresentanti dei sindacati a Roma.',
];

function material(): string[] {
  if (!hasEval()) {
    console.log(`[franc split] the 51 releases and the pools ${EVAL_SKIP_NOTE}; the fixtures' releases instead`);
    return [...releases('en', 'fixtures'), ...releases('ru', 'fixtures')].map((d) => extractProse(d.text, 'text').text);
  }
  const state = readJsonl<{ text: string }>('press-releases/pools/us_state_department_press_releases_2021_2022.jsonl');
  const kremlin = readJsonl<{ text_clean: string }>('press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl');
  return [
    ...releases('en').map((d) => d.text),
    ...releases('ru').map((d) => d.text),
    // 500 pool items: every fifth State Department release (400), every second Kremlin item (100).
    ...state
      .filter((_, i) => i % 5 === 0)
      .slice(0, 400)
      .map((d) => d.text),
    ...kremlin
      .filter((_, i) => i % 2 === 0)
      .slice(0, 100)
      .map((d) => d.text_clean),
  ].map((t) => extractProse(t, 'text').text);
}

describe("the worker's language detection (franc's non-Latin models on demand)", () => {
  it("decides exactly as core on short texts (core's own test texts among them), the 51 releases and 500 pool items", async () => {
    const texts = [...SHORT, ...material()];
    const latin = texts.filter((t) => !worker.needsFrancModels(t));
    const other = texts.filter((t) => worker.needsFrancModels(t));
    for (const t of latin) expect(worker.detectLanguage(t), t.slice(0, 80)).toEqual(detectLanguage(t));
    expect(worker.francModelsLoaded()).toBe(false);
    // Without the models, a text in Cyrillic is refused rather than misjudged.
    expect(() => worker.detectLanguage(SHORT[9]!)).toThrow(/not loaded/);
    await worker.loadFrancModels();
    for (const t of other) expect(worker.detectLanguage(t), t.slice(0, 80)).toEqual(detectLanguage(t));
    console.log(
      `[franc split] ${latin.length} texts decided without the models, ${other.length} with them; all as core`,
    );
    expect(latin.length).toBeGreaterThanOrEqual(20);
    expect(other.length).toBeGreaterThanOrEqual(6);
  });
});
