import { render } from 'preact';
import { App } from './app.js';
import { AnalysisClient } from './client.js';
import { decodeState, type UrlState } from './hash.js';
import { setUiLocale } from './i18n.js';
import { loadSample, type Sample } from './samples/index.js';

performance.mark('attache:boot');
// Start the worker first: its script (the whole analysis) loads while the page starts.
const analyzer = new AnalysisClient();

const DEFAULT_SAMPLE = 'en-state-dept-mali-2021';

async function start(): Promise<void> {
  const fromHash = await decodeState(location.hash);
  const preferred: 'en' | 'ru' = navigator.language?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  const state: UrlState = {
    text: '',
    format: 'text',
    language: 'auto',
    ui: preferred,
    audience: 'general',
    accepted: {},
    rejected: {},
    ticked: {},
    sample: null,
    ...fromHash,
  };
  let sample: Sample | undefined;
  if (!fromHash || fromHash.text === undefined) {
    // First visit: a real release to look at.
    sample = await loadSample(state.sample ?? DEFAULT_SAMPLE);
    if (sample) {
      state.text = sample.text;
      state.sample = sample.id;
      state.format = sample.markdown ? 'markdown' : 'text';
    }
  } else if (state.sample) {
    sample = await loadSample(state.sample);
  }
  await setUiLocale(state.ui);
  render(<App initial={state} initialSample={sample} analyzer={analyzer} />, document.getElementById('app')!);
}

void start();
