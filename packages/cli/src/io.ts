/** What a command is handed (the process's streams, directory and environment), and the version. */
import { readFileSync } from 'node:fs';
import { distFile } from './paths.js';

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(distFile('../package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
