/**
 * Resolving a `LintConfig`: which rules run, at what severity, with which options; the
 * allow-list; the user's style files; and the inline directives of the text
 * (`<!-- attache-disable rule-id -->` … `<!-- attache-enable rule-id -->`,
 * `<!-- attache-disable-next-line rule-id -->`, `<!-- attache-disable-line rule-id -->`).
 */
import { AttacheInputError } from '../errors.js';
import type { LineIndex } from '../lines.js';
import type { Severity } from '../schema.js';
import type { SourceComment } from '../source/types.js';
import { norm } from './morph.js';
import {
  formatIssues,
  LintConfigSchema,
  parseStyle,
  type LintConfig,
  type ListFile,
  type RuleSetting,
} from './schema.js';
import type { Rule } from './types.js';

export interface RuleState {
  enabled: boolean;
  /** Set by the user; otherwise the rule's (or the finding's) default applies. */
  severity?: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  rules: Map<string, RuleState>;
  allow: Set<string>;
  styles: ListFile[];
  quoted: 'suggest' | 'off';
  verbatim: 'suggest' | 'off';
  furniture: 'suggest' | 'off';
  directives: boolean;
}

const cache = new WeakMap<object, ResolvedConfig>();

/**
 * Validates and resolves a configuration against the known rules. Throws
 * `AttacheInputError('bad-option')` whose message names the bad key, e.g.
 * `lint config: rules.sentence-length.options.max: expected number`.
 */
export function resolveConfig(config: LintConfig | undefined, rules: ReadonlyMap<string, Rule<any>>): ResolvedConfig {
  if (config && typeof config === 'object') {
    const hit = cache.get(config);
    if (hit) return hit;
  }
  const parsed = LintConfigSchema.safeParse(config ?? {});
  if (!parsed.success) throw new AttacheInputError('bad-option', `lint config: ${formatIssues(parsed.error.issues)}`);
  const c = parsed.data;
  const styles = c.styles.map((s, i) => {
    const name =
      s && typeof s === 'object' && typeof (s as { name?: unknown }).name === 'string'
        ? (s as { name: string }).name
        : `styles[${i}]`;
    if (s && typeof s === 'object' && 'name' in s) {
      const { name: _n, ...rest } = s as Record<string, unknown>;
      return parseStyle(rest, name);
    }
    return parseStyle(s, name);
  });
  const custom = new Set(styles.map((s) => s.rule).filter((id) => !rules.has(id)));
  const out = new Map<string, RuleState>();
  for (const [id, rule] of rules) out.set(id, { enabled: !rule.meta.optIn, options: defaults(rule, id, {}) });
  for (const id of custom) out.set(id, { enabled: true, options: {} });
  for (const [id, setting] of Object.entries(c.rules)) {
    const rule = rules.get(id);
    if (!rule && !custom.has(id)) {
      throw new AttacheInputError(
        'bad-option',
        `lint config: rules.${id}: unknown rule (known: ${[...rules.keys(), ...custom].join(', ')})`,
      );
    }
    const st = apply(setting);
    out.set(id, {
      enabled: st.enabled,
      ...(st.severity ? { severity: st.severity } : {}),
      options: rule ? defaults(rule, id, st.options) : {},
    });
  }
  const resolved: ResolvedConfig = {
    rules: out,
    allow: new Set(c.allow.map((a) => norm(a).replace(/\s+/g, ' '))),
    styles,
    quoted: c.quoted,
    verbatim: c.verbatim,
    furniture: c.furniture,
    directives: c.directives,
  };
  if (config && typeof config === 'object') cache.set(config, resolved);
  return resolved;
}

function apply(s: RuleSetting): { enabled: boolean; severity?: Severity; options: Record<string, unknown> } {
  if (s === 'off' || s === false) return { enabled: false, options: {} };
  if (s === true) return { enabled: true, options: {} };
  if (typeof s === 'string') return { enabled: true, severity: s, options: {} };
  if (Array.isArray(s)) {
    const [sev, opts] = s as [Severity | 'off', Record<string, unknown> | undefined];
    return sev === 'off'
      ? { enabled: false, options: opts ?? {} }
      : { enabled: true, severity: sev, options: opts ?? {} };
  }
  const o = s as { enabled?: boolean; severity?: Severity; options?: Record<string, unknown> };
  return { enabled: o.enabled ?? true, ...(o.severity ? { severity: o.severity } : {}), options: o.options ?? {} };
}

function defaults(rule: Rule<any>, id: string, options: Record<string, unknown>): Record<string, unknown> {
  const r = rule.meta.options.safeParse(options);
  if (!r.success) {
    const msg = formatIssues(r.error.issues.map((i) => ({ ...i, path: ['rules', id, 'options', ...i.path] })));
    throw new AttacheInputError('bad-option', `lint config: ${msg}`);
  }
  return r.data as Record<string, unknown>;
}

// ---------------------------------------------------------------- inline directives

export interface Directives {
  /** Is a finding of `ruleId` that starts at original offset `start` (on `line`) silenced? */
  silenced(ruleId: string, start: number, line: number): boolean;
}

const DIRECTIVE = /^\s*(?:<!--)?\s*attache-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)(?:-->)?\s*$/;

export function parseDirectives(comments: readonly SourceComment[], lines: LineIndex): Directives {
  // Ranges per rule id ('*' = all rules), in original offsets, end exclusive.
  const ranges: { id: string; from: number; to: number }[] = [];
  const lineOff: { id: string; line: number }[] = [];
  const open = new Map<string, number>();
  const sorted = [...comments].sort((a, b) => a.start - b.start);
  for (const c of sorted) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const kind = m[1]!;
    const ids = (m[2] ?? '')
      .split(/\s--\s/)[0]!
      .split(/[\s,]+/)
      .filter(Boolean);
    const targets = ids.length ? ids : ['*'];
    if (kind === 'disable') for (const id of targets) if (!open.has(id)) open.set(id, c.end);
    if (kind === 'enable') {
      if (ids.length === 0) {
        for (const [id, from] of open) ranges.push({ id, from, to: c.start });
        open.clear();
      } else
        for (const id of targets) {
          const from = open.get(id);
          if (from !== undefined) {
            ranges.push({ id, from, to: c.start });
            open.delete(id);
          }
        }
    }
    if (kind === 'disable-next-line')
      for (const id of targets) lineOff.push({ id, line: lines.position(c.end).line + 1 });
    if (kind === 'disable-line') for (const id of targets) lineOff.push({ id, line: lines.position(c.start).line });
  }
  for (const [id, from] of open) ranges.push({ id, from, to: Infinity });
  return {
    silenced(ruleId, start, line) {
      for (const r of ranges) if ((r.id === '*' || r.id === ruleId) && start >= r.from && start < r.to) return true;
      for (const l of lineOff) if ((l.id === '*' || l.id === ruleId) && l.line === line) return true;
      return false;
    },
  };
}
