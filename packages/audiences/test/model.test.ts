/**
 * `compose(input, { generator: openAICompatible(…) })` against a small HTTP server on 127.0.0.1
 * that answers like /v1/chat/completions with recorded outputs: a good one, and four bad ones (a
 * changed number, an invented name, an edited quote, a dropped hedge). The verifier must catch
 * each bad one and the deterministic version must come back with a note saying why; a server
 * error, a timeout, a broken answer or no server at all give a note, never a crash.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maskFacts, restoreFacts } from '../src/compose/mask.js';
import {
  compose,
  GeneratorInputError,
  openAICompatible,
  verify,
  type ChatMessage,
  type VerifyRuleId,
} from '../src/index.js';

const RELEASE = `Secretary of State Antony J. Blinken announced today that the United States will provide $5 million to support 1,200 families affected by the floods in the Republic of Korea. The Department may extend the program to other regions next year. “We stand with the people of Korea in this difficult time,” said Secretary Blinken.

https://www.state.gov/flood-aid-korea/`;

// Recorded answers, written against the masked release the model sees (its tokens below).
const GOOD = `Big news: the [[P2]] will give [[N1]] to help [[N2]] families hit by the floods in the [[P3]]. [[P1]] announced it today.
---
What comes next? The [[P4]] may extend the program to other regions next year. [[Q1]] said [[P5]].
---
Read more: [[L1]]`;
const BAD: Array<[string, VerifyRuleId, string]> = [
  ['a changed number', 'numbers', GOOD.replace('[[N1]]', '$6 million')],
  [
    'an invented name',
    'names',
    GOOD.replace('announced it today.', 'announced it today. Foreign Minister Park Jin thanked him.'),
  ],
  [
    'an edited quote',
    'quotes',
    GOOD.replace('[[Q1]] said', '“We stand firmly with the Korean people in this hard time,” said'),
  ],
  ['a dropped hedge', 'modality', GOOD.replace('may extend', 'will extend')],
];

type Reply = { status?: number; body?: string; content?: string; hang?: boolean };
let server: Server;
let baseURL = '';
let replies: Reply[] = [];
const requests: Array<{
  url: string;
  headers: IncomingMessage['headers'];
  body: { model: string; messages: ChatMessage[] };
}> = [];

function answer(req: IncomingMessage, res: ServerResponse): void {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
  req.on('end', () => {
    requests.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(raw) });
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404).end('not found');
      return;
    }
    const r = replies.shift() ?? { status: 500, body: 'no reply recorded' };
    if (r.hang) return; // never answers
    res.writeHead(r.status ?? 200, { 'content-type': 'application/json' });
    res.end(
      r.body ??
        JSON.stringify({
          id: 'chatcmpl-test',
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content: r.content }, finish_reason: 'stop' }],
        }),
    );
  });
}

beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((ok) => server.close(() => ok()));
});
beforeEach(() => {
  replies = [];
  requests.length = 0;
});

const deterministic = compose(RELEASE, { audience: 'youth', channel: 'x' });

describe('openAICompatible with a local fake server', () => {
  it('the recorded answers use the tokens of the masked release', () => {
    const m = maskFacts([RELEASE]);
    expect([...m.facts].map(([k, v]) => `${k}=${v}`)).toEqual([
      '[[P1]]=Secretary of State Antony J. Blinken',
      '[[P2]]=United States',
      '[[N1]]=$5 million',
      '[[N2]]=1,200',
      '[[P3]]=Republic of Korea',
      '[[P4]]=Department',
      '[[Q1]]=“We stand with the people of Korea in this difficult time,”',
      '[[P5]]=Secretary Blinken',
      '[[L1]]=https://www.state.gov/flood-aid-korea/',
    ]);
    expect(restoreFacts(m.texts[0]!, m.facts)).toEqual({ text: RELEASE, unknown: [] });
  });

  it('uses a good answer: facts masked in the prompt and restored, verified, targets met', async () => {
    replies = [{ content: GOOD }];
    const v = await compose(RELEASE, {
      audience: 'youth',
      channel: 'x',
      generator: openAICompatible({ baseURL, model: 'test-model', apiKey: 'test-key' }),
    });
    expect(v.model).toEqual({ label: expect.stringMatching(/^test-model at 127\.0\.0\.1:\d+$/), tries: 1, used: true });
    expect(v.parts).toEqual([
      'Big news: the United States will give $5 million to help 1,200 families hit by the floods in the Republic of Korea. Secretary of State Antony J. Blinken announced it today.',
      'What comes next? The Department may extend the program to other regions next year. “We stand with the people of Korea in this difficult time,” said Secretary Blinken.',
      'Read more: https://www.state.gov/flood-aid-korea/',
    ]);
    expect(v.verification.ok).toBe(true);
    expect(v.targets.every((t) => t.met)).toBe(true);
    expect(v.facts.map((f) => f.text)).toEqual(expect.arrayContaining(['$5 million', '1,200']));
    // what left the machine: the masked release, the key only in the header
    expect(requests).toHaveLength(1);
    const sent = JSON.stringify(requests[0]!.body.messages);
    expect(requests[0]!.body.model).toBe('test-model');
    expect(requests[0]!.headers['authorization']).toBe('Bearer test-key');
    expect(sent).toContain('[[N1]]');
    for (const fact of ['$5 million', '1,200', 'Antony J. Blinken', 'difficult time', 'state.gov'])
      expect(sent).not.toContain(fact);
    expect(sent).not.toContain('test-key');
    expect(v.notes.join(' ')).not.toContain('test-key');
  });

  it.each(BAD)('catches %s (%s) and falls back to the deterministic version with a note', async (_, rule, bad) => {
    // the verifier itself, on the restored answer
    const m = maskFacts([RELEASE]);
    const restored = restoreFacts(bad, m.facts).text;
    expect(verify(RELEASE, restored, { language: 'en' }).findings.map((f) => f.rule)).toContain(rule);
    // and compose, after three bad tries
    replies = [{ content: bad }, { content: bad }, { content: bad }];
    const v = await compose(RELEASE, {
      audience: 'youth',
      channel: 'x',
      generator: openAICompatible({ baseURL, model: 'm' }),
    });
    expect(requests).toHaveLength(3);
    expect(v.model).toMatchObject({ tries: 3, used: false });
    expect(v.text).toBe(deterministic.text);
    expect(v.verification.ok).toBe(true);
    expect(v.notes[0]).toMatch(new RegExp(`^The model’s version was not used .*try 1: .*the verifier found ${rule}`));
    expect(v.notes[0]).toMatch(/This is the deterministic version\.$/);
    // each retry tells the model what was wrong
    expect(requests[1]!.body.messages.at(-1)!.content).toContain(`the verifier found ${rule}`);
  });

  it('uses a good second answer after a bad first one', async () => {
    replies = [{ content: BAD[0]![2] }, { content: GOOD }];
    const v = await compose(RELEASE, {
      audience: 'youth',
      channel: 'x',
      generator: openAICompatible({ baseURL, model: 'm', tries: 2 }),
    });
    expect(v.model).toMatchObject({ tries: 2, used: true });
    expect(v.text).toContain('$5 million');
    expect(v.text).not.toContain('$6 million');
  });

  it.each([
    ['a server error', { status: 500, body: 'model not loaded' }, /HTTP 500: model not loaded/],
    ['an answer that is not JSON', { status: 200, body: '<html>proxy</html>' }, /did not answer with JSON/],
    ['an answer without content', { status: 200, body: '{"choices":[]}' }, /without choices\[0\]\.message\.content/],
    ['no answer in time', { hang: true }, /no answer from 127\.0\.0\.1:\d+ within 300 ms/],
  ])('%s gives a note and the deterministic version, not a crash', async (_, reply, why) => {
    replies = [reply as Reply];
    const v = await compose(RELEASE, {
      audience: 'youth',
      channel: 'x',
      generator: openAICompatible({ baseURL, model: 'm', timeoutMs: 300 }),
    });
    expect(v.model).toMatchObject({ tries: 1, used: false });
    expect(v.text).toBe(deterministic.text);
    expect(v.notes[0]).toMatch(why);
    expect(requests).toHaveLength(1);
  });

  it('no server at the address gives a note', async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((ok) => closed.close(() => ok()));
    const v = await compose(RELEASE, {
      audience: 'youth',
      generator: openAICompatible({ baseURL: `http://127.0.0.1:${port}/v1`, model: 'm' }),
    });
    expect(v.model?.used).toBe(false);
    expect(v.notes[0]).toMatch(/cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  it('has no default host and refuses a bad configuration before sending anything', () => {
    expect(() => openAICompatible({} as never)).toThrow(GeneratorInputError);
    expect(() => openAICompatible({ baseURL: 'ftp://x', model: 'm' })).toThrow(/http or https/);
    expect(() => openAICompatible({ baseURL, model: '' })).toThrow(/"model" is required/);
    expect(() => openAICompatible({ baseURL, model: 'm', tries: 0 })).toThrow(/"tries"/);
    // without a generator compose stays synchronous and offline
    expect(compose(RELEASE, { audience: 'youth', channel: 'x' })).not.toBeInstanceOf(Promise);
  });

  it('gives the reasons in Russian for a Russian release: the problems of each try and a server error', async () => {
    const ru =
      'Министерство здравоохранения сообщило, что в 2025 году в регионе откроют 12 новых больниц. Строительство начнётся весной.';
    replies = [{ content: 'Новость: [[N9]] откроют больницы.' }];
    const v = await compose(ru, {
      audience: 'youth',
      channel: 'x',
      generator: openAICompatible({ baseURL, model: 'm', tries: 1 }),
    });
    expect(v.model).toMatchObject({ tries: 1, used: false });
    expect(v.notes[0]).toMatch(
      /^Версия модели не использована .*: попытка 1: в ней метки, которых нет в релизе \(\[\[N9\]\]\)/,
    );
    expect(v.notes[0]).not.toMatch(/\b(?:try|the verifier|target|over)\b/);
    // the model is still told in English, as its prompt is
    expect(requests).toHaveLength(1);
    replies = [{ status: 500, body: 'model not loaded' }];
    const down = await compose(ru, {
      audience: 'youth',
      channel: 'x',
      generator: openAICompatible({ baseURL, model: 'm' }),
    });
    expect(down.notes[0]).toMatch(
      /попытка 1: модель не дала текста \(http: 127\.0\.0\.1:\d+ ответил HTTP 500: model not loaded\)/,
    );
  });
});
