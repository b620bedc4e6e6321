export { attachePlugin, findField, makeHook, makeVersionsHook } from './plugin.js';
export { AttachePluginError, AttachePluginOptionsSchema, parseOptions, AUDIENCE_IDS } from './options.js';
export type { AttachePluginOptions, AudienceId, ResolvedOptions, ToText } from './options.js';
export { computeTone, topFindings } from './tone.js';
export type { ToneAudience, ToneData, ToneFinding, ToneResult, ToneSettings, ToneTarget } from './tone.js';
export { describeFinding, describeTarget, refusalMessage } from './messages.js';
export type { MessageLocale } from './messages.js';
export { TONE_FIELD, toneField } from './fields.js';
export {
  bodyHash,
  CHANNEL_IDS,
  computeVersions,
  DEFAULT_CHANNELS,
  REGENERATE_FIELD,
  VERSIONS_FIELD,
  versionsFields,
} from './versions.js';
export type { StoredPart, StoredVersion, VersionsData, VersionSettings } from './versions.js';
