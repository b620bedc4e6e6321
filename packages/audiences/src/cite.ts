/**
 * Citations of the source registry (`SOURCES` of @attache/core): checklist items, the targets of
 * the audiences, the version targets and the channel limits name registry ids and show them as
 * one line made from the registry.
 */
import { citeSource } from '@attache/core';

/** A source of the registry, with what of it applies in parentheses. */
export type SourceRef = string | readonly [id: string, detail: string];

/** The one-line citation of sources ("GOV.UK … (numbers); Federal Plain Language …"). */
export function citeSources(refs: readonly SourceRef[]): string {
  return refs.map((r) => (typeof r === 'string' ? citeSource(r) : citeSource(r[0], r[1]))).join('; ');
}
