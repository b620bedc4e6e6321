/**
 * `openAICompatible({ baseURL, model, apiKey? })`: a generator for any server that speaks the
 * chat-completions API (Ollama, llama.cpp's server, LM Studio, vLLM, a hosted API), built on
 * `fetch` with no SDK. There is no default host: nothing is sent anywhere unless the caller
 * names the server. The key goes in the Authorization header only, never in a message or a note.
 */
import { NOTES } from '../compose/notes.js';
import {
  GeneratorError,
  GeneratorInputError,
  type ChatMessage,
  type Generator,
  type GeneratorReason,
} from './types.js';

/** A GeneratorError with its reason: the message in English, the reason for a note in another language. */
function fail(code: GeneratorError['code'], id: GeneratorReason['id'], vars: GeneratorReason['vars']): GeneratorError {
  return new GeneratorError(code, NOTES.en[id](vars), { id, vars });
}

export interface OpenAICompatibleOptions {
  /** The API root, e.g. "http://127.0.0.1:11434/v1" (Ollama) or "http://localhost:8080/v1" (llama.cpp). */
  baseURL: string;
  /** The model name the server knows ("llama3.1:8b", "qwen2.5-7b-instruct"). */
  model: string;
  /** Sent as "Authorization: Bearer …" when given. */
  apiKey?: string;
  /** Most tries before the deterministic version is used (1–10). Default 3. */
  tries?: number;
  /** Milliseconds to wait for one answer. Default 60,000. */
  timeoutMs?: number;
  /** Sampling temperature. Default 0.2. */
  temperature?: number;
  /** The `fetch` to use (tests, proxies). Default: the global one. */
  fetch?: typeof fetch;
}

export function openAICompatible(options: OpenAICompatibleOptions): Generator {
  if (options === null || typeof options !== 'object')
    throw new GeneratorInputError('openAICompatible(options): options must be { baseURL, model, apiKey? }.');
  const { baseURL, model } = options;
  if (typeof baseURL !== 'string' || baseURL.trim() === '')
    throw new GeneratorInputError(
      'openAICompatible: "baseURL" is required (there is no default host), e.g. "http://127.0.0.1:11434/v1".',
    );
  let url: URL;
  try {
    url = new URL(baseURL.replace(/\/+$/, '') + '/chat/completions');
  } catch {
    throw new GeneratorInputError(`openAICompatible: "baseURL" is not a URL: ${JSON.stringify(baseURL)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new GeneratorInputError(`openAICompatible: "baseURL" must be http or https, got ${url.protocol}`);
  if (typeof model !== 'string' || model.trim() === '')
    throw new GeneratorInputError('openAICompatible: "model" is required, e.g. "llama3.1:8b".');
  const tries = options.tries ?? 3;
  if (!Number.isInteger(tries) || tries < 1 || tries > 10)
    throw new GeneratorInputError(`openAICompatible: "tries" must be a whole number from 1 to 10, got ${tries}.`);
  if (options.apiKey !== undefined && typeof options.apiKey !== 'string')
    throw new GeneratorInputError('openAICompatible: "apiKey" must be a string.');
  const timeoutMs = options.timeoutMs ?? 60_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function')
    throw new GeneratorInputError('openAICompatible: no fetch in this runtime; pass options.fetch.');
  const where = url.host;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.apiKey) headers['authorization'] = `Bearer ${options.apiKey}`;

  return {
    label: `${model} at ${where}`,
    tries,
    async complete(messages: ChatMessage[]): Promise<string> {
      const signal = AbortSignal.timeout(timeoutMs);
      let res: Response;
      try {
        res = await doFetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ model, messages, temperature: options.temperature ?? 0.2, stream: false }),
          signal,
        });
      } catch (err) {
        if (signal.aborted) throw fail('timeout', 'genNoAnswer', { where, ms: timeoutMs });
        const cause = (err as { cause?: { code?: string } }).cause?.code;
        throw fail('network', 'genUnreachable', { where, cause: cause ?? '', error: (err as Error).message });
      }
      let body: string;
      try {
        body = await res.text();
      } catch {
        throw signal.aborted
          ? fail('timeout', 'genNoAnswer', { where, ms: timeoutMs })
          : fail('network', 'genBrokeOff', { where });
      }
      if (!res.ok)
        throw fail('http', 'genHttp', { where, status: res.status, body: body.replace(/\s+/g, ' ').slice(0, 200) });
      let data: unknown;
      try {
        data = JSON.parse(body);
      } catch {
        throw fail('response', 'genNotJson', { where });
      }
      const content = (data as { choices?: Array<{ message?: { content?: unknown } }> }).choices?.[0]?.message?.content;
      if (typeof content !== 'string' || content.trim() === '') throw fail('response', 'genNoContent', { where });
      return content;
    },
  };
}
