/** No placeholder in a version: what neither the release nor the brief says is left out and listed for the editor. */
import type { VerifyFinding, VerifyRule } from '../types.js';
import { worded } from '../messages.js';

const PLACEHOLDER =
  /\[[^\]\n]{1,120}\]|\{\{[^}\n]*\}\}|<(?:insert|name|date|link|contact|tbd)[^>\n]*>|\b(?:TBD|TBC|TKTK|XXX+|lorem ipsum|INSERT [A-Z]+|PLACEHOLDER)\b|_{3,}|\?\?\?/gi;

export const placeholdersRule: VerifyRule = {
  meta: {
    id: 'placeholders',
    category: 'placeholder',
    description:
      'A version holds no placeholder (“[who is affected]”, “TBD”, “{{link}}”, “___”) that the release does not itself contain.',
    source:
      'issue 12: accept-all inserted “What this means for you: [who is affected, what they need to do, and by when.]”',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    const src = ctx.source.read.text;
    PLACEHOLDER.lastIndex = 0;
    let m: RegExpExecArray | null;
    const t = ctx.output.read.text;
    while ((m = PLACEHOLDER.exec(t)) !== null) {
      if (src.includes(m[0])) continue;
      out.push({
        rule: 'placeholders',
        category: 'placeholder',
        ...worded('placeholders', { text: m[0] }),
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
      });
    }
    return out;
  },
};
