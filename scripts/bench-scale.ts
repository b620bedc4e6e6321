/**
 * `pnpm bench` (second part): the scale series. Releases are concatenated to 10 KB, 100 KB,
 * 1 MB and 10 MB, as plain text and as Markdown (each release under a "## " heading). For each
 * format and size, two child processes, so that each one's peak resident memory
 * (`process.resourceUsage().maxRSS`, the kernel's high-water mark) belongs to one stage:
 * - analyze: scores only (`lint: false`), then the full analysis (scores + every lint rule);
 *   lint is the difference of the two;
 * - rewrite: `rewrite(…, { audience: youth, accept: 'safe', passes: 1 })`, which analyses the
 *   input, proposes, checks every edit, analyses the result, checks the whole and diffs it.
 * Prints seconds, the growth per ×10 input (linear = 10) and peak memory in bytes per input
 * character. Nothing is asserted: the machine is shared and noisy (the load average is printed).
 *
 * `--sizes 10000,100000` picks sizes; `--max-rewrite 1000000` skips the rewrite above that size
 * (a 10 MB rewrite takes minutes: a routine run may stop at 1 MB); `--formats text` one format.
 * Source texts: the English and Russian releases of the evaluation material when present,
 * else the repository's samples (examples/samples).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyze } from '../packages/core/src/index.js';
import { hasEval, releases } from './eval/corpus.js';

function sources(): string[] {
  if (hasEval()) return [...releases('en'), ...releases('ru')].map((r) => r.text);
  const dir = fileURLToPath(new URL('../examples/samples/', import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(dir + f, 'utf8'));
}

/** Releases joined until the text is `size` characters long (cut at the last paragraph end). */
export function scaleInput(size: number, format: 'text' | 'markdown'): string {
  const docs = sources();
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const body = docs[i % docs.length]!.trim();
    const part = format === 'markdown' ? `## Release ${i + 1}\n\n${body}\n\n` : `${body}\n\n`;
    parts.push(part);
    len += part.length;
  }
  const text = parts.join('');
  const cut = text.lastIndexOf('\n\n', size);
  return text.slice(0, cut > size / 2 ? cut : size);
}

type Stage = 'analyze' | 'rewrite';

interface Row {
  chars: number;
  scoresMs?: number;
  analyzeMs?: number;
  rewriteMs?: number;
  rssBytes: number;
  baseBytes: number;
  sentences?: number;
  findings?: number;
  applied?: number;
}

async function child(format: 'text' | 'markdown', size: number, stage: Stage): Promise<void> {
  const input = scaleInput(size, format);
  const { rewrite, audiences } = await import('../packages/audiences/src/index.js');
  // Warm up (lazy data, JIT) on one release, so the series measures growth, not start-up.
  const warm = scaleInput(5_000, format);
  if (stage === 'analyze') {
    analyze(warm, { format, language: 'auto', lint: false });
    analyze(warm, { format, language: 'auto' });
  } else rewrite(warm, { audience: audiences.youth, format, accept: 'safe', passes: 1 });
  const baseBytes = process.resourceUsage().maxRSS * 1024;
  const row: Row = { chars: input.length, rssBytes: 0, baseBytes };
  // Small inputs are timed three times (the fastest counts): one run is within the noise.
  const repeats = input.length <= 200_000 ? 3 : 1;
  const time = (f: () => void): number => {
    let best = Infinity;
    for (let k = 0; k < repeats; k++) {
      const t = performance.now();
      f();
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  if (stage === 'analyze') {
    row.scoresMs = time(() => analyze(input, { format, language: 'auto', lint: false }));
    row.analyzeMs = time(() => {
      const report = analyze(input, { format, language: 'auto' });
      row.sentences = report.sentences.length;
      row.findings = report.findings.length;
    });
  } else {
    row.rewriteMs = time(() => {
      row.applied = rewrite(input, { audience: audiences.youth, format, accept: 'safe', passes: 1 }).applied.length;
    });
  }
  row.rssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify(row));
}

function run(format: 'text' | 'markdown', size: number, stage: Stage): Row {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--max-old-space-size=8192',
      fileURLToPath(import.meta.url),
      '--child',
      format,
      String(size),
      stage,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out) as Row;
}

const sec = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1));
/** Time ratio to the previous size, per ×10 characters (10 = linear). */
const growth = (ms: number | undefined, chars: number, prev?: { ms: number | undefined; chars: number }): string =>
  ms === undefined || prev?.ms === undefined ? '–' : ((ms / prev.ms) * (prev.chars / chars) * 10).toFixed(1);
const perChar = (r: Row | undefined): string => (r ? (r.rssBytes / r.chars).toFixed(0) : '–');
const overWarm = (r: Row | undefined): string => (r ? ((r.rssBytes - r.baseBytes) / r.chars).toFixed(0) : '–');

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const sizes = opt('--sizes')?.split(',').map(Number) ?? [10_000, 100_000, 1_000_000, 10_000_000];
  const maxRewrite = Number(opt('--max-rewrite') ?? Infinity);
  const formats = (opt('--formats')?.split(',') ?? ['text', 'markdown']) as ('text' | 'markdown')[];
  console.log(
    `\nScale: one child process per format, size and stage (load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')})`,
  );
  console.log(
    'format      chars   scores s  analyze s     ×   lint s     ×  rewrite s     ×  applied  peak B/char analyze rewrite  over warm-up analyze rewrite',
  );
  for (const format of formats) {
    let prev: { a: Row; r: Row | undefined } | undefined;
    for (const size of sizes) {
      const a = run(format, size, 'analyze');
      const r = size <= maxRewrite ? run(format, size, 'rewrite') : undefined;
      const lintMs = a.analyzeMs! - a.scoresMs!;
      const prevLint = prev ? prev.a.analyzeMs! - prev.a.scoresMs! : undefined;
      console.log(
        [
          format.padEnd(8),
          a.chars.toLocaleString('en').padStart(10),
          sec(a.scoresMs).padStart(10),
          sec(a.analyzeMs).padStart(10),
          growth(a.analyzeMs, a.chars, prev && { ms: prev.a.analyzeMs, chars: prev.a.chars }).padStart(5),
          sec(lintMs).padStart(8),
          growth(lintMs, a.chars, prev && { ms: prevLint, chars: prev.a.chars }).padStart(5),
          sec(r?.rewriteMs).padStart(10),
          growth(r?.rewriteMs, a.chars, prev?.r && { ms: prev.r.rewriteMs, chars: prev.r.chars }).padStart(5),
          String(r?.applied ?? '–').padStart(8),
          perChar(a).padStart(20),
          perChar(r).padStart(7),
          overWarm(a).padStart(21),
          overWarm(r).padStart(7),
        ].join(' '),
      );
      prev = { a, r };
    }
  }
  console.log('×: time ratio to the previous size, per ×10 characters (10 = linear). lint s: analyze − scores.');
  console.log('peak B/char: peak RSS of the child over the input length; over warm-up: the peak minus the RSS after a');
  console.log('warm-up run on one release (Node, tsx, the word lists and models: about 200 MB).');
  console.log(
    `load average after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

const ci = process.argv.indexOf('--child');
if (ci >= 0) {
  await child(process.argv[ci + 1] as 'text' | 'markdown', Number(process.argv[ci + 2]), process.argv[ci + 3] as Stage);
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
