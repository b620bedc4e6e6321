/** The part of Az.js (npm `az`, MIT) that the tests use: the reference for core's own reader. */
declare module 'az' {
  interface AzTag {
    readonly stat: readonly string[];
    readonly flex: readonly string[];
    readonly [grammeme: string]: unknown;
    toString(): string;
  }
  interface AzParse {
    readonly word: string;
    readonly tag: AzTag;
    readonly score: number;
    readonly parser?: string;
    readonly formCnt?: number;
    readonly formIdx?: number;
    readonly stutterCnt: number;
    readonly typosCnt: number;
    normalize(keepPOS?: boolean): AzParse | false;
    inflect(form: number): AzParse | false;
    inflect(tag: AzTag | AzParse | readonly string[], grammemes?: readonly string[]): AzParse | false;
    toString(): string;
  }
  interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (err: unknown) => void): void;
  }
  interface Az {
    load(url: string, responseType: 'json' | 'arraybuffer', callback: (err: unknown, data?: unknown) => void): void;
    Morph: AzMorph;
  }
  const Az: Az;
  export default Az;
}
