/**
 * SARIF 2.1.0 (OASIS): one run, the rules seen (helpUri = the rule's docs), one result per
 * finding with a physical location (1-based lines and columns in UTF-16 code units, as
 * `columnKind` says, plus charOffset/charLength), the safe fix when there is one, and one result
 * per missed target located at the file.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '@attache/core';
import { mIn, type MessageLocale } from '../messages.js';
import { describeTarget, targetRuleId, type Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  suggestion: 'note',
};

interface Rule {
  id: string;
  helpUri?: string;
  shortDescription?: { text: string };
  properties?: Record<string, unknown>;
}

/** A relative URI reference for a display path (each segment percent-encoded). */
export function uriOf(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

export const sarif: Formatter = (results, ctx) => {
  const locale = ctx.locale ?? 'en';
  const rules: Rule[] = [];
  const ruleIndex = new Map<string, number>();
  const ruleFor = (id: string, make: () => Rule): number => {
    let i = ruleIndex.get(id);
    if (i === undefined) {
      i = rules.length;
      rules.push(make());
      ruleIndex.set(id, i);
    }
    return i;
  };
  const out: Record<string, unknown>[] = [];
  const artifacts: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];

  for (const r of results) {
    const uri = uriOf(r.path === '<stdin>' ? 'stdin' : r.path);
    const artifactLocation = r.stdin && r.path === '<stdin>' ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
    const artifactIndex = artifacts.length;
    artifacts.push({
      location: artifactLocation,
      ...(r.report ? { length: r.report.length } : {}),
      sourceLanguage: r.report?.format === 'html' ? 'html' : r.report?.format === 'markdown' ? 'markdown' : 'plaintext',
    });
    if (r.error !== undefined) {
      notifications.push({
        level: 'error',
        message: { text: r.error },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
      continue;
    }
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const index = ruleFor(f.ruleId, () => ({
        id: f.ruleId,
        ...(f.url ? { helpUri: f.url } : {}),
        shortDescription: { text: f.ruleId },
      }));
      const occurrence = seen.get(`${f.ruleId}\u0000${f.actual}`) ?? 0;
      seen.set(`${f.ruleId}\u0000${f.actual}`, occurrence + 1);
      out.push(result(f, index, { ...artifactLocation, index: artifactIndex }, r.path, occurrence, locale));
    }
    for (const t of r.policy?.failed ?? []) {
      const id = targetRuleId(t);
      const index = ruleFor(id, () => ({
        id,
        shortDescription: {
          text: mIn(locale, 'lint.sarifTarget', { id: t.id, comparison: t.comparison, limit: t.limit }),
        },
        properties: { tags: ['target'] },
      }));
      out.push({
        ruleId: id,
        ruleIndex: index,
        level: 'error',
        message: { text: describeTarget(t, locale) },
        locations: [{ physicalLocation: { artifactLocation: { ...artifactLocation, index: artifactIndex } } }],
        properties: { limit: t.limit, actual: t.actual, comparison: t.comparison },
      });
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'attache',
            informationUri: 'https://github.com/attache/attache/tree/main/packages/cli',
            version: ctx.version,
            semanticVersion: ctx.version,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/') } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: out,
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function result(
  f: Finding,
  ruleIndex: number,
  artifactLocation: Record<string, unknown>,
  path: string,
  occurrence: number,
  locale: MessageLocale,
): Record<string, unknown> {
  const region = {
    startLine: f.loc.start.line,
    startColumn: f.loc.start.column,
    endLine: f.loc.end.line,
    endColumn: f.loc.end.column,
    charOffset: f.start,
    charLength: f.end - f.start,
    snippet: { text: f.actual },
  };
  const res: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, region } }],
    // Stable across line shifts: the same identity the --baseline uses.
    partialFingerprints: {
      'attacheFinding/v1': createHash('sha256')
        .update(`${path}\u0000${f.ruleId}\u0000${f.actual}\u0000${occurrence}`)
        .digest('hex')
        .slice(0, 32),
    },
  };
  if (f.suggestions.length > 0) res['properties'] = { suggestions: f.suggestions };
  if (f.fix) {
    const [from, to] = f.fix.range;
    res['fixes'] = [
      {
        description: { text: mIn(locale, 'lint.sarifFix', { text: f.fix.text }) },
        artifactChanges: [
          {
            artifactLocation,
            replacements: [
              { deletedRegion: { charOffset: from, charLength: to - from }, insertedContent: { text: f.fix.text } },
            ],
          },
        ],
      },
    ];
  }
  return res;
}
