import type { LanguageCode } from '../schema.js';
export type { LanguageCode };
