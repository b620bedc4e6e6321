/**
 * Generates the rules table (`docs/rules/README.md`) and the meta line of every rule's doc from
 * the rule metadata and the sizes of the word lists. `pnpm tsx packages/core/scripts/gen-rules-table.ts`
 * writes them; a test (`test/lint-docs.test.ts`) fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { builtinLists } from '../src/lint/data/index.js';
import { RULES } from '../src/lint/rules/index.js';
import type { LanguageCode } from '../src/schema.js';

export const DOCS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules');

const LIST_LANGS: LanguageCode[] = ['en', 'ru'];

function entries(id: string, lang: LanguageCode): number | null {
  const l = builtinLists(lang).find((x) => x.rule === id);
  return l ? l.entries.length : null;
}

function sizes(id: string): string {
  const parts = LIST_LANGS.map((l) => entries(id, l)).filter((n): n is number => n !== null);
  return parts.length ? parts.join(' / ') : '—';
}

/** The meta block of one rule's doc (between `<!-- rule-meta:start -->` and `<!-- rule-meta:end -->`). */
export function renderMeta(id: string): string {
  const m = RULES.get(id)!.meta;
  const lists = LIST_LANGS.map((l) => [l, entries(id, l)] as const)
    .filter(([, n]) => n !== null)
    .map(([l, n]) => `[\`${l}\`](../../src/lint/data/${l}/${id}.json) (${n} entries)`)
    .join(', ');
  const lines = [
    `**Kind:** ${m.kind} · **Languages:** ${m.languages.join(', ')} · **Default severity:** ${m.optIn ? `off (opt-in; ${m.severity} when on)` : m.severity} · **Fixable:** ${m.fixable ? 'yes' : 'no'}`,
    lists ? `**Lists:** ${lists}` : '',
    `**Messages:** ${m.messages.map((x) => `\`${id}.${x}\``).join(', ')} (in [\`src/lint/locales\`](../../src/lint/locales/))`,
  ].filter(Boolean);
  return `<!-- rule-meta:start -->\n${lines.join('\n\n')}\n<!-- rule-meta:end -->`;
}

export function withMeta(doc: string, id: string): string {
  return doc.replace(/<!-- rule-meta:start -->[\s\S]*?<!-- rule-meta:end -->/, renderMeta(id));
}

const CONFIG_DOC = `## Configuration

\`analyze(input, { lint })\` (or \`lint(ctx, config)\`) takes an ESLint-style configuration, validated by zod;
errors name the bad key (\`lint config: rules.sentence-length.options.max: …\`).

\`\`\`json
{
  "rules": {
    "passive-voice": "off",
    "plain-words": "error",
    "sentence-length": ["warning", { "max": 20 }],
    "hard-sentence": { "severity": "warning", "options": { "reportHard": false } }
  },
  "allow": ["utilise", "OSCE"],
  "quoted": "suggest",
  "styles": []
}
\`\`\`

- \`rules\`: \`"off"\`, a severity, \`true\`/\`false\`, \`[severity, options]\` or \`{ enabled, severity, options }\`.
- \`allow\`: terms never reported (case-insensitive).
- \`quoted\`: findings inside quotation marks and block quotes are suggestions without fixes (\`"suggest"\`, the
  default) or are dropped (\`"off"\`): a minister's words are reported, never rewritten.
- \`styles\`: your own word lists, in the same schema as the built-in ones. A list with a built-in rule id extends that
  rule; a new id makes a new rule (kind \`existence\` or \`substitution\`), configurable like the others:

\`\`\`json
{
  "rule": "acme-terms",
  "language": "en",
  "kind": "substitution",
  "severity": "warning",
  "message": "Acme style: write “{{expected}}”, not “{{actual}}”.",
  "entries": [{ "pattern": "e-mail", "replace": ["email"], "fix": true, "source": "Acme style guide" }]
}
\`\`\`

Patterns are words separated by spaces: \`word\` (case-insensitive; in Russian lists every form with the same stem),
\`=word\` (this form only), \`word+\` (English inflections: utilize, utilizes, utilized, utilizing), \`a|b\`
(alternatives), \`word?\` (optional), \`word,\` (a comma may follow). In a replacement, \`word+\` takes the text's
inflection. \`fix: true\` lets the first replacement be applied where that is safe.

In Markdown and HTML, comments switch rules off and on:

\`\`\`markdown
<!-- attache-disable plain-words -->
… not checked for plain-words …
<!-- attache-enable plain-words -->

<!-- attache-disable-next-line passive-voice -- quoting the treaty -->
The agreement was signed in 1990.
\`\`\`

\`attache-disable\` with no rule id switches off every rule; \`attache-disable-line\` applies to its own line.

\`applyFixes(input, findings)\` applies the non-overlapping fixes in order and returns \`{ text, applied, skipped }\`;
run the linter again on the result and nothing is left to fix.
`;

export function renderRulesTable(): string {
  const rows = [...RULES.values()].map((r) => {
    const m = r.meta;
    return `| [\`${m.id}\`](./${m.id}.md) | ${m.kind} | ${m.languages.join(', ')} | ${m.optIn ? 'off (opt-in)' : m.severity} | ${m.fixable ? 'yes' : ''} | ${sizes(m.id)} | ${m.description.replace(/\|/g, '\\|')} |`;
  });
  return [
    '# Lint rules',
    '',
    '<!-- Generated by packages/core/scripts/gen-rules-table.ts from the rule metadata and the word lists: do not edit by hand. -->',
    '',
    "Every rule reports `{ ruleId, messageId, data, message, severity, start, end, loc, actual, suggestions, fix?, url }` on the original input's offsets. Word lists live in `src/lint/data/<language>/<rule>.json`, one zod schema for all of them (a user's style file uses the same schema). Entries: English / Russian list sizes.",
    '',
    '| Rule | Kind | Languages | Severity | Fixable | Entries (en / ru) | What it reports |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    CONFIG_DOC,
  ].join('\n');
}

/** Formats Markdown the way the repository's prettier config does (so `format:check` agrees). */
export async function formatMarkdown(md: string, path: string): Promise<string> {
  const config = (await resolveConfig(path)) ?? {};
  return format(md, { ...config, filepath: path, parser: 'markdown' });
}

/** The README as it should be on disk. */
export async function rulesReadme(): Promise<string> {
  return formatMarkdown(renderRulesTable(), join(DOCS_DIR, 'README.md'));
}

/** A rule's doc as it should be on disk: its text with a current meta block. */
export async function ruleDoc(id: string, current: string): Promise<string> {
  return formatMarkdown(withMeta(current, id), join(DOCS_DIR, `${id}.md`));
}

async function main(): Promise<void> {
  writeFileSync(join(DOCS_DIR, 'README.md'), await rulesReadme());
  for (const id of RULES.keys()) {
    const path = join(DOCS_DIR, `${id}.md`);
    writeFileSync(path, await ruleDoc(id, readFileSync(path, 'utf8')));
  }
  console.log(`wrote ${join(DOCS_DIR, 'README.md')} and the meta of ${RULES.size} rule docs`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
