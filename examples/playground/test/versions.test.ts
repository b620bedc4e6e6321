/**
 * The versions view in a real browser (Debian's Chromium over the built page, as
 * playground.test.ts): a thread's cards carry the posts `compose` writes and each post's length
 * as X counts it (graphemes, a link as 23); the targets, the verifier and the facts come with
 * them; clicking a fact selects its source span in the release. Skipped without Chromium, like
 * the other browser tests (they fail in CI without it).
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../../packages/audiences/src/index.js';
import { chromiumAvailable, DIST, ensureBuilt, launch, ROOT, serve } from './harness.js';

const HAVE_CHROMIUM = chromiumAvailable();

/** A post's length as X counts it, computed here independently of the library: graphemes, every URL 23. */
function xLength(post: string): number {
  const t = post.replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, 'x'.repeat(23));
  return [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(t)].length;
}

const ready = (page: Page) => page.waitForSelector('.app[data-ready="true"]', { timeout: 60_000 });
const versionReady = (page: Page) =>
  page.waitForSelector('[data-testid="versions"][aria-busy="false"] [data-testid="version-targets"]', {
    timeout: 120_000,
  });

describe.skipIf(!HAVE_CHROMIUM)('playground versions view in Chromium', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const pageErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    server = await serve(DIST);
    browser = await launch({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    browser.context.on('request', (r) => requests.push(r.url()));
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows an X thread as cards with each post’s count against 280, the targets, the verifier and the facts', async () => {
    await page.goto(server.url);
    await page.getByTestId('sample').selectOption('en-govuk-hospital-food-2014');
    await ready(page);
    const release = await page.getByLabel('Press release text').inputValue();
    expect(await page.getByTestId('versions-toggle').getAttribute('aria-expanded')).toBe('false');
    // Nothing is composed while the view is closed.
    expect(await page.locator('[data-testid="version-parts"]').count()).toBe(0);
    await page.getByTestId('versions-toggle').click();
    await versionReady(page);
    expect(await page.getByTestId('version-audience').inputValue()).toBe('youth');
    expect(await page.getByTestId('version-channel').inputValue()).toBe('x');

    const expected = compose(release, { audience: 'youth', channel: 'x', format: 'text' });
    expect(expected.parts.length).toBeGreaterThan(1);
    const cards = page.locator('[data-testid="version-parts"] > li');
    expect(await cards.count()).toBe(expected.parts.length);
    for (let i = 0; i < expected.parts.length; i++) {
      const post = expected.parts[i]!;
      expect(await cards.nth(i).locator('.post-text').textContent()).toBe(post);
      const n = xLength(post);
      expect(n).toBeLessThanOrEqual(280);
      expect(await cards.nth(i).getByTestId('part-count').textContent()).toBe(`${n}/280`);
      expect(await cards.nth(i).getAttribute('data-within')).toBe('true');
    }

    // Targets with their figures, the verifier's verdict, the notes.
    const targets = page.locator('[data-testid="version-targets"] tbody tr');
    expect(await targets.count()).toBe(expected.targets.length);
    for (let i = 0; i < expected.targets.length; i++)
      expect(await targets.nth(i).getAttribute('data-met')).toBe(String(expected.targets[i]!.met));
    expect(await page.getByTestId('version-verifier').getAttribute('data-ok')).toBe(String(expected.verification.ok));
    expect(await page.locator('[data-testid="version-notes"] li').count()).toBe(expected.notes.length);
    expect(await page.locator('[data-testid="version-facts"] tbody tr').count()).toBe(expected.facts.length);
    expect(pageErrors).toEqual([]);
  });

  it('selects a fact’s source span in the release when the fact is clicked', async () => {
    const area = page.getByLabel('Press release text');
    const release = await area.inputValue();
    const links = page.getByTestId('fact-link');
    const n = await links.count();
    expect(n).toBeGreaterThan(1);
    // The fact whose source lies furthest into the release, then the first one.
    const starts = await links.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-start'))));
    const far = starts.indexOf(Math.max(...starts));
    for (const i of [far, 0]) {
      const link = links.nth(i);
      const start = Number(await link.getAttribute('data-start'));
      const end = Number(await link.getAttribute('data-end'));
      expect(end).toBeGreaterThan(start);
      // Scroll the text box to its end first: the click must bring the span back into view.
      await area.evaluate((el: HTMLTextAreaElement) => {
        el.scrollTop = el.scrollHeight;
      });
      await link.click();
      const sel = await area.evaluate((el: HTMLTextAreaElement) => {
        // Where the span's first line sits inside the box: a mirror with the box's text layout.
        const css = getComputedStyle(el);
        const mirror = document.createElement('div');
        for (const k of ['font', 'lineHeight', 'letterSpacing', 'padding', 'border', 'boxSizing', 'tabSize'] as const)
          mirror.style[k] = css[k];
        mirror.style.width = `${el.clientWidth}px`;
        mirror.style.whiteSpace = 'pre-wrap';
        mirror.style.overflowWrap = 'break-word';
        mirror.style.position = 'absolute';
        mirror.style.visibility = 'hidden';
        mirror.textContent = el.value.slice(0, el.selectionStart);
        const marker = document.createElement('span');
        marker.textContent = '\u200b';
        mirror.append(marker);
        document.body.append(mirror);
        const y = marker.offsetTop;
        mirror.remove();
        return {
          start: el.selectionStart,
          end: el.selectionEnd,
          focused: document.activeElement === el,
          visible: y >= el.scrollTop && y < el.scrollTop + el.clientHeight,
          scrollable: el.scrollHeight > el.clientHeight,
        };
      });
      expect(sel).toMatchObject({ start, end, focused: true, visible: true, scrollable: true });
      // The selected text is the fact as the release writes it, and the row says so.
      expect(await link.textContent()).toContain(release.slice(start, end));
      expect(await link.getAttribute('aria-pressed')).toBe('true');
    }
    expect(await page.getByTestId('notice').textContent()).toMatch(/^Selected “.+” in your release\.$/);
  });

  it('moves to another audience and channel: rural SMS within 160, the notice without a limit', async () => {
    await page.getByTestId('version-audience').selectOption('rural');
    expect(
      await page
        .getByTestId('version-channel')
        .locator('option')
        .evaluateAll((os) => os.map((o) => o.getAttribute('value'))),
    ).toEqual(['notice', 'sms', 'radio']);
    await versionReady(page);
    await page.getByTestId('version-channel').selectOption('sms');
    await versionReady(page);
    const release = await page.getByLabel('Press release text').inputValue();
    const sms = compose(release, { audience: 'rural', channel: 'sms', format: 'text' });
    const cards = page.locator('[data-testid="version-parts"] > li');
    expect(sms.parts).toHaveLength(1);
    expect(await cards.count()).toBe(1);
    expect(await cards.first().locator('.post-text').textContent()).toBe(sms.parts[0]);
    for (let i = 0; i < sms.parts.length; i++) {
      const label = (await cards.nth(i).getByTestId('part-count').textContent()) ?? '';
      const [count, limit] = label.split('/').map(Number);
      expect(limit).toBe(160);
      expect(count).toBeLessThanOrEqual(160);
    }
    await page.getByTestId('version-audience').selectOption('youth');
    await versionReady(page);
    await page.locator('[data-testid="versions"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    // The README's screenshot only when asked (ATTACHE_SCREENSHOTS=1), as in playground.test.ts.
    const shots = process.env['ATTACHE_SCREENSHOTS']
      ? join(ROOT, 'screenshots')
      : join(tmpdir(), 'attache-playground-shots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'playground-versions.png'), fullPage: false });
    // The English path never asks for the Russian dictionary.
    expect(requests.filter((u) => /\.(dawg|intdawg)$|gramtab/.test(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the open view, its audience and channel in the link', async () => {
    await page.getByTestId('version-audience').selectOption('foreign');
    await versionReady(page);
    expect(await page.getByTestId('version-channel').inputValue()).toBe('plain');
    // The hash follows the state after a debounce of 400 ms.
    await page.waitForTimeout(800);
    const other = await browser.context.newPage();
    await other.goto(page.url());
    await ready(other);
    await versionReady(other);
    expect(await other.getByTestId('versions-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await other.getByTestId('version-audience').inputValue()).toBe('foreign');
    expect(await other.getByTestId('version-channel').inputValue()).toBe('plain');
    expect(await other.locator('[data-testid="version-parts"] > li').count()).toBeGreaterThan(0);
    await other.close();
    // Closing the view takes it out of the link again.
    await page.getByTestId('versions-toggle').click();
    const open = page.url();
    await expect.poll(() => page.url()).not.toBe(open);
    expect(pageErrors).toEqual([]);
  });
});
