/**
 * compromise's source modules, which `vite.config.ts` (`compromiseForWorker`) serves to the
 * worker's build from the installed package as `attache:compromise/…`. Typed here because the
 * page does not depend on compromise itself (core does).
 */
declare module 'attache:compromise/nlp.js' {
  interface Nlp {
    (text: string): { docs: { pre: string; text: string; post: string; tags?: Set<string> }[][] };
    extend(plugin: object): Nlp;
    plugin(plugin: object): Nlp;
    model(): Record<string, unknown>;
    hooks(): string[];
    world(): { compute: Record<string, unknown>; hooks: string[] };
  }
  const nlp: Nlp;
  export default nlp;
}

declare module 'attache:compromise/*' {
  /** A compromise plugin (model, methods, compute steps, hooks) or a compute step. */
  const value: object;
  export default value;
}
