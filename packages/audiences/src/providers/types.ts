/** What `compose` needs of a model: a chat turn in, text out. Providers implement it; nothing else imports them. */

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface Generator {
  /** Which model, for the editor's note ("llama3.1 at 127.0.0.1:11434"). Never holds a key. */
  readonly label: string;
  /** Most tries before the deterministic version is used. */
  readonly tries: number;
  /** One completion. Rejects with a `GeneratorError` (never a bare TypeError) when the model cannot answer. */
  complete(messages: ChatMessage[]): Promise<string>;
}

/** Why a model gave no text, as a note of compose's catalogue (compose/notes.ts) and its values. */
export interface GeneratorReason {
  id: 'genNoAnswer' | 'genUnreachable' | 'genBrokeOff' | 'genHttp' | 'genNotJson' | 'genNoContent';
  vars: Record<string, string | number>;
}

/** Why a model gave no text: the server said no, took too long, could not be reached, or answered in another shape. */
export class GeneratorError extends Error {
  constructor(
    readonly code: 'http' | 'timeout' | 'network' | 'response',
    message: string,
    /** The reason as a note id of compose's catalogue and its values, so a note can give it in the version's language. */
    readonly reason?: GeneratorReason,
  ) {
    super(message);
    this.name = 'GeneratorError';
  }
}

/** A provider configured wrongly (no URL, no model): thrown at once, before anything is sent. */
export class GeneratorInputError extends TypeError {
  readonly code = 'generator-input';
}
