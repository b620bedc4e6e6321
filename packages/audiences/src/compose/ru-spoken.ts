/**
 * The questions a Russian digital team asks in a youth post (issue 12: hand-written youth
 * versions ask questions; «Что дальше?» is the Russian of h12e's “What’s next?”, spoken.ts):
 * - «Что дальше?» before the first sentence after the lead that says what will happen (a finite
 *   verb in the future tense, read with the OpenCorpora morphology: «продолжат», «будут
 *   переданы», «создадут»);
 * - «О чём говорили?» before the first sentence after the lead that says what a conversation or
 *   a meeting was about («обсудили», «обсуждалась тема», «затронули вопросы», «обменялись
 *   мнениями»), in a release that reports one.
 * Once each, never before the lead, never between a sentence and the one that points back to it
 * (ru-heads.ts), never before speech. A question states no fact, so the verifier has nothing to
 * trace; its answer is the release's own sentence right after it.
 */
import { russianMorphology } from '@attache/core';
import { RU_POINTS_BACK } from './ru-heads.js';
import { RU_SPLIT_OVER } from './ru-split.js';

const WORD = /\p{L}[\p{L}-]*/gu;

/** A sentence with a finite verb in the future tense ("будут переданы", "продолжат"). */
export function ruFuture(s: string): boolean {
  const m = russianMorphology();
  if (!m) return /(?<!\p{L})(?:будет|будут)(?!\p{L})/iu.test(s);
  return (s.match(WORD) ?? []).some((w, i) => {
    if (i > 0 && /^\p{Lu}/u.test(w)) return false; // a name
    const ps = m.parse(w.toLowerCase());
    const top = ps[0]?.score ?? 0;
    // a dictionary form read as nothing else: «о запрете» (запрёте) and «мер» (мёр) are nouns here
    const likely = ps.filter((p) => p.score >= 0.5 * top);
    return likely.length > 0 && likely.every((p) => p.known && p.pos === 'VERB' && p.tense === 'futr');
  });
}

/** A sentence that says what a conversation was about. */
const TOPIC =
  /(?<!\p{L})(?:обсудил\p{L}*|обсуждал\p{L}*|обсужд[её]н\p{L}*|затронул\p{L}*|рассмотрен\p{L}*|обменялись\s+мнениями|обмен\s+мнениями|говорили\s+о)(?!\p{L})/iu;

export function ruAskQuestions(lines: readonly string[]): string[] {
  if (lines.length < 3 || lines.some((l) => l.includes('?'))) return [...lines];
  // never before speech, quoted or reported («Владимир Путин сказал, что …», ru-reported.ts)
  const fits = (l: string, k: number): boolean =>
    k > 0 && !/[«“"]/u.test(l) && !RU_POINTS_BACK.test(l) && !/\s(?:сказал|сказала),\sчто\s/u.test(l);
  const out = [...lines];
  const next = out.findIndex((l, k) => fits(l, k) && ruFuture(l));
  // the conversation's topic: only when it is not the lead itself and comes before what is next
  const topic = out.findIndex((l, k) => fits(l, k) && TOPIC.test(l) && (next < 0 || k < next));
  if (next > 0) out.splice(next, 0, 'Что дальше?');
  if (topic > 0 && !TOPIC.test(out[0]!)) out.splice(topic, 0, 'О чём говорили?');
  return out;
}

/**
 * Whether a Russian radio script repeats its lead at the end («Ещё раз: …»): never speech, only a lead a
 * listener takes in at once, no longer than the words over which a rural sentence is split
 * (ru-split.ts, 12). A long kremlin.ru lead said twice made the script's average and grade the
 * lead's own (ru_kremlin_02: «Во время телефонного разговора … проведён обмен мнениями», 18 words).
 */
export function ruRepeatLead(lead: string): boolean {
  // speech, quoted or reported, is said once: «Ещё раз: «…», — сказал Путин.» repeats no news
  if (/«(?:[^»\s]+\s+){3,}[^»]*»|[“"]/u.test(lead) || /\s(?:сказал|сказала|добавил|добавила),\sчто\s/u.test(lead))
    return false;
  return lead.split(/\s+/).length <= RU_SPLIT_OVER.rural;
}
