/**
 * The playground in a real browser: Debian's Chromium driven by playwright-core over the built
 * page, served from `dist/` on 127.0.0.1. Builds the page first when `dist/` is missing or older
 * than its sources. No assertion depends on wall-clock time; the figures (first analysis, worker
 * time for a 2,000-word release, main-thread tasks while typing) are printed for the report.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, DIST, ensureBuilt, launch, MISSING_CHROMIUM, ROOT, serve, SHOTS } from './harness.js';

const HAVE_CHROMIUM = chromiumAvailable();
const IN_CI = Boolean(process.env['CI']);

if (!HAVE_CHROMIUM && !IN_CI) {
  const bar = '!'.repeat(100);
  console.warn(`\n${bar}\n!! SKIPPING the playground's browser tests.\n!! ${MISSING_CHROMIUM}\n${bar}\n`);
}

describe('Chromium for the browser tests', () => {
  it.runIf(!HAVE_CHROMIUM && IN_CI)('is installed (CI must run the browser tests)', () => {
    expect(HAVE_CHROMIUM, MISSING_CHROMIUM).toBe(true);
  });
  it.runIf(HAVE_CHROMIUM)('is installed', () => {
    expect(HAVE_CHROMIUM).toBe(true);
  });
});

/** A sample release as the page's sample loader reads it: the text after the header. */
function sampleText(id: string): string {
  const raw = readFileSync(join(ROOT, 'src', 'samples', `${id}.txt`), 'utf8').replace(/\r\n?/g, '\n');
  return raw.slice(raw.indexOf('\n\n') + 2).replace(/\s+$/, '') + '\n';
}

const ready = (page: Page) => page.waitForSelector('.app[data-ready="true"]', { timeout: 60_000 });
const audienceReady = (page: Page) =>
  page.waitForSelector('[data-testid="audience-panel"][aria-busy="false"]', { timeout: 60_000 });

async function figure(page: Page, testid: string): Promise<string> {
  return (await page.getByTestId(testid).first().textContent())?.trim() ?? '';
}

