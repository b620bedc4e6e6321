/**
 * The worker build's stand-in for core's HTML reader (`source/html.ts`, with htmlparser2): the page
 * offers plain text and Markdown only (protocol.ts, `Format`), so the reader is never called here.
 */
import { AttacheInputError } from '../../../packages/core/src/errors.js';
import type { Prose } from '../../../packages/core/src/source/types.js';

export function extractHtml(_original: string): Prose {
  throw new AttacheInputError('unsupported-format', 'The playground reads plain text and Markdown, not HTML.');
}
