/**
 * Applying fixes, ESLint-style: in order of position, skipping any fix that overlaps one already
 * applied (it can be applied on the next round, after a new lint). A fix whose text no longer
 * matches the input (a stale finding) is skipped, so applying a report twice is harmless.
 */
import { AttacheInputError } from '../errors.js';
import { describeValue, requireArray, requireString } from '../guard.js';
import type { Finding } from '../schema.js';

export interface AppliedFixes {
  text: string;
  /** Findings whose fix was applied, in order. */
  applied: Finding[];
  /** Findings with a fix that was not applied (overlap, stale or out of range). */
  skipped: Finding[];
}

export function applyFixes(input: string, findings: readonly Finding[]): AppliedFixes {
  requireString(input, 'applyFixes()', 'input');
  requireArray(findings, 'applyFixes()', 'findings', 'findings (report.findings)');
  findings.forEach((f, i) => {
    const fix = (f as Partial<Finding> | null)?.fix;
    const ok =
      f !== null &&
      typeof f === 'object' &&
      (fix === undefined ||
        (fix !== null &&
          typeof fix === 'object' &&
          Array.isArray(fix.range) &&
          Number.isInteger(fix.range[0]) &&
          Number.isInteger(fix.range[1]) &&
          typeof fix.text === 'string'));
    if (!ok) {
      throw new AttacheInputError(
        'bad-option',
        `applyFixes(): findings[${i}] is not a finding with a valid "fix" (got ${describeValue(f)}); pass report.findings.`,
      );
    }
  });
  const withFix = findings
    .filter((f) => f.fix)
    .slice()
    .sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  let out = '';
  let last = 0;
  for (const f of withFix) {
    const [s, e] = f.fix!.range;
    const valid = s >= last && s <= e && e <= input.length && input.slice(f.start, f.end) === f.actual;
    if (!valid) {
      skipped.push(f);
      continue;
    }
    out += input.slice(last, s) + f.fix!.text;
    last = e;
    applied.push(f);
  }
  out += input.slice(last);
  return { text: out, applied, skipped };
}
