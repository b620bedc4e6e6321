/**
 * The worker build's stand-in for core's two users of the HTML entity table (vite.config.ts,
 * `onDemandModules`): `source/entities.ts` (the Markdown reader maps each character reference back
 * to its source) and `source/named-reference.ts` (micromark's named-reference decoder). The table
 * (`entities`, ≈ 16 kB gzip) is a chunk of its own, `entities-impl.ts`: the worker imports it and
 * hands it over here before analysing a text with an "&" in it. A text without one never decodes
 * a reference, so these are then never called.
 */
import type { DecodedReference } from '../../../packages/core/src/source/entities.js';

export interface EntityDecoders {
  decodeReferenceAt(str: string, at: number, strict: boolean): DecodedReference | undefined;
  decodeNamedCharacterReference(value: string): string | false;
}

let impl: EntityDecoders | undefined;

export function provideEntityDecoders(decoders: EntityDecoders): void {
  impl = decoders;
}

export function entityDecodersLoaded(): boolean {
  return impl !== undefined;
}

function loaded(): EntityDecoders {
  if (!impl) throw new Error('The HTML entity table is not loaded: the worker loads it for a text with an "&".');
  return impl;
}

export function decodeReferenceAt(str: string, at: number, strict: boolean): DecodedReference | undefined {
  return loaded().decodeReferenceAt(str, at, strict);
}

export function decodeNamedCharacterReference(value: string): string | false {
  return loaded().decodeNamedCharacterReference(value);
}
