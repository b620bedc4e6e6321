/* oxlint-disable no-underscore-dangle -- Payload names the draft status of a document `_status`. */
/**
 * `attachePlugin(options)`: a Payload 3 plugin that scores a press release on every save,
 * stores the result in a read-only `tone` group, and (in block mode) refuses to publish a
 * release that misses its targets. Drafts are always saved.
 */
import { AttacheTimeBudgetError, type Targets } from '@attache/core';
import { russianReady } from './russian.js';
import type { Audience } from '@attache/audiences';
import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type Config,
  type Field,
  type Plugin,
} from 'payload';
import { TONE_FIELD, toneField } from './fields.js';
import { refusalMessage, timeBudgetMessage } from './messages.js';
import { AttachePluginError, parseOptions, type AttachePluginOptions, type ResolvedOptions } from './options.js';
import { computeTone, type ToneData, type ToneSettings } from './tone.js';
import {
  bodyHash,
  computeVersions,
  loadComposer,
  REGENERATE_FIELD,
  versionsFields,
  VERSIONS_FIELD,
  type Composer,
  type VersionsData,
} from './versions.js';

/** Field types whose stored value is the text itself. */
const STRING_TYPES = new Set(['text', 'textarea', 'code', 'email']);

/** The top-level data field `name`, looking through rows, collapsibles, unnamed tabs and groups. */
export function findField(fields: readonly Field[], name: string): Field | undefined {
  for (const f of fields) {
    if ('name' in f && f.name === name) return f;
    if (
      (f.type === 'row' || f.type === 'collapsible' || (f.type === 'group' && !('name' in f && f.name))) &&
      'fields' in f
    ) {
      const inner = findField(f.fields, name);
      if (inner) return inner;
    }
    if (f.type === 'tabs') {
      for (const tab of f.tabs) {
        if ('name' in tab && tab.name) continue; // a named tab nests its fields under its name
        const inner = findField(tab.fields, name);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}

function hasDrafts(c: CollectionConfig): boolean {
  return typeof c.versions === 'object' && c.versions !== null && Boolean(c.versions.drafts);
}

type Status = 'draft' | 'published' | undefined;

function statusOf(value: unknown): Status {
  if (value === 'draft' || value === 'published') return value;
  // Localized status: published when any locale is being published.
  if (value && typeof value === 'object') return Object.values(value).includes('published') ? 'published' : 'draft';
  return undefined;
}

/** What a hook needs to know about a collection, checked when Payload builds its config. */
function checkCollection(c: CollectionConfig, options: ResolvedOptions): void {
  const where = `attachePlugin: collection "${c.slug}"`;
  const body = findField(c.fields, options.field);
  if (!body) {
    const names = c.fields.flatMap((f) => ('name' in f && f.name ? [f.name] : [])).join(', ');
    throw new AttachePluginError(
      `${where} has no field "${options.field}" (its fields: ${names || 'none'}). Set the plugin's "field" option to the field that holds the release text.`,
    );
  }
  if (!STRING_TYPES.has(body.type) && !options.toText) {
    throw new AttachePluginError(
      `${where}: field "${options.field}" is a ${body.type} field, not text. Use a text, textarea or code field, or pass toText: (value) => string that turns its value into ${options.format}.`,
    );
  }
  for (const name of [TONE_FIELD, ...(options.versions ? [VERSIONS_FIELD, REGENERATE_FIELD] : [])]) {
    if (findField(c.fields, name)) {
      throw new AttachePluginError(
        `${where} already has a field named "${name}", which the plugin adds. Rename that field.`,
      );
    }
  }
  if (options.mode === 'block' && !hasDrafts(c)) {
    throw new AttachePluginError(
      `${where}: block mode refuses to publish, so drafts must exist to save work in progress. Add versions: { drafts: true } to the collection, or use mode: 'warn'.`,
    );
  }
}

/** The tone as stored: optional parts left out when they do not apply. */
function stored(tone: ToneData): Record<string, unknown> {
  const { audience, report, ...rest } = tone;
  return { ...rest, ...(audience ? { audience } : {}), ...(report ? { report } : {}) };
}

/** The body as it will be stored after this save, as text in the configured format. */
function bodyOf(options: ResolvedOptions, data: Record<string, unknown>, doc: Record<string, unknown>): string {
  const raw = options.field in data ? data[options.field] : doc[options.field];
  if (options.toText) return raw === null || raw === undefined ? '' : options.toText(raw);
  return typeof raw === 'string' ? raw : '';
}

export function makeHook(options: ResolvedOptions, settings: ToneSettings): CollectionBeforeChangeHook {
  const hook: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
    const doc = (originalDoc ?? {}) as Record<string, unknown>;
    const body = bodyOf(options, data, doc);

    let computed: ReturnType<typeof computeTone>;
    try {
      computed = computeTone(body, settings, options.now ? options.now() : new Date());
    } catch (e) {
      if (!(e instanceof AttacheTimeBudgetError)) throw e;
      // Over the time budget: save without a new tone rather than hold the request; a publish
      // that must meet targets is refused, since they could not be checked.
      const status = statusOf(data._status) ?? statusOf(doc._status) ?? 'draft';
      if (options.mode === 'block' && status === 'published') {
        throw new ValidationError(
          {
            collection: collection.slug,
            errors: [{ message: timeBudgetMessage(e.limitMs, settings.locale), path: options.field }],
          },
          req.t,
        );
      }
      return data;
    }
    const { tone, policy, top } = computed;

    // A publish is a save whose resulting status is 'published': Payload has already set
    // data._status to 'draft' for a draft save, and an update that leaves _status out keeps
    // the document's status (so editing a published release publishes the new text).
    const status = statusOf(data._status) ?? statusOf(doc._status) ?? 'draft';
    if (options.mode === 'block' && status === 'published' && !policy.met) {
      const message = refusalMessage(policy.failed, policy.results.length, top, settings.locale);
      throw new ValidationError({ collection: collection.slug, errors: [{ message, path: options.field }] }, req.t);
    }
    data[TONE_FIELD] = stored(tone);
    return data;
  };
  // A Russian body waits for the dictionary (russian.ts) on its first save; the rest stays synchronous.
  return (args) => {
    const doc = (args.originalDoc ?? {}) as Record<string, unknown>;
    const ready = russianReady(bodyOf(options, args.data, doc), settings.language);
    return ready ? ready.then(() => hook(args)) : hook(args);
  };
}

/**
 * The versions hook: compose the versions when asked (or on every save), otherwise keep the
 * stored ones (a value sent through the API never reaches here: the group's field access
 * refuses it) and mark them stale once the body is no longer the text they were made from.
 */
export function makeVersionsHook(options: ResolvedOptions, composer: Composer): CollectionBeforeChangeHook {
  const v = options.versions!;
  return ({ data, originalDoc }) => {
    const doc = (originalDoc ?? {}) as Record<string, unknown>;
    const body = bodyOf(options, data, doc);
    const asked = v.regenerate === 'every-save' || data[REGENERATE_FIELD] === true;
    if (asked) {
      const brief = v.brief?.({ ...doc, ...data });
      data[VERSIONS_FIELD] = computeVersions(
        body,
        { channels: v.channels, format: options.format, language: options.language },
        composer,
        options.now ? options.now() : new Date(),
        brief,
      );
    } else {
      const kept = doc[VERSIONS_FIELD] as Partial<VersionsData> | null | undefined;
      if (kept && typeof kept.bodyHash === 'string' && kept.bodyHash)
        data[VERSIONS_FIELD] = { ...kept, stale: kept.bodyHash !== bodyHash(body) };
      // Whatever a request sent is dropped (Payload's field access does not strip it on create).
      else delete data[VERSIONS_FIELD];
    }
    if (v.regenerate === 'on-request') data[REGENERATE_FIELD] = false;
    return data;
  };
}

async function loadAudience(id: ResolvedOptions['audience']): Promise<Audience | undefined> {
  if (!id) return undefined;
  const { audiences } = await import('@attache/audiences');
  return audiences[id];
}

/**
 * The plugin. Options are validated at once (an AttachePluginError names each bad key); the
 * collections are checked when Payload applies the plugin to its config.
 */
export function attachePlugin(input: AttachePluginOptions): Plugin {
  const options = parseOptions(input);
  if (
    options.mode === 'block' &&
    !options.audience &&
    (!options.targets || Object.keys(options.targets).length === 0)
  ) {
    throw new AttachePluginError(
      'attachePlugin: block mode needs targets to block on: set "targets" (e.g. { maxGrade: 9, maxFormality: 60 }) or an "audience".',
    );
  }
  return async (config: Config): Promise<Config> => {
    const audience = await loadAudience(options.audience);
    // The audience's targets first; each target given explicitly wins (as in the CLI).
    const targets: Targets = { ...audience?.targets, ...options.targets };
    const settings: ToneSettings = {
      format: options.format,
      language: options.language,
      locale: options.locale,
      mode: options.mode,
      ...(options.lint ? { lint: options.lint } : {}),
      targets,
      ...(audience ? { audience } : {}),
      topFindings: options.topFindings,
      storeReport: options.storeReport,
      timeBudgetMs: options.timeBudgetMs,
    };

    const collections = config.collections ?? [];
    const known = new Set(collections.map((c) => c.slug));
    const missing = options.collections.filter((s) => !known.has(s));
    if (missing.length > 0) {
      throw new AttachePluginError(
        `attachePlugin: no collection ${missing.map((s) => `"${s}"`).join(', ')} in the Payload config (collections: ${[...known].join(', ') || 'none'}).`,
      );
    }

    const wanted = new Set(options.collections);
    const hook = makeHook(options, settings);
    const versionsHook = options.versions ? makeVersionsHook(options, await loadComposer()) : undefined;
    return {
      ...config,
      collections: collections.map((c) => {
        if (!wanted.has(c.slug)) return c;
        checkCollection(c, options);
        return {
          ...c,
          fields: [
            ...c.fields,
            toneField({ audience: Boolean(audience), storeReport: options.storeReport }),
            ...(options.versions ? versionsFields({ onRequest: options.versions.regenerate === 'on-request' }) : []),
          ],
          hooks: {
            ...c.hooks,
            beforeChange: [...(c.hooks?.beforeChange ?? []), hook, ...(versionsHook ? [versionsHook] : [])],
          },
        };
      }),
    };
  };
}
