/**
 * The fences of DESIGN.md ("Layout") are lint rules, and this test proves they can fail: it
 * copies the repository's own `.oxlintrc.json` beside a small tree shaped like
 * packages/audiences/src and runs oxlint on it. An import cycle, the verifier (or the meaning
 * lock, or hygiene) importing a proposer, the composer, the checklist, a rewrite or a model
 * provider, the checklist importing a rewrite, youth's thread or a proposer, and a provider
 * imported outside an entry point must each be an error; the same
 * tree without them must pass.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const oxlint = join(root, 'node_modules', '.bin', 'oxlint');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Lints `files` (paths under packages/audiences/src) with the repository's config. */
function lintTree(files: Record<string, string>): { ok: boolean; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'attache-fences-'));
  dirs.push(dir);
  copyFileSync(join(root, '.oxlintrc.json'), join(dir, '.oxlintrc.json'));
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, 'packages/audiences/src', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const r = spawnSync(oxlint, ['--deny-warnings', 'packages'], { cwd: dir, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

const base: Record<string, string> = {
  'text.ts': 'export const words = (s: string): string[] => s.split(/\\s+/);\n',
  'proposers/split/index.ts':
    "import { words } from '../../text.js';\nexport const split = (s: string): number => words(s).length;\n",
  'providers/openai.ts': 'export const provider = { name: "openai" };\n',
  'compose/render.ts': 'export const render = (s: string): string => s;\n',
  'verify/numbers.ts':
    "import { words } from '../text.js';\nexport const numbers = (s: string): string[] => words(s);\n",
  'meaning-lock.ts':
    "import { words } from './text.js';\nexport const lock = (s: string): number => words(s).length;\n",
  'checklist/items/platform.ts':
    "import { words } from '../../text.js';\nexport const platform = (s: string): number => words(s).length;\n",
  'index.ts':
    "export { provider } from './providers/openai.js';\nexport { split } from './proposers/split/index.js';\n",
};

describe('lint fences (oxlint, the repository config)', () => {
  it('passes a tree that keeps to the fences', () => {
    const r = lintTree(base);
    expect(r.out).not.toMatch(/no-cycle|no-restricted-imports/);
    expect(r.ok).toBe(true);
  });

  it.each([
    ['verify/numbers.ts', "import { split } from '../proposers/split/index.js';\nexport const n = split;\n"],
    ['verify/numbers.ts', "import { render } from '../compose/render.js';\nexport const n = render;\n"],
    ['verify/numbers.ts', "import { provider } from '../providers/openai.js';\nexport const n = provider;\n"],
    ['meaning-lock.ts', "import { split } from './proposers/split/index.js';\nexport const n = split;\n"],
    ['meaning-lock/names.ts', "import { split } from '../proposers/split/index.js';\nexport const n = split;\n"],
    ['hygiene.ts', "import { render } from './compose/render.js';\nexport const n = render;\n"],
    ['compose/render.ts', "import { provider } from '../providers/openai.js';\nexport const n = provider;\n"],
    ['checklist/items/platform.ts', "import { thread } from '../../youth.js';\nexport const n = thread;\n"],
    ['checklist/index.ts', "import { rewrite } from '../rewrite.js';\nexport const n = rewrite;\n"],
    ['checklist/items/idioms.ts', "import { split } from '../../proposers/split/index.js';\nexport const n = split;\n"],
  ])('fails when %s imports across a fence', (file, text) => {
    const r = lintTree({ ...base, [file]: text });
    expect(r.out).toMatch(/no-restricted-imports[\s\S]*Fence/);
    expect(r.ok).toBe(false);
  });

  it('lets a composer name a provider’s type (compose/model.ts is handed a generator, never imports one)', () => {
    const r = lintTree({
      ...base,
      'compose/model.ts':
        "import type { provider } from '../providers/openai.js';\nexport const use = (p: typeof provider): string => p.name;\n",
    });
    expect(r.out).not.toMatch(/no-restricted-imports/);
    expect(r.ok).toBe(true);
    const value = lintTree({
      ...base,
      'compose/model.ts': "import { provider } from '../providers/openai.js';\nexport const use = provider;\n",
    });
    expect(value.ok).toBe(false);
  });

  it('fails on an import cycle', () => {
    const r = lintTree({
      ...base,
      'text.ts':
        "import { split } from './proposers/split/index.js';\nexport const words = (s: string): string[] => s.split(/\\s+/);\nexport const n = split;\n",
    });
    expect(r.out).toMatch(/no-cycle/);
    expect(r.ok).toBe(false);
  });
});
