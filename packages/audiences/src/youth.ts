/**
 * `@attache/audiences/youth`: young readers on social platforms. Direct address ("you"),
 * contractions, short sentences, "we" for the institution, a hook first, and a thread variant.
 */
import { analyzeDetailed, type Report } from '@attache/core';
import { makeAudience, resolveInput, localeOf } from './adapter.js';
import { checkMeaning, type LockReport } from './meaning-lock.js';
import {
  addressP,
  boilerplateP,
  contractionsP,
  everydayP,
  findingsP,
  hiddenVerbsP,
  hookP,
  institutionP,
  passiveP,
  listP,
  splitP,
  whatItMeansP,
} from './proposers/index.js';
import { rewrite } from './rewrite.js';
import type { Audience, ProposeOptions } from './types.js';

const base = makeAudience({
  id: 'youth',
  targets: { maxGrade: 8, maxFormality: 40, maxAverageSentenceWords: 15, maxHardSentenceShare: 0.1 },
  targetSources: {
    maxGrade: {
      sources: ['hemingway', 'govuk-active'],
      note: 'Young readers skim on phones: grade 8 or below (Hemingway: grade 10+ is hard; GOV.UK: reading age 9).',
    },
    maxFormality: {
      sources: ['heylighen-dewaele'],
      note: 'A conversational register: 40 or below on Attaché’s formality score (after the F-score).',
    },
    maxAverageSentenceWords: {
      sources: ['govuk', 'plainlanguage'],
      note: 'About 15 words on average (GOV.UK: 25 at most, shorter is better; plainlanguage.gov: 15–20 on average).',
    },
    maxHardSentenceShare: { sources: ['hemingway'], note: 'At most one sentence in ten hard to read.' },
  },
  maxSentenceWords: 20,
  proposers: [
    findingsP,
    hiddenVerbsP,
    everydayP,
    boilerplateP,
    addressP,
    institutionP,
    passiveP,
    contractionsP,
    listP,
    splitP,
    hookP,
    whatItMeansP,
  ],
});

export interface Thread {
  /** Posts of at most `maxLength` characters, numbered "1/3" when there is more than one. */
  posts: string[];
  /** The lead the thread was made from (the input's own words). */
  lead: string;
  /** The meaning lock of lead → thread: every number, date, name, URL and quote of the lead kept. */
  lock: LockReport;
}

export interface ThreadOptions extends ProposeOptions {
  /** Characters per post. Default 280 (X/Twitter). */
  maxLength?: number;
}

/** The lead: the first paragraph(s) until at least 40 words or 3 sentences. */
function leadOf(report: Report, input: string): string {
  const parts: string[] = [];
  let words = 0;
  let sentences = 0;
  const paras = input.split(/\n[ \t]*\n/);
  let offset = 0;
  for (const p of paras) {
    const start = input.indexOf(p, offset);
    offset = start + p.length;
    const inside = report.sentences.filter((s) => s.start >= start && s.end <= start + p.length && !s.quoted);
    if (inside.length === 0) continue;
    parts.push(p.trim());
    words += inside.reduce((n, s) => n + s.words, 0);
    sentences += inside.length;
    if (words >= 40 || sentences >= 3) break;
  }
  return parts.join('\n\n');
}

/** Splits `text` into chunks of at most `max` characters at sentence, then clause, then word boundaries. */
function pack(sentences: string[], max: number): string[] {
  const out: string[] = [];
  let cur = '';
  const pieces: string[] = [];
  for (const s of sentences) {
    if ([...s].length <= max) {
      pieces.push(s);
      continue;
    }
    // Too long for one post: cut at "; " or ", " before the limit, else at a space.
    let rest = s;
    while ([...rest].length > max) {
      const head = rest.slice(0, max - 1);
      let cut = Math.max(head.lastIndexOf('; '), head.lastIndexOf(', '));
      if (cut < max / 3) cut = head.lastIndexOf(' ');
      if (cut <= 0) cut = max - 1;
      pieces.push(rest.slice(0, cut + 1).trimEnd() + '…');
      rest = '…' + rest.slice(cut + 1).trimStart();
    }
    pieces.push(rest);
  }
  let prev = '';
  for (const p of pieces) {
    // A bullet item goes on a line of its own, and so does the sentence after a list.
    const sep = p.startsWith('• ') || prev.startsWith('• ') ? '\n' : ' ';
    const joined = cur ? `${cur}${sep}${p}` : p;
    if ([...joined].length <= max) cur = joined;
    else {
      if (cur) out.push(cur);
      cur = p;
    }
    prev = p;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * A social-post variant of the release: the lead rewritten for young readers (safe proposals
 * only) and cut into a thread of posts of at most 280 characters, checked by the meaning lock.
 */
export function thread(report: Report, input?: string, options: ThreadOptions = {}): Thread {
  const locale = localeOf(report, options);
  const text = resolveInput(report, input, 'youth.thread', locale);
  const max = options.maxLength ?? 280;
  const language = report.language.supported ? (report.language.code as 'en' | 'ru') : undefined;
  const lead = leadOf(report, text);
  if (lead.trim() === '') return { posts: [], lead, lock: checkMeaning('', '') };
  const plain = rewrite(lead, { audience: youth, accept: 'safe', ...(language ? { language } : {}), locale }).text;
  const analysis = analyzeDetailed(plain, { ...(language ? { language } : {}), lint: false });
  // Bullets of a list the rewrite made stay visible as "•" items inside a post.
  const sentences = analysis.report.sentences.map((s, i) => {
    const t = plain.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    return analysis.sentences[i]?.block === 'list-item' ? `• ${t}` : t;
  });
  // Room for the " 10/10" counter.
  let posts = pack(sentences, max);
  if (posts.length > 1) {
    const room = ` ${posts.length}/${posts.length}`.length + 1;
    posts = pack(sentences, max - room);
    posts = posts.map((p, i) => `${p} ${i + 1}/${posts.length}`);
  }
  const lock = checkMeaning(
    lead,
    posts.map((p) => p.replace(/ \d+\/\d+$/, '').replace(/…/g, ' ')).join('\n\n'),
    language ? { language } : {},
  );
  return { posts, lead, lock };
}

export const youth: Audience & { thread: typeof thread } = { ...base, thread };
export default youth;
