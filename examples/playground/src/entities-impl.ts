/** core's entity decoders with their table: the chunk `entities-on-demand.ts` stands in for. */
export { decodeReferenceAt } from '../../../packages/core/src/source/entities.js';
export { decodeNamedCharacterReference } from '../../../packages/core/src/source/named-reference.js';
