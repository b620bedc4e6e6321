/**
 * A version written by the caller's own model (`compose(input, { generator })`): the release goes
 * to the model with its facts masked (mask.ts), the facts are restored in its answer, and the
 * answer must pass the same verifier, the audience's targets and the channel's limits within the
 * generator's tries. Otherwise the deterministic version is returned, with a note saying why.
 * This file never imports a provider: the caller hands one in.
 */
import type { ChatMessage, Generator } from '../providers/types.js';
import type { AudienceId } from '../types.js';
import { verifyMessage, type VerifyReport } from '../verify/index.js';
import { postLength, type Channel } from './channels.js';
import { maskFacts, restoreFacts } from './mask.js';
import { notesIn, type NoteId } from './notes.js';

/** Why a text cannot be used: a note of the catalogue and its values (English for the model, the version's language for the editor). */
export interface Problem {
  id: NoteId;
  vars: Record<string, string | number>;
}

const say = (language: 'en' | 'ru', p: Problem): string => notesIn(language)[p.id](p.vars);

/** How the deterministic path checks a text: the verifier with the release's options, and the targets. */
export interface VersionCheck {
  verify(text: string): VerifyReport;
  measure(text: string): Array<{ id: string; value: number; max: number; met: boolean }>;
}

/** What a model-written version reports about its model. */
export interface ModelUse {
  /** "llama3.1:8b at 127.0.0.1:11434". */
  label: string;
  /** Tries made (each a request to the model). */
  tries: number;
  /** True when the text is the model's; false when the deterministic version stands. */
  used: boolean;
}

export interface Draft {
  audience: AudienceId;
  channel: Channel;
  language: 'en' | 'ru';
  parts: string[];
  text: string;
  notes: string[];
}

const AUDIENCE_BRIEF: Record<AudienceId, Record<'en' | 'ru', string>> = {
  youth: {
    en: 'young readers on social media. Lead with the news and why it matters. Use "we" for the institution that issued the release and "you" for the reader only where the release says who is affected. Short sentences (12 words or fewer on average), everyday words, one idea per sentence, no jargon.',
    ru: 'молодых читателей в соцсетях. Начните с новости и того, почему она важна. Короткие предложения (в среднем не длиннее 12 слов), простые слова, одна мысль в предложении, без канцелярита.',
  },
  rural: {
    en: 'rural readers. Say plainly what is happening, who is affected, what to do and by when, if the release says so. Sentences of 15 words or fewer on average, none over 25; everyday words.',
    ru: 'жителей сельской местности. Просто скажите, что происходит, кого это касается, что делать и до какого срока, если это есть в тексте. Предложения в среднем не длиннее 15 слов, ни одного длиннее 25.',
  },
  foreign: {
    en: 'readers whose first language is not English, and for translation tools. Short sentences, no idioms or phrasal verbs, every acronym spelled out, dates as "21 February 2022", one term for one thing.',
    ru: 'читателей, для которых русский не родной, и для машинного перевода. Короткие предложения, без идиом, каждая аббревиатура расшифрована, даты словами, один термин для одного понятия.',
  },
};

function channelBrief(c: Channel): string {
  const lines: string[] = [];
  if (c.extends === 'thread')
    lines.push(
      `A thread: separate the posts with a line that holds only ---. The first post is the news. Split by meaning.`,
    );
  else if (c.extends === 'notice')
    lines.push(
      'A plain notice in short sections: what is happening, who is affected, what to do, by when, whom to call.',
    );
  else if (c.extends === 'sms') lines.push('One SMS.');
  else if (c.extends === 'script') lines.push('A radio script to be read aloud; numbers as spoken.');
  else if (c.extends === 'plain') lines.push('A plain, translation-ready text in short paragraphs.');
  else lines.push(`One ${c.extends}.`);
  if (c.maxChars)
    lines.push(
      `At most ${c.maxChars} characters per ${c.extends === 'thread' ? 'post' : 'text'}${c.linkChars ? ` (a link counts ${c.linkChars})` : ''}.`,
    );
  if (c.maxWords) lines.push(`About ${c.maxWords} words.`);
  lines.push(
    c.maxHashtags ? `At most ${c.maxHashtags} hashtags, at the end, only those the brief gives.` : 'No hashtags.',
  );
  return lines.join(' ');
}

