/**
 * The worker build's stand-in for core's Markdown reader, as core's `source/index.ts` imports it
 * (vite.config.ts, `onDemandModules`). The reader (`source/markdown.ts` with micromark, its GFM
 * extensions and mdast-util-from-markdown, ≈ 25 kB gzip) is a chunk of its own: the worker
 * imports it and hands it over here before analysing a text set to Markdown. A text analysed as
 * plain text never reads Markdown, so this is then never called.
 */
import type { Prose } from '../../../packages/core/src/source/types.js';

type ExtractMarkdown = (input: string) => Prose;

let impl: ExtractMarkdown | undefined;

export function provideMarkdownReader(extract: ExtractMarkdown): void {
  impl = extract;
}

export function markdownReaderLoaded(): boolean {
  return impl !== undefined;
}

export function extractMarkdown(input: string): Prose {
  if (!impl) throw new Error('The Markdown reader is not loaded: the worker loads it for a text set to Markdown.');
  return impl(input);
}
