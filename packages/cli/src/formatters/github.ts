/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * Escaping follows @actions/core: in the message %, \r and \n are percent-encoded; in property
 * values also ":" and ",".
 */
import type { Severity } from '@attache/core';
import { mIn } from '../messages.js';
import { describeTarget, targetRuleId, type Formatter } from './types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  suggestion: 'notice',
};

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: string, props: Record<string, string | number>, message: string): string {
  const p = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${kind} ${p}::${escapeData(message)}`;
}

export const github: Formatter = (results, ctx) => {
  const locale = ctx.locale ?? 'en';
  const lines: string[] = [];
  for (const r of results) {
    if (r.error !== undefined) {
      lines.push(command('error', { file: r.path, title: mIn(locale, 'lint.cannotCheck') }, r.error));
      continue;
    }
    for (const f of r.findings) {
      lines.push(
        command(
          COMMAND[f.severity],
          {
            file: r.path,
            line: f.loc.start.line,
            col: f.loc.start.column,
            endLine: f.loc.end.line,
            endColumn: f.loc.end.column,
            title: `attache ${f.ruleId}`,
          },
          f.message,
        ),
      );
    }
    for (const t of r.policy?.failed ?? []) {
      lines.push(command('error', { file: r.path, title: `attache ${targetRuleId(t)}` }, describeTarget(t, locale)));
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
