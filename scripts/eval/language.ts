/** Language detection on every real release (issue: all 35 en and 16 ru must be right). */
import { detectLanguage, extractProse } from '../../packages/core/src/index.js';
import { isMain, releases } from './corpus.js';

export async function evaluate(): Promise<void> {
  console.log('\n## Language detection (franc, restricted candidate set)\n');
  for (const lang of ['en', 'ru'] as const) {
    const docs = releases(lang);
    const wrong: string[] = [];
    let minConf = 1;
    for (const d of docs) {
      const r = detectLanguage(extractProse(d.text, 'text').text);
      if (r.code !== lang) wrong.push(`${d.id}→${r.code}`);
      minConf = Math.min(minConf, r.confidence);
    }
    console.log(
      `${lang}: ${docs.length - wrong.length}/${docs.length} correct, lowest confidence ${minConf.toFixed(2)}${wrong.length ? `; wrong: ${wrong.join(', ')}` : ''}`,
    );
  }
}

if (isMain(import.meta.url)) await evaluate();
