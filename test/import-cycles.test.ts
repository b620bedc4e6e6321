/**
 * No import cycle in any package, counting dynamic `import('./x.js')` too (oxlint's
 * import/no-cycle sees static imports only; the CLI loads its commands dynamically, and
 * `cli.ts` → `run.ts` → `cli.ts` was such a cycle). The check can fail: see the last case.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The relative imports of each file, static and dynamic. */
function graph(sources: Record<string, string>): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const [file, text] of Object.entries(sources)) {
    const deps: string[] = [];
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts');
      if (target in sources) deps.push(target);
    }
    g.set(file, deps);
  }
  return g;
}

function cycles(g: Map<string, string[]>): string[][] {
  const state = new Map<string, 1 | 2>();
  const out: string[][] = [];
  const visit = (u: string, stack: string[]): void => {
    state.set(u, 1);
    stack.push(u);
    for (const v of g.get(u) ?? []) {
      if (state.get(v) === 1) out.push([...stack.slice(stack.indexOf(v)), v]);
      else if (!state.has(v)) visit(v, stack);
    }
    stack.pop();
    state.set(u, 2);
  };
  for (const u of g.keys()) if (!state.has(u)) visit(u, []);
  return out;
}

describe('import cycles', () => {
  for (const pkg of ['core', 'audiences', 'cli']) {
    it(`packages/${pkg}/src has none`, () => {
      const dir = join(root, 'packages', pkg, 'src');
      expect(existsSync(dir)).toBe(true);
      const sources = Object.fromEntries(files(dir).map((f) => [f, readFileSync(f, 'utf8')]));
      expect(cycles(graph(sources)).map((c) => c.map((f) => f.slice(dir.length + 1)).join(' → '))).toEqual([]);
    });
  }
  it('finds a cycle through a dynamic import', () => {
    const sources = {
      '/x/cli.ts': "export const main = async () => (await import('./run.js')).run();",
      '/x/run.ts': "import { version } from './cli.js';\nexport const run = () => version;",
    };
    expect(cycles(graph(sources)).length).toBe(1);
  });
});