/** The chat turn for one try; `problems` lists what was wrong with the last answer. */
export function prompt(
  masked: { release: string; brief: string },
  audience: AudienceId,
  channel: Channel,
  language: 'en' | 'ru',
  previous?: { answer: string; problems: string[] },
): ChatMessage[] {
  const system = [
    `You rewrite an official press release for ${AUDIENCE_BRIEF[audience][language === 'ru' ? 'ru' : 'en']}`,
    `Write in ${language === 'ru' ? 'Russian' : 'English'}. ${channelBrief(channel)}`,
    'Facts are masked as tokens like [[N1]] (numbers), [[D1]] (dates), [[P1]] (names), [[Q1]] (quotations), [[L1]] (links). Copy a token exactly wherever you state that fact; never type a number, date, name, link or quotation yourself, and never make up a token.',
    'Say only what the release (or the brief) says; leave out what it does not say. Keep who did what. Keep every hedge ("may", "plans to", "will consider") and every "not". Quote only with a [[Q…]] token. Never leave a placeholder such as [who is affected].',
    'Answer with the version only: no title, no preamble, no notes.',
  ].join('\n');
  const user = [`Release:\n${masked.release}`, masked.brief ? `Brief from the press officer:\n${masked.brief}` : '']
    .filter(Boolean)
    .join('\n\n');
  const out: ChatMessage[] = [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
  if (previous) {
    out.push({ role: 'assistant', content: previous.answer });
    out.push({
      role: 'user',
      content: `That version cannot be used: ${previous.problems.join('; ')}. Write it again, keeping to the rules.`,
    });
  }
  return out;
}

/** The model's answer as the channel's parts (a thread splits at lines of ---). */
export function partsOf(answer: string, channel: Channel): string[] {
  const clean = answer
    .replace(/^```[a-z]*\n?|\n?```$/g, '')
    .replace(/\r\n/g, '\n')
    .trim();
  const parts = clean
    .split(/\n\s*-{3,}\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return channel.extends === 'thread' ? parts : [parts.join('\n\n')];
}

/** What stops a text from being used: verifier findings, missed targets, channel limits, unknown tokens. */
export function problemsOf(
  parts: string[],
  text: string,
  channel: Channel,
  check: VersionCheck,
  unknown: string[],
): { problems: Problem[]; verification: VerifyReport; targets: ReturnType<VersionCheck['measure']> } {
  const problems: Problem[] = [];
  if (unknown.length) problems.push({ id: 'problemTokens', vars: { tokens: [...new Set(unknown)].join(', ') } });
  const verification = check.verify(text);
  for (const f of verification.findings)
    problems.push({
      id: 'problemVerifier',
      vars: { rule: f.rule, text: f.text, message: f.message, messageRu: verifyMessage(f, 'ru') },
    });
  const targets = check.measure(text);
  for (const t of targets.filter((x) => !x.met))
    problems.push({ id: 'problemTarget', vars: { id: t.id, value: t.value, max: t.max } });
  if (channel.maxChars)
    parts.forEach((p, i) => {
      const n = postLength(p, channel);
      if (n > channel.maxChars!)
        problems.push({ id: 'problemPartLength', vars: { part: i + 1, length: n, max: channel.maxChars! } });
    });
  if (channel.maxWords) {
    const n = text.split(/\s+/).filter(Boolean).length;
    if (n > channel.maxWords * 1.2) problems.push({ id: 'problemWords', vars: { count: n, max: channel.maxWords } });
  }
  if (parts.length === 0) problems.push({ id: 'problemEmpty', vars: {} });
  return { problems, verification, targets };
}

/**
 * Tries the model up to `generator.tries` times. Returns the model's version, checked, or null
 * with the reason (for the note on the deterministic version).
 */
export async function tryModel(
  input: string,
  brief: string,
  draft: Draft,
  check: VersionCheck,
  generator: Generator,
  /** Language of the reasons for the editor (default: the draft's). */
  locale: 'en' | 'ru' = draft.language,
): Promise<
  | {
      ok: true;
      parts: string[];
      text: string;
      verification: VerifyReport;
      targets: ReturnType<VersionCheck['measure']>;
      tries: number;
    }
  | { ok: false; why: string; tries: number }
> {
  const masked = maskFacts(brief ? [input, brief] : [input]);
  const texts = { release: masked.texts[0]!, brief: masked.texts[1] ?? '' };
  let previous: { answer: string; problems: string[] } | undefined;
  const whys: string[] = [];
  const lang = locale;
  for (let n = 1; n <= generator.tries; n++) {
    let answer: string;
    try {
      answer = await generator.complete(prompt(texts, draft.audience, draft.channel, draft.language, previous));
    } catch (err) {
      const e = err as { code?: string; message?: string; reason?: { id?: unknown; vars?: unknown } };
      // A provider's GeneratorError carries its reason (a note id and values): given in the version's language.
      const reason = e.reason;
      const what =
        reason &&
        typeof reason.id === 'string' &&
        Object.hasOwn(notesIn(lang), reason.id) &&
        typeof reason.vars === 'object'
          ? say(lang, reason as Problem)
          : typeof e.message === 'string'
            ? e.message
            : String(err);
      whys.push(say(lang, { id: 'modelNoText', vars: { n, code: e.code ?? 'error', what } }));
      return { ok: false, why: whys.join('; '), tries: n };
    }
    const restored = restoreFacts(answer, masked.facts);
    const parts = partsOf(restored.text, draft.channel);
    const text = parts.join('\n\n');
    const r = problemsOf(parts, text, draft.channel, check, restored.unknown);
    if (r.problems.length === 0)
      return { ok: true, parts, text, verification: r.verification, targets: r.targets, tries: n };
    const listed = r.problems.slice(0, 4).map((p) => say(lang, p));
    const more = r.problems.length > 4 ? say(lang, { id: 'problemsMore', vars: { count: r.problems.length - 4 } }) : '';
    whys.push(say(lang, { id: 'modelTry', vars: { n, problems: listed.join('; ') + more } }));
    // The prompt is in English: so are the problems the model is told about.
    previous = { answer, problems: r.problems.slice(0, 8).map((p) => say('en', p)) };
  }
  return { ok: false, why: whys.join(' | '), tries: generator.tries };
}
