/**
 * `pnpm bench` (second part): the scale series. Releases are concatenated to 10 KB, 100 KB,
 * 1 MB and 10 MB, as plain text and as Markdown (each release under a "## " heading), and each
 * size is analysed (scores + all lint rules) in its own child process, so that the child's
 * peak resident memory (`process.resourceUsage().maxRSS`, the kernel's high-water mark) belongs
 * to that one size. Prints milliseconds, the growth per ×10 input (linear = 10) and peak memory
 * in bytes per input character. Nothing is asserted: the machine is shared and noisy.
 *
 * `--sizes 10000,100000` picks sizes; `--rewrite` also times the youth rewrite (slow at 10 MB).
 * Source texts: the English and Russian releases of the evaluation material when present,
 * else the repository's samples (examples/samples).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

async function child(format: 'text' | 'markdown', size: number, withRewrite: boolean): Promise<void> {
  const input = scaleInput(size, format);
  // Warm up (lazy data, JIT) on one release, so the series measures growth, not start-up.
  analyze(scaleInput(5_000, format), { format, language: 'auto' });
  const baseBytes = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  const report = analyze(input, { format, language: 'auto' });
  const ms = performance.now() - t0;
  let rewriteMs: number | null = null;
  if (withRewrite) {
    const { rewrite, audiences } = await import('../packages/audiences/src/index.js');
    const t1 = performance.now();
    rewrite(input, { audience: audiences.youth, format, accept: 'safe', passes: 1 });
    rewriteMs = performance.now() - t1;
  }
  const rssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    JSON.stringify({
      chars: input.length,
      ms,
      rewriteMs,
      rssBytes,
      baseBytes,
      sentences: report.sentences.length,
      findings: report.findings.length,
    }),
  );
}

interface Row {
  chars: number;
  ms: number;
  rewriteMs: number | null;
  rssBytes: number;
  baseBytes: number;
  sentences: number;
  findings: number;
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--sizes');
  const sizes = at >= 0 ? args[at + 1]!.split(',').map(Number) : [10_000, 100_000, 1_000_000, 10_000_000];
  const withRewrite = args.includes('--rewrite');
  const self = fileURLToPath(import.meta.url);
  console.log('\nScale: analyze (scores + all rules), one child process per size');
  console.log(
    'format    size (chars)      ms   ×growth  sentences  findings  peak RSS  bytes/char over warm-up' +
      (withRewrite ? '  rewrite ms' : ''),
  );
  for (const format of ['text', 'markdown'] as const) {
    let prev: Row | undefined;
    for (const size of sizes) {
      const out = execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--max-old-space-size=4096',
          self,
          '--child',
          format,
          String(size),
          ...(withRewrite ? ['--rewrite'] : []),
        ],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      const r = JSON.parse(out) as Row;
      const growth = prev ? ((r.ms / prev.ms) * (prev.chars / r.chars) * 10).toFixed(1) : '–';
      console.log(
        [
          format.padEnd(8),
          r.chars.toLocaleString('en').padStart(14),
          Math.round(r.ms).toLocaleString('en').padStart(8),
          growth.padStart(8),
          String(r.sentences).padStart(10),
          String(r.findings).padStart(9),
          `${(r.rssBytes / 2 ** 20).toFixed(0)} MB`.padStart(9),
          (r.rssBytes / r.chars).toFixed(0).padStart(11),
          ((r.rssBytes - r.baseBytes) / r.chars).toFixed(0).padStart(10),
          ...(withRewrite
            ? [
                Math.round(r.rewriteMs ?? 0)
                  .toLocaleString('en')
                  .padStart(11),
              ]
            : []),
        ].join(' '),
      );
      prev = r;
    }
  }
  console.log('×growth: time ratio to the previous size, per ×10 characters (10 = linear).');
  console.log(
    'bytes/char: peak RSS of the child over the input length; over warm-up: the peak minus the RSS after a warm-up run',
  );
  console.log('(Node, tsx and the loaded word lists and models take the ~180 MB a 10 KB run shows).');
}

const ci = process.argv.indexOf('--child');
if (ci >= 0) {
  await child(
    process.argv[ci + 1] as 'text' | 'markdown',
    Number(process.argv[ci + 2]),
    process.argv.includes('--rewrite'),
  );
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
