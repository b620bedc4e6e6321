import type { FileResult, Formatter } from './types.js';

/** `{ files: [{ path, report }] }`: `report` follows @attache/core's report.schema.json, with only
 * the findings that count (a baseline's known findings are left out and counted in `suppressed`).
 * `targets` is core's PolicyResult when targets were set; `error` when the file could not be read. */
export const json: Formatter = (results) => {
  const files = results.map((r: FileResult) => {
    const out: Record<string, unknown> = { path: r.path };
    if (r.error !== undefined) out['error'] = r.error;
    if (r.report) out['report'] = { ...r.report, findings: r.findings };
    if (r.policy) out['targets'] = r.policy;
    if (r.suppressed > 0) out['suppressed'] = r.suppressed;
    if (r.fixes) out['fixes'] = r.fixes;
    return out;
  });
  return JSON.stringify({ files }, null, 2) + '\n';
};
