/**
 * franc (language detection) ships trigram models of 187 languages; core asks it to choose among
 * its `CANDIDATES` only (`francAll(…, { only })` filters the models before scoring, so it never
 * reads another language's). The playground's worker therefore bundles only those languages'
 * models: `vite.config.ts` serves franc's `data.js` through `prunedFrancData`. Every script key
 * stays (possibly empty), so franc's script detection, and its result for any text, are unchanged.
 */
export type FrancData = Record<string, Record<string, string>>;

export function pruneFrancData(data: FrancData, keep: Iterable<string>): FrancData {
  const wanted = new Set(keep);
  return Object.fromEntries(
    Object.entries(data).map(([script, models]) => [
      script,
      Object.fromEntries(Object.entries(models).filter(([lang]) => wanted.has(lang))),
    ]),
  );
}

/**
 * Splits franc's data, pruned to `keep`, for the worker (see `src/franc-on-demand.ts`): `latin`
 * keeps every script key but only the Latin script's models; `onDemandScripts` names the other
 * scripts that hold some model of `keep`, whose models load on demand.
 */
export function splitFrancData(
  data: FrancData,
  keep: Iterable<string>,
): { latin: FrancData; onDemandScripts: string[] } {
  const pruned = pruneFrancData(data, keep);
  return {
    latin: Object.fromEntries(
      Object.entries(pruned).map(([script, models]) => [script, script === 'Latin' ? models : {}]),
    ),
    onDemandScripts: Object.keys(pruned).filter((s) => s !== 'Latin' && Object.keys(pruned[s]!).length > 0),
  };
}
