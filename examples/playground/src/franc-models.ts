/** The chunk with franc and all of core's candidates' trigram models (see `franc-on-demand.ts`). */
export { francAll } from 'attache:franc-all';
