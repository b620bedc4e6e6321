/**
 * Modules that `vite.config.ts` (`francOnDemand`) serves to the worker's build from the installed
 * franc package: two instances of franc with different trigram models, and the expressions of
 * the scripts whose models load on demand. Typed here because the page does not depend on franc
 * itself (core does).
 */
type FrancRanking = Array<[string, number]>;
interface FrancOptions {
  only?: string[];
  ignore?: string[];
  minLength?: number;
}

declare module 'attache:franc-latin' {
  /** franc with core's candidates' Latin-script models only (every script key kept, others empty). */
  export function francAll(value?: string, options?: FrancOptions): FrancRanking;
}

declare module 'attache:franc-all' {
  /** franc with all of core's candidates' models, as core has it. */
  export function francAll(value?: string, options?: FrancOptions): FrancRanking;
}

declare module 'attache:franc-on-demand-scripts' {
  /** franc's expressions of the scripts other than Latin that hold some candidate's model. */
  export const ON_DEMAND_SCRIPTS: Record<string, RegExp>;
}
