/**
 * A snapshot of everything the audiences package makes from the 51 releases (35 en + 16 ru):
 * per audience, the proposals, the rewrite with accept 'safe' (text, applied, rejected, diff)
 * and with every proposal accepted, the checklist, and youth's thread. Written to a JSON file
 * so that a refactor can show its behaviour is unchanged:
 * `tsx scripts/eval/audiences-snapshot.ts /tmp/before.json`, refactor, then
 * `tsx scripts/eval/audiences-snapshot.ts /tmp/after.json --compare /tmp/before.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '@attache/core';
import { audiences, rewrite, thread, type AudienceId } from '../../packages/audiences/src/index.js';
import { EVAL_SKIP_NOTE, hasEval, isMain, releases } from './corpus.js';

type Snapshot = Record<string, unknown>;

export function snapshot(): Snapshot {
  const out: Snapshot = {};
  for (const lang of ['en', 'ru'] as const) {
    for (const rel of releases(lang)) {
      const report = analyze(rel.text, { language: lang });
      // The checklist receives youth's thread from its caller (it makes none itself).
      const posts = thread(report, rel.text);
      for (const id of Object.keys(audiences) as AudienceId[]) {
        const a = audiences[id];
        const proposals = a.propose(report, rel.text);
        const safe = rewrite(rel.text, { audience: a, accept: 'safe', language: lang });
        const all = rewrite(rel.text, { audience: a, accept: proposals.map((p) => p.id), language: lang });
        out[`${lang}/${rel.id}/${id}`] = {
          proposals: proposals.map((p) => [
            p.id,
            p.kind,
            p.start,
            p.end,
            p.replacement,
            p.safe,
            p.confidence,
            p.rationale,
            p.findings,
          ]),
          safe: {
            text: safe.text,
            applied: safe.applied.map((p) => [p.id, p.pass, p.replacement]),
            rejected: safe.rejected.map((r) => [r.proposal.id, r.pass, r.reason]),
            diff: safe.diff,
            unified: safe.unified,
            lock: safe.lock.ok,
            hygiene: safe.hygiene.defects.length,
          },
          all: {
            text: all.text,
            applied: all.applied.map((p) => p.id),
            rejected: all.rejected.map((r) => [r.proposal.id, r.reason]),
            unified: all.unified,
          },
          checklist: a
            .checklist(report, rel.text, id === 'youth' ? { thread: posts } : undefined)
            .map((c) => [
              c.id,
              c.status,
              c.automatic,
              c.label,
              c.explanation,
              c.source,
              c.evidence.map((e) => [e.start, e.end, e.text]),
            ]),
        };
      }
      out[`${lang}/${rel.id}/thread`] = posts.posts;
    }
  }
  return out;
}

function compare(before: Snapshot, after: Snapshot): number {
  let n = 0;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = before[key] as Record<string, unknown> | undefined;
    const a = after[key] as Record<string, unknown> | undefined;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const parts =
      b && a && !Array.isArray(b) ? Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])) : [];
    console.log(`differs: ${key} ${parts.join(' ')}`);
    n++;
  }
  console.log(`${n} of ${Object.keys(before).length} entries differ`);
  return n;
}

if (isMain(import.meta.url)) {
  if (!hasEval()) {
    console.log(EVAL_SKIP_NOTE);
  } else {
    const file = process.argv[2] ?? '/tmp/audiences-snapshot.json';
    const snap = snapshot();
    writeFileSync(file, JSON.stringify(snap));
    console.log(`${Object.keys(snap).length} entries → ${file}`);
    const i = process.argv.indexOf('--compare');
    if (i > 0)
      process.exitCode = compare(JSON.parse(readFileSync(process.argv[i + 1]!, 'utf8')) as Snapshot, snap) ? 1 : 0;
  }
}
