import { readFileSync } from 'node:fs';

/** A problem with one input (unreadable, binary, not UTF-8): reported, the run goes on, exit 2. */
export class FileError extends Error {
  override readonly name = 'FileError';
}

export interface Decoded {
  text: string;
  /** The file started with a UTF-8 byte order mark (kept when --fix writes it back). */
  bom: boolean;
}

// Created on first use, not at load: the V8 startup snapshot (snapshot.ts) cannot hold it.
let decoder: TextDecoder | undefined;

/** Decodes a file's bytes as UTF-8 text, refusing binary data with a message that says what to do. */
export function decode(buf: Uint8Array, display: string): Decoded {
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) {
    throw new FileError(
      `${display} is a binary file (it contains NUL bytes), not text. Exclude it in .attacheignore, or pass only .txt, .md and .html files.`,
    );
  }
  let text: string;
  try {
    decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    text = decoder.decode(buf);
  } catch {
    throw new FileError(
      `${display} is not valid UTF-8. If it is text in another encoding (e.g. Windows-1251), convert it first: iconv -f cp1251 -t utf-8 ${display}`,
    );
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

export function readInput(abs: string, display: string): Decoded {
  let buf: Buffer;
  try {
    buf = readFileSync(abs);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'EACCES' ? 'permission denied' : e.code === 'ENOENT' ? 'no such file' : e.message;
    throw new FileError(`Cannot read ${display}: ${why}.`);
  }
  return decode(buf, display);
}

export async function readStdin(stdin: NodeJS.ReadableStream, display: string): Promise<Decoded> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decode(Buffer.concat(chunks), display);
}