describe.skipIf(!HAVE_CHROMIUM)('playground in Chromium', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  /** Every URL the page and its worker requested, in order. */
  const requests: string[] = [];

  beforeAll(async () => {
    const built = await ensureBuilt();
    if (built) console.log('[playground] built dist/ (it was missing or older than its sources)');
    mkdirSync(SHOTS, { recursive: true });
    server = await serve(DIST);
    browser = await launch({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url.replace(/\/$/, ''),
    });
    browser.context.on('page', (p) => {
      p.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      p.on('pageerror', (e) => pageErrors.push(e.message));
    });
    browser.context.on('request', (r) => {
      const url = r.url();
      requests.push(url);
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreignRequests.push(url);
    });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads from a static folder, offline, and analyses the default sample in the worker', async () => {
    await page.goto(server.url);
    await ready(page);
    await page.waitForSelector('[data-testid="annotated"] .s');
    expect(Number(await figure(page, 'formality-score'))).toBeGreaterThan(0);
    expect(await figure(page, 'grade')).toMatch(/^\d/);
    expect(await figure(page, 'detected-language')).toContain('English');
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .map((m) => ({ name: m.name, duration: m.duration, detail: (m as PerformanceMeasure).detail as unknown })),
    );
    const first = measures.find((m) => m.name === 'attache:first-analysis');
    const worker = measures.find((m) => m.name === 'attache:worker-analyze');
    expect(first).toBeDefined();
    expect(worker).toBeDefined();
    console.log(
      `[playground] time to first analysis after load: ${first!.duration.toFixed(0)} ms (${JSON.stringify(first!.detail)})`,
    );
    console.log(`[playground] worker analysis of the default sample: ${worker!.duration.toFixed(0)} ms`);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    // The English path fetched the worker (so the worker's requests are seen here), no
    // compromise (core tags English itself), and nothing of the Russian dictionary: no az code, no
    // .dawg or dictionary .json file.
    expect(requests.some((u) => /\/assets\/worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(requests.filter((u) => /compromise/.test(u))).toEqual([]);
    expect(requests.filter((u) => /\.dawg$|gramtab|paradigms|suffixes\.json|grammemes|\/az[-.]/.test(u))).toEqual([]);
    // Nor core's Russian word lists (a chunk of their own, fetched when Russian text appears),
    // nor the HTML entity table (fetched for a text with an "&"; the default sample has none).
    expect(requests.filter((u) => /\/assets\/(?:ru-lists|entities-impl)-[\w-]+\.js$/.test(u))).toEqual([]);
    // Nor franc's models of non-Latin scripts (src/franc-on-demand.ts).
    expect(requests.filter((u) => /\/assets\/franc-models-[\w-]+\.js$/.test(u))).toEqual([]);
    // Nor the Markdown reader: the sample is analysed as plain text (src/markdown-on-demand.ts).
    expect(requests.filter((u) => /\/assets\/markdown-[\w-]+\.js$/.test(u))).toEqual([]);
  });

  it('ships no Russian dictionary code in the English path: the worker and its chunks hold no az', () => {
    const assets = readdirSync(join(DIST, 'assets'));
    const worker = assets.find((f) => f.startsWith('worker-'))!;
    const workerJs = readFileSync(join(DIST, 'assets', worker), 'utf8');
    // The chunks the worker can import (none of them compromise: core tags English itself) …
    const chunks = [...workerJs.matchAll(/["'`]\.\/([\w-]+\.js)["'`]/g)].map((m) => m[1]!);
    expect(chunks.some((c) => c.startsWith('compromise-two-'))).toBe(false);
    // … of which a first English analysis fetches those on the build's English path
    // (vite.config.ts, workerSize); the Russian dictionary's chunk is imported on demand only.
    const size = JSON.parse(readFileSync(join(DIST, '.vite', 'worker-size.json'), 'utf8')) as {
      chunks: { file: string; englishPath: boolean }[];
    };
    const english = new Set(size.chunks.filter((c) => c.englishPath).map((c) => c.file));
    expect(english.has(worker)).toBe(true);
    const onPath = chunks.filter((c) => english.has(c));
    for (const f of [worker, ...onPath]) {
      const js = readFileSync(join(DIST, 'assets', f), 'utf8');
      // Az.js's own identifiers and the dictionary's file names.
      for (const marker of ['words.dawg', 'paradigms.array', 'gramtab-opencorpora', 'Az.Morph', 'DAWG'])
        expect(js, `${f} holds ${marker}`).not.toContain(marker);
    }
  });

  it('keeps the analysis out of the main chunk: core and its language data are in the worker, Russian lists and UI strings lazy', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const main = /src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    expect(main).toBeDefined();
    const js = readFileSync(join(DIST, 'assets', main!), 'utf8');
    const worker = readdirSync(join(DIST, 'assets')).find((f) => f.startsWith('worker-'));
    expect(worker).toBeDefined();
    const workerJs = readFileSync(join(DIST, 'assets', worker!), 'utf8');
    // Words of the English officialese list and a rule message live only in the worker.
    for (const marker of ['commence', 'is officialese: write']) {
      expect(workerJs, marker).toContain(marker);
      expect(js, marker).not.toContain(marker);
    }
    // The Russian lists are a chunk the worker imports when Russian text appears (vite.config.ts).
    const ruLists = readdirSync(join(DIST, 'assets')).filter((f) => /^ru-lists-[\w-]+\.js$/.test(f));
    expect(ruLists).toHaveLength(1);
    expect(readFileSync(join(DIST, 'assets', ruLists[0]!), 'utf8')).toContain('осуществлять');
    expect(workerJs).toContain(ruLists[0]);
    for (const chunk of [workerJs, js]) expect(chunk).not.toContain('осуществлять');
    // The Russian interface strings are a chunk of their own.
    expect(js).not.toContain('Ваш релиз');
    expect(
      readdirSync(join(DIST, 'assets')).some(
        (f) => /^ru-[\w-]+\.js$/.test(f) && readFileSync(join(DIST, 'assets', f), 'utf8').includes('Ваш релиз'),
      ),
    ).toBe(true);
  });

  it('moves between audience tabs with the arrow keys', async () => {
    await page.getByTestId('tab-general').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('tab-youth').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-youth');
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('tab-foreign').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('tab-general').getAttribute('aria-selected')).toBe('true');
    await audienceReady(page);
  });

  it('highlights the findings of a pasted release inline, with the heat map marked by more than colour', async () => {
    const release = sampleText('en-govuk-hospital-food-2014');
    await page.getByLabel('Press release text').fill(release);
    await ready(page);
    await expect
      .poll(() => page.locator('[data-testid="annotated"]').textContent())
      .toContain('The government fully recognises');
    const marks = page.locator('[data-testid="annotated"] mark.f[data-mark]');
    expect(await marks.count()).toBeGreaterThan(3);
    // Every highlighted span is text of the input (rendered as text, at the reported offsets).
    for (const text of await marks.allTextContents()) expect(release).toContain(text);
    const rules = (await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''))).join(' ');
    expect(rules).toMatch(/plain-words|hidden-verbs|passive-voice|diplomatic-boilerplate/);
    // Hard sentences carry a badge (a shape) as well as a background colour.
    const hard = page.locator(
      '[data-testid="annotated"] .s[data-difficulty="very-hard"], [data-testid="annotated"] .s[data-difficulty="hard"]',
    );
    expect(await hard.count()).toBeGreaterThan(0);
    expect(await hard.first().locator('.s-badge').textContent()).toMatch(/▲/);
    // Keyboard: focus a mark, its message shows.
    await marks.first().focus();
    const pop = page.getByTestId('finding-popover');
    await expect.poll(() => pop.count()).toBe(1);
    expect((await pop.textContent())?.length ?? 0).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await expect.poll(() => pop.count()).toBe(0);
  });

  it('accepts a fix from a finding: the text and the findings change', async () => {
    const summaryBefore = await figure(page, 'findings-summary');
    const textBefore = await page.getByLabel('Press release text').inputValue();
    // The first mark whose popover offers an accept button.
    const marks = page.locator('[data-testid="annotated"] mark.f[data-mark]');
    const n = await marks.count();
    let clicked = false;
    for (let i = 0; i < n && !clicked; i++) {
      await marks.nth(i).hover();
      const accept = page.getByTestId('finding-popover').getByTestId('accept-finding').first();
      if ((await accept.count()) > 0 && (await accept.isEnabled())) {
        await accept.click();
        clicked = true;
      }
    }
    expect(clicked).toBe(true);
    await expect.poll(() => page.getByLabel('Press release text').inputValue()).not.toBe(textBefore);
    await ready(page);
    await expect.poll(() => figure(page, 'findings-summary')).not.toBe(summaryBefore);
    expect(await figure(page, 'notice')).toMatch(/Replaced/);
  });

  it('switches audience, accepts proposals, and shows the live diff and the scores before and after', async () => {
    await page.getByTestId('tab-youth').click();
    await audienceReady(page);
    expect(await page.getByTestId('tab-youth').getAttribute('aria-selected')).toBe('true');
    const proposals = page.locator('[data-testid="proposals"] > li');
    expect(await proposals.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('diff').count()).toBe(0);
    const before = await figure(page, 'after-findings');

    // One proposal first.
    const first = page.locator('[data-testid="proposals"] > li[data-safe="true"]').first();
    const original = (await first.locator('del').first().textContent()) ?? '';
    await first.getByTestId('accept-proposal').click();
    await audienceReady(page);
    await page.waitForSelector('[data-testid="diff"]');
    expect(await first.getByTestId('accept-proposal').getAttribute('aria-pressed')).toBe('true');
    const diff = page.getByTestId('diff');
    expect(await diff.locator('ins, del').count()).toBeGreaterThan(0);
    expect(original.length).toBeGreaterThan(0);

    // Then every safe one: the rewrite and its scores move.
    await page.getByTestId('accept-safe').click();
    await audienceReady(page);
    const changes = await diff.locator('ins, del').count();
    expect(changes).toBeGreaterThan(1);
    const rows = await page
      .locator('[data-testid="before-after"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('[data-testid^="before-"]')?.textContent?.trim(),
          tr.querySelector('[data-testid^="after-"]')?.textContent?.trim(),
        ]),
      );
    const changed = rows.filter(([b, a]) => a !== undefined && b !== undefined && !a.startsWith(b + ' ') && a !== b);
    expect(changed.length).toBeGreaterThan(0);
    expect(before).toMatch(/^\d+$/);
    // Youth gets the thread of posts.
    const posts = page.locator('[data-testid="thread"] > li');
    expect(await posts.count()).toBeGreaterThan(0);

    // Copy the rewritten text: the clipboard holds the rewrite.
    await page.getByTestId('copy-rewrite').click();
    await expect.poll(() => figure(page, 'notice')).toMatch(/copied/i);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const input = await page.getByLabel('Press release text').inputValue();
    expect(copied.length).toBeGreaterThan(100);
    expect(copied).not.toBe(input);

    await page.locator('.audience').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'playground-en-youth.png'), fullPage: false });
  });

  it('lists the checklist with evidence and lets a person tick the manual items; exports JSON and Markdown', async () => {
    const items = page.locator('[data-testid="checklist"] > li');
    expect(await items.count()).toBeGreaterThan(5);
    expect(await page.locator('[data-testid="checklist"] > li.status-fail .evidence li').count()).toBeGreaterThan(0);
    const manual = page.locator('[data-testid="checklist"] > li.status-manual input[type="checkbox"]').first();
    await manual.check();
    expect(await manual.isChecked()).toBe(true);

    await page.getByTestId('copy-checklist').click();
    await expect.poll(() => figure(page, 'notice')).toMatch(/Markdown/);
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md).toMatch(/^## Checklist for Youth readers/);
    expect(md).toMatch(/^- \[x\] /m);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      report: { findings: unknown[]; formality: { score: number } };
      audience: { id: string; rewrite: { text: string } | null; checklist: { ticked: boolean }[] };
    };
    expect(json.report.findings.length).toBeGreaterThan(0);
    expect(json.audience.id).toBe('youth');
    expect(json.audience.rewrite?.text.length).toBeGreaterThan(100);
    expect(json.audience.checklist.some((c) => c.ticked)).toBe(true);
  });

  it('keeps the state in the URL hash: the link reproduces the view', async () => {
    await expect.poll(() => page.url()).toMatch(/#z=/);
    // Wait for the debounced hash to catch up with the last change (the ticked item).
    await page.waitForTimeout(600);
    const url = page.url();
    const input = await page.getByLabel('Press release text').inputValue();
    const accepted = await page.locator('[data-testid="proposals"] [aria-pressed="true"]').count();
    const other = await browser.context.newPage();
    await other.goto(url);
    await ready(other);
    await audienceReady(other);
    expect(await other.getByLabel('Press release text').inputValue()).toBe(input);
    expect(await other.getByTestId('tab-youth').getAttribute('aria-selected')).toBe('true');
    expect(await other.locator('[data-testid="proposals"] [aria-pressed="true"]').count()).toBe(accepted);
    expect(await other.locator('[data-testid="checklist"] input[type="checkbox"]:checked').count()).toBe(1);
    console.log(`[playground] URL with an 840-word release and its choices: ${url.length} characters`);
    await other.close();
  });

  it('measures the worker on a 2,000-word release, and typing on it leaves the main thread free', async () => {
    await page.getByTestId('tab-general').click();
    await page.getByTestId('sample').selectOption('en-state-dept-thailand-2022');
    await ready(page);
    await expect.poll(() => figure(page, 'status')).toMatch(/Analysed 2,\d{3} words/);
    const words = await page.evaluate(() => {
      const list = performance.getEntriesByName('attache:worker-analyze') as PerformanceMeasure[];
      const last = list[list.length - 1]!;
      return { ms: last.duration, detail: last.detail as { words: number } };
    });
    expect(words.detail.words).toBeGreaterThan(2000);
    console.log(`[playground] worker analysis of a ${words.detail.words}-word release: ${words.ms.toFixed(0)} ms`);

    // Type at the end of the text and record main-thread long tasks meanwhile (printed, not asserted).
    await page.evaluate(() => {
      const w = window as unknown as { attacheLongTasks: number[] };
      w.attacheLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.attacheLongTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const area = page.getByLabel('Press release text');
    await area.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' We will publish the full text tomorrow.', { delay: 15 });
    await ready(page);
    const long = await page.evaluate(() => (window as unknown as { attacheLongTasks: number[] }).attacheLongTasks);
    console.log(
      `[playground] typing 40 characters on the 2,000-word release: ${long.length} main-thread long tasks (> 50 ms), longest ${long.length ? Math.max(...long).toFixed(0) : 0} ms`,
    );
    expect(await area.inputValue()).toMatch(/tomorrow\.$/);
  });

  it('switches the interface to Russian and analyses a Russian release', async () => {
    await page.getByTestId('ui-locale').selectOption('ru');
    await expect.poll(() => page.locator('#input-h').textContent()).toBe('Ваш релиз');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByTestId('sample').selectOption('ru-kremlin-2025-03-18');
    await ready(page);
    // The worker first fetches core's Russian word lists: on a busy machine that can take seconds.
    await expect.poll(() => figure(page, 'detected-language'), { timeout: 30_000 }).toContain('русский');
    // The worker fetched core's Russian word lists for it, and the list-based rules report.
    expect(requests.some((u) => /\/assets\/ru-lists-[\w-]+\.js$/.test(u))).toBe(true);
    // …and franc's Cyrillic models, with which it told Russian.
    expect(requests.some((u) => /\/assets\/franc-models-[\w-]+\.js$/.test(u))).toBe(true);
    const marks = page.locator('[data-testid="annotated"] mark.f[data-mark]');
    expect(await marks.count()).toBeGreaterThan(3);
    await marks.first().focus();
    const pop = page.getByTestId('finding-popover');
    await expect.poll(() => pop.count()).toBe(1);
    // The rule messages come in the interface language.
    expect(await pop.textContent()).toMatch(/[а-яё]{4}/i);
    await page.keyboard.press('Escape');
    await page.getByTestId('tab-rural').click();
    await audienceReady(page);
    expect(await page.locator('[data-testid="checklist"]').textContent()).toMatch(/[а-яё]{4}/i);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'playground-ru.png'), fullPage: false });
    await page.getByTestId('ui-locale').selectOption('en');
    await expect.poll(() => page.locator('#input-h').textContent()).toBe('Your release');
  });

  it('reads Markdown with the reader fetched for it, and decodes character references with the entity table, fetched for the text with "&"', async () => {
    await page.getByTestId('format-markdown').check();
    const text =
      'The Ministry of Trade &amp; Industry &ndash; the lead agency &mdash; hereby informs the public of the new rules.\n';
    await page.getByLabel('Press release text').fill(text);
    await ready(page);
    await expect
      .poll(() => requests.some((u) => /\/assets\/entities-impl-[\w-]+\.js$/.test(u)), { timeout: 30_000 })
      .toBe(true);
    // The Markdown reader was fetched for the first text set to Markdown.
    expect(requests.some((u) => /\/assets\/markdown-[\w-]+\.js$/.test(u))).toBe(true);
    // A finding after the references is marked on its own word: the offsets went through them.
    const marks = page.locator('[data-testid="annotated"] mark.f[data-mark]');
    await expect.poll(() => marks.allTextContents(), { timeout: 30_000 }).toContain('hereby');
    expect(await figure(page, 'status')).toMatch(/Analysed \d+ words/);
    await page.getByTestId('format-text').check();
  });

  it('renders hostile input as text: no script, no event handler, no dialog runs', async () => {
    const probe = [
      'The Ministry hereby informs that <img src=x onerror="window.attacheXssProbe=1;alert(1)"> was received.',
      '<script>window.attacheXssProbe=2; alert(2)</script> In accordance with the plan <svg onload="window.attacheXssProbe=3">',
      '[link](javascript:window.attacheXssProbe=4) <iframe srcdoc="<script>parent.attacheXssProbe=5</script>"></iframe> “<b onmouseover=alert(6)>quoted</b>”',
    ].join('\n\n');
    for (const format of ['text', 'markdown'] as const) {
      await page.getByTestId(`format-${format}`).check();
      await page.getByLabel('Press release text').fill(probe);
      await ready(page);
      await page.waitForSelector('[data-testid="annotated"] mark.f');
      // Hover and focus every mark (popovers render the messages that quote the input).
      const marks = page.locator('[data-testid="annotated"] mark.f[data-mark]');
      for (let i = 0; i < (await marks.count()); i++) await marks.nth(i).hover();
      await page.getByTestId('tab-foreign').click();
      await audienceReady(page);
      await page.getByTestId('tab-general').click();
      await audienceReady(page);
      expect(await page.locator('[data-testid="annotated"]').textContent()).toContain(
        '<img src=x onerror="window.attacheXssProbe=1;alert(1)">',
      );
      expect(await page.locator('#app img, #app script, #app iframe').count()).toBe(0);
      expect(await page.locator('#app [onerror], #app [onload], #app [onmouseover]').count()).toBe(0);
      expect(
        await page.evaluate(() => (window as unknown as { attacheXssProbe?: number }).attacheXssProbe),
      ).toBeUndefined();
    }
    // The same text arriving through a link.
    const url = page.url();
    const other = await browser.context.newPage();
    await other.goto(url);
    await ready(other);
    expect(
      await other.evaluate(() => (window as unknown as { attacheXssProbe?: number }).attacheXssProbe),
    ).toBeUndefined();
    await other.close();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('saves a screenshot of the English page', async () => {
    await page.getByTestId('format-text').check();
    await page.getByTestId('sample').selectOption('en-state-dept-mali-2021');
    await ready(page);
    await audienceReady(page);
    const mark = page.locator('[data-testid="annotated"] mark.f[data-mark]').first();
    await mark.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await mark.hover();
    await page.getByTestId('finding-popover').waitFor();
    // The page from the top down to the end of the highlighted text, popover included.
    const review = (await page.locator('section.review').boundingBox())!;
    await page.screenshot({
      path: join(SHOTS, 'playground-en.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1400, height: Math.ceil(review.y + review.height + 24) },
    });
    expect(statSync(join(SHOTS, 'playground-en.png')).size).toBeGreaterThan(10_000);
  });
});
