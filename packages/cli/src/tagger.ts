/**
 * English part-of-speech tagging (compromise) on Node.js 20.10–20.15.
 *
 * @attache/core loads compromise on first use, synchronously, through `process.getBuiltinModule`,
 * which Node.js has from 20.16 on. Before that, core cannot load it by itself and the first English
 * text whose rules need a parse fails ("English part-of-speech tagging is not loaded"). The CLI
 * supports Node.js ≥ 20.10, so on those versions it loads compromise once, asynchronously, before
 * the command runs (and in each worker thread before its first task). On 20.16+ this does nothing,
 * and compromise stays lazy.
 */

interface NodeProcess {
  getBuiltinModule?: unknown;
}

/** Whether core cannot load compromise on its own in this process (Node.js < 20.16). */
export function needsTaggerPreload(proc: NodeProcess = process as NodeProcess): boolean {
  return typeof proc.getBuiltinModule !== 'function';
}

/** Loads compromise into core when core cannot do it lazily by itself. */
export async function ensureEnglishTagger(): Promise<void> {
  if (!needsTaggerPreload()) return;
  const { loadEnglishTagger } = await import('@attache/core');
  await loadEnglishTagger();
}
