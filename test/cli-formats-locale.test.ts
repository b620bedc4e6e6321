/**
 * End-to-end (the built packages/cli/dist/bin.js): a Russian release comes out in Russian from
 * end to end, with --locale ru and by default; HTML and Markdown piped on stdin are read as what
 * they are (detected, or by --format-in), and an HTML page's nav, header, footer and aside are not
 * linted as prose. Build first: `pnpm run build`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '@attache/core';
import { assertBuilt, attache, release } from '../packages/cli/test/helpers.js';

interface JsonOut {
  files: { path: string; report?: Report }[];
}

const CYRILLIC = /[а-яё]{3}/i;
/** A finding line of the stylish output: "  line:col  severity  message  rule-id". */
const FINDING_LINE = /^ {2}(\d+:\d+|target)\s+(\S+)\s+(.*\S)\s{2}(\S+)$/;

/** Russian plural form for a count: 1 проблема, 2 проблемы, 5 проблем (11–14 take the third). */
function ruForm(n: number): 0 | 1 | 2 {
  if (n % 10 === 1 && n % 100 !== 11) return 0;
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return 1;
  return 2;
}

beforeAll(() => assertBuilt());

describe('a Russian release, end to end', () => {
  const file = release('ru', 'ru_kremlin_05.txt');

  for (const args of [['--locale', 'ru'], []]) {
    it(`prints findings, severities and summaries in Russian (${args.length ? args.join(' ') : 'no --locale'})`, () => {
      const r = attache(['lint', ...args, file], { env: { NO_COLOR: '1' } });
      expect(r.code).toBeLessThan(2);
      const lines = r.stdout.split('\n');
      const findings = lines.map((l) => FINDING_LINE.exec(l)).filter((m) => m !== null);
      expect(findings.length).toBeGreaterThan(5);
      for (const m of findings) {
        expect(['ошибка', 'предупреждение', 'совет']).toContain(m[2]);
        expect(m[3], m[0]).toMatch(CYRILLIC);
      }
      // "⚠ 30 проблем (0 ошибок, 29 предупреждений, 1 совет)", each noun in its form for its number.
      const summary = lines.find((l) => /^[⚠✖] \d+ /.test(l));
      expect(summary).toBeDefined();
      const counted = [...summary!.matchAll(/(\d+) (\p{L}+)/gu)].map((m) => [Number(m[1]), m[2]!] as const);
      expect(counted.map(([, w]) => w.replace(/(а|ы|и|ок|ий|ие|ия|ем|ов|ей|ь|)$/, ''))).toEqual([
        'пробл',
        'ошиб',
        'предупрежден',
        'совет',
      ]);
      const forms: Record<string, [string, string, string]> = {
        пробл: ['проблема', 'проблемы', 'проблем'],
        ошиб: ['ошибка', 'ошибки', 'ошибок'],
        предупрежден: ['предупреждение', 'предупреждения', 'предупреждений'],
        совет: ['совет', 'совета', 'советов'],
      };
      for (const [n, w] of counted) {
        const stem = Object.keys(forms).find((s) => w.startsWith(s))!;
        expect(w, `${n} ${w}`).toBe(forms[stem]![ruForm(n)]);
      }
      expect(r.stdout).not.toMatch(/\b(?:problems?|warnings?|suggestions?|can be fixed|No problems)\b/);
    });
  }

  it('keeps English for an English release without --locale, and gives JSON messages in Russian for Russian', () => {
    const en = attache(['lint', release('en', 'en_usdos_07.txt')], { env: { NO_COLOR: '1' } });
    expect(en.stdout).toMatch(/^[⚠✖] \d+ problems? \(/m);
    const ru = JSON.parse(attache(['lint', '--format', 'json', file]).stdout) as JsonOut;
    const findings = ru.files[0]!.report!.findings;
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) expect(f.message, f.ruleId).toMatch(CYRILLIC);
  });

  it('says so in Russian when a file is clean or empty', () => {
    expect(attache(['lint', '--locale', 'ru', '-'], { input: 'Мы открыли школу.\n' }).stdout).toBe(
      '✔ Проблем нет (1 файл).\n',
    );
    expect(attache(['lint', '--locale', 'ru', '-'], { input: '' }).stdout).toMatch(/пустой файл, проверять нечего/);
  });
});

describe('formats on stdin', () => {
  const page = [
    '<!doctype html><html><head><title>Ministry</title></head><body>',
    '<header>In order to utilize this site, please commence here.</header>',
    '<nav>In accordance with the menu, utilize the links prior to leaving.</nav>',
    '<main><p>The Ministry hereby informs that the new school opened today.</p></main>',
    '<aside>Utilize our newsletter prior to the event.</aside>',
    '<footer>In accordance with the law, we hereby commence the footer.</footer>',
    '</body></html>',
  ].join('\n');
  const lint = (args: string[], input: string): Report => {
    const r = attache(['lint', '--format', 'json', ...args, '-'], { input });
    expect(r.code, r.stderr).toBeLessThan(2);
    return (JSON.parse(r.stdout) as JsonOut).files[0]!.report!;
  };
  const spans = (rep: Report, input: string): string[] => rep.findings.map((f) => input.slice(f.start, f.end));

  it('detects an HTML page piped without --format-in and lints only its main text', () => {
    const rep = lint([], page);
    expect(rep.format).toBe('html');
    // Only the main paragraph's "hereby": nothing from header, nav, aside or footer.
    expect(spans(rep, page)).toEqual(['hereby']);
    expect(rep.findings[0]!.start).toBe(page.indexOf('hereby informs'));
  });

  it('reads the same page as HTML with --format-in html, and as plain text with --format-in text', () => {
    expect(spans(lint(['--format-in', 'html'], page), page)).toEqual(['hereby']);
    const asText = lint(['--format-in', 'text'], page);
    expect(asText.format).toBe('text');
    expect(spans(asText, page).length).toBeGreaterThan(4);
  });

  it('detects an HTML fragment (closed block elements) but leaves prose with a stray tag as text', () => {
    const fragment = '<p>The Ministry hereby informs you.</p>\n<nav>Utilize the menu prior to leaving.</nav>\n';
    expect(lint([], fragment).format).toBe('html');
    expect(spans(lint([], fragment), fragment)).toEqual(['hereby']);
    const prose = 'We compare a < b and the <b>bold</b> claim. The Ministry hereby informs you.\n';
    expect(lint([], prose).format).toBe('text');
  });

  it('reads Markdown with --format-in markdown: code is not prose, offsets point into the input', () => {
    const md = '# News\n\nThe Ministry hereby informs that `utilize` is a code word.\n\n```\nutilize prior to\n```\n';
    const rep = lint(['--format-in', 'markdown'], md);
    expect(rep.format).toBe('markdown');
    expect(spans(rep, md)).toEqual(['hereby']);
    expect(spans(lint(['--format-in', 'text'], md), md)).toEqual(expect.arrayContaining(['hereby', 'utilize']));
  });

  it('takes the format from --stdin-filename when it has a known extension', () => {
    const rep = lint(['--stdin-filename', 'page.txt'], page);
    expect(rep.format).toBe('text');
  });
});
