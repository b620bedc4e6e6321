/**
 * The lines of a version before it is rendered: the release's sentences selected (select.ts),
 * restructured for the audience (restructure.ts) with the audience's safe edits, each kept only
 * when the verifier passes it, then fitted to the audience's targets (fit.ts).
 */
import { scanAcronyms, type AcronymDefinition, type Report } from '@attache/core';
import { foreign as foreignAudience } from '../foreign.js';
import { rural as ruralAudience } from '../rural.js';
import type { AudienceId } from '../types.js';
import type { VerifyReport } from '../verify/index.js';
import { youth as youthAudience } from '../youth.js';
import { EN } from '../data/index.js';
import { rewriteEach, rewriteKinds } from './edit.js';
import { hasIdiom } from '../proposers/index.js';
import { fitTargets } from './fit.js';
import { enMeetingLead } from './en-meeting.js';
import { notesIn } from './notes.js';
import { quotePiece } from './quote-piece.js';
import { dropRepeats } from './repeats.js';
import { endsWhole, LEAD_LONG, LEAD_LONGEST, leadHasHead, shortenLong, smsHeads } from './sms.js';
import { keepsAmounts } from './en-heads.js';
import { postLength, type Channel } from './channels.js';
import { RU_LONGEST, RU_SPARE, RU_SPLIT_OVER, splitRussian } from './ru-split.js';
import { EN_SPLIT_OVER, splitEnglish } from './en-split.js';
import { dropEvaluative, dropQuestions, plainRussian } from './ru-plain.js';
import { ruEverydayWords } from './ru-everyday.js';
import { ruCharacter, ruGovernedVerbs, ruIsDash } from './ru-verbs.js';
import { spellOutRussian } from './ru-acronyms.js';
import { unexplainedAcronyms, WELL_KNOWN } from './measure.js';
import { HOW_MANY, LABELS, PREFER_WORDS, labelCase, mixedCaseSpellings } from './plan.js';
import { OMISSIBLE, oneIdeaEach, omitDetail, restructure, splitSentences, type Mentions } from './restructure.js';
import { RU_POINTS_BACK, RU_TURN_POINTS_BACK, ruPointsBack } from './ru-heads.js';
import { fullerMention } from './en-antecedent.js';
import { ruSmsLines } from './ru-lead.js';
import { RU_NO_WHO, ruMeetingLead } from './ru-meeting.js';
import { ruReportSpeech, ruSaid } from './ru-reported.js';
import { ruPlainNames } from './ru-names.js';
import { ruActive, ruInEvent } from './ru-active.js';
import { releaseTitle } from './title-words.js';
import { attributeOnce } from './attribute-once.js';
import { RU_DECREE_IN, RU_DECREE_TEXT, ruDecreeLead, ruDecreePoint } from './ru-decree.js';
import { ruAskQuestions } from './ru-spoken.js';
import {
  askWhatsNext,
  askWhy,
  metToday,
  pairAsThey,
  shortFirstMention,
  spoken as spokenRegister,
  surnameAgain,
  YOUTH_SPOKEN_WORDS,
} from './spoken.js';
import { prefersCurly } from '../proposers/voice.js';
import { candidates, fragment, pick, pointsBack, shortQuote } from './select.js';
import { clean, spellOut, spokenNumbers, unambiguousDates } from './wording.js';

const ADAPTER = { youth: youthAudience, rural: ruralAudience, foreign: foreignAudience };

export interface LinesInput {
  report: Report;
  input: string;
  language: 'en' | 'ru';
  audience: AudienceId;
  channel: Channel;
  /** How the release names itself when it speaks in its own voice (empty otherwise). */
  we: readonly string[];
  verified: (text: string) => VerifyReport;
  /** Notes for the editor, added to. */
  notes: string[];
  /** Language of the notes (default: `language`). */
  locale?: 'en' | 'ru';
}

/** A sentence that gives the reason for what was done (a cause, not a purpose: "why" as "to …" is askWhy's). */
const CAUSE: Record<'en' | 'ru', RegExp> = {
  en: /\b(?:because|due to|in response to|as a result of)\b/iu,
  ru: /(?<!\p{L})(?:в связи с|в ответ на|из-за|поскольку|так как)(?!\p{L})/iu,
};
/** …said of what the release did: its subject is "we", the step or the announcement ("Support the UN
 * … mission … in response to …", an item of a fact sheet's list, is no reason of the news). */
const CAUSE_SUBJECT: Record<'en' | 'ru', RegExp> = {
  en: /^(?:We|This|These|Today[’']s|Our|The|It|They)\s/u,
  ru: /^(?:Мы|Это|Эти|Этот|Эта|Данн\p{L}+|Решение|Меры)(?!\p{L})/u,
};
/** The sentences of the version, in order, each passed by the verifier on its own. */
export function composeLines(args: LinesInput): string[] {
  // the release's acronym definitions, read once for both uses
  const definitions = scanAcronyms(args.input, { language: args.language }).definitions;
  return spellOutFirstUse(composeLinesAsPicked(args, definitions), args, definitions);
}

/**
 * Each acronym `keep` accepts with its long form, the release's first definition of it that names
 * it (`namesIt`: "the urgent need for a ceasefire … UN Special Envoy" had made "urgent need (UN)
 * Special Envoy" of a foreign version).
 */
function longFormsOf(
  definitions: readonly AcronymDefinition[],
  keep: (acronym: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of definitions)
    if (d.long && !out.has(d.acronym) && keep(d.acronym) && namesIt(d)) out.set(d.acronym, d.long);
  return out;
}

/**
 * For foreign readers every acronym: the release's own definitions first, then the official long
 * forms of the international organisations and states a release names by their letters alone
 * ("the May 24 joint statement of ECOWAS"; data/en/long-forms.json, which the verifier checks
 * against its own list of the same names).
 */
function foreignLongForms(
  definitions: readonly AcronymDefinition[],
  language: 'en' | 'ru',
  input: string,
): Map<string, string> {
  const out = longFormsOf(definitions, () => true);
  // the release's own "Name (ACR)" whose initials skip a word ("Economy and Health Dialogue of the
  // Americas (EHA)"): core's scan gives no long form, but the bracket names the words before it
  if (language === 'en')
    for (const d of definitions)
      if (d.long === null && d.shape === 'long (ACR)' && !out.has(d.acronym)) {
        const long = nameBeforeBracket(input, d.span.start, d.acronym);
        if (long) out.set(d.acronym, long);
      }
  if (language === 'en') for (const e of EN.longForms) if (!out.has(e.acronym)) out.set(e.acronym, e.long);
  return out;
}

const LITTLE_WORDS = /^(?:of|and|for|the|on|in|to|&)$/;

/**
 * The capitalised name right before an acronym's bracket that the acronym abbreviates with a word
 * skipped: its first word gives the acronym's first letter, its last capitalised word the last,
 * and the acronym's letters are initials of its capitalised words in order ("Economy and Health
 * Dialogue of the Americas (EHA)"); the shortest such name, within the sentence. None when the
 * words before the bracket are no such name.
 */
export function nameBeforeBracket(input: string, open: number, acronym: string): string | undefined {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  if (letters.length < 2 || input[open] !== '(') return undefined;
  const words = input
    .slice(Math.max(0, open - 300), open)
    .trimEnd()
    .split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/[.,;:!?)]$/u.test(w) || !(/^\p{Lu}/u.test(w) || LITTLE_WORDS.test(w))) break;
    run.unshift(w);
  }
  const caps = (ws: string[]): string =>
    ws
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0]!.toLowerCase())
      .join('');
  const last = run.at(-1);
  if (!last || last[0]!.toLowerCase() !== letters.at(-1)) return undefined;
  for (let k = run.length - 1; k >= 0; k--) {
    const w = run[k]!;
    if (!/^\p{Lu}/u.test(w) || w[0]!.toLowerCase() !== letters[0]) continue;
    const initials = caps(run.slice(k));
    if (initials.length > letters.length + 2) return undefined;
    let at = 0;
    for (const c of initials) if (c === letters[at]) at++;
    if (at === letters.length) return run.slice(k).join(' ');
  }
  return undefined;
}

/**
 * A definition that names what the acronym stands for: core's scan also reads words whose initials
 * happen to match as one ("industry, and encouraged Argentina to adopt the IAEA" read as IAEA's long
 * form: pool item 184's youth version said "… to adopt the industry, and encouraged Argentina (IAEA)
 * Additional Protocol"). A long form read from initials has no comma and no lower-case word but
 * "of", "and", "for", "the", "on", "in", "to" (English; Russian long forms are lower case); one in
 * brackets beside its acronym is the release's own ("Population, Refugees, and Migration (PRM)").
 */
function namesIt(d: AcronymDefinition): boolean {
  if (d.shape !== 'initials' || /\p{Script=Cyrillic}/u.test(d.long!)) return true;
  // nor a well-known acronym read off other words ("UN Secretary-General’s" as U.S.: pool item
  // 1421's foreign version said "the continued UN Secretary-General’s (U.S.) commitment"), nor
  // words that hold an acronym or a possessive of their own
  if (WELL_KNOWN.test(d.acronym.replace(/\./g, ''))) return false;
  if (/\b\p{Lu}{2,}\b|['’]s\b/u.test(d.long!)) return false;
  return (
    !/[,;:]/.test(d.long!) &&
    d.long!.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|for|the|on|in|to|a|an|de|del|la|y)$/u.test(w))
  );
}

/**
 * The version's lines with each acronym the release defines spelled out at its first use, as the
 * release spells it ("CEDI will stimulate …" → "Clean Energy Demand Initiative (CEDI) will
 * stimulate …"), when the verifier passes the line; well-known ones ("US", "UN") aside except for
 * foreign readers. Done on the final lines: the sentence that defined it in the version may have
 * been left out by fitting (pool item 1300: youth and rural versions said "CEDI" bare; issue 12).
 */
function spellOutFirstUse(
  lines: string[],
  { language, audience, verified, input }: LinesInput,
  definitions: readonly AcronymDefinition[],
): string[] {
  const longForms =
    audience === 'foreign'
      ? foreignLongForms(definitions, language, input)
      : longFormsOf(definitions, (acronym) => !WELL_KNOWN.test(acronym.replace(/\./g, '')));
  if (longForms.size === 0) return lines;
  return lines.map((line) => {
    const before = new Map(longForms);
    const spelled = spellOut(line, longForms, language);
    if (spelled === line || verified(spelled).ok) return spelled;
    // not passed: the line stays as it was, and its acronyms are still to be spelled out
    for (const [k, v] of before) longForms.set(k, v);
    return line;
  });
}

function composeLinesAsPicked(
  { report, input, language, audience, channel, we, verified, notes, locale = language }: LinesInput,
  definitions: readonly AcronymDefinition[],
): string[] {
  const L = LABELS[language];
  const all = candidates(report, input, language, false, leadHasHead);
  if (all.length === 0) notes.push(notesIn(locale).noSentence({}));
  const short = audience !== 'foreign';
  // a post, a caption or an SMS (X, Bluesky, a Telegram caption, Instagram, SMS: 2,200 characters
  // at most): fronted frames and long titles after a name go (restructure.ts)
  // (and every English version for rural readers: a notice or a radio script is read by someone
  // who wants the news, not the frame or the full title)
  const briefChannel =
    (channel.maxChars !== undefined && channel.maxChars <= 2200) || (language === 'en' && audience === 'rural');
  // sentences are weighed by their length once restructured: the longest piece, detail left out
  const estimate = (p: { text: string }): number =>
    Math.max(
      ...splitSentences(oneIdeaEach(omitDetail(clean(p.text), language, short ? 'short' : 'plain'), language)).map(
        (x) => x.split(/\s+/).length,
      ),
    );
  // spare sentences beyond the channel's count, for fit to choose among (Russian: more, ru-split.ts)
  const howMany = HOW_MANY[channel.id];
  // an SMS is one sentence: a courtesy is never it, even when the lead is too long to fit (a
  // ceremony's SMS was "I know some of you are joining us virtually, but I’m happy to …", pool 655)
  // Nor, in any channel, while enough else is there: a short courtesy ("And I’m anxious to hear
  // from all of you today.", "We have colleagues from Illumina here.") outscored the long sentences
  // that carried the news once their length was weighed (a roundtable's youth thread, seed 2718)
  const substantive = all.filter((p) => !p.ceremony || p.role === 'lead');
  const pickable = channel.extends === 'sms' || substantive.length >= howMany ? substantive : all;
  const picked = pick(
    pickable,
    howMany + (language === 'ru' ? RU_SPARE : 2),
    PREFER_WORDS[audience],
    estimate,
    short ? 0.4 : 0.15,
  );
  const first = new Set(pick(pickable, howMany, PREFER_WORDS[audience], estimate, short ? 0.4 : 0.15));

  // restructure: the audience's safe edits, sentence by sentence, each kept only if the verifier passes it
  const sentences: string[] = [];
  // what each sentence is worth: its selection score, a spare candidate's far below
  const worth: number[] = [];
  // a speaker's turn: who, and where in the release (for one quotation per run of a speaker's sentences)
  const turns: Array<{ speaker: string; seq: number } | null> = [];
  const mentions: Mentions = { seen: new Set(), we };
  // acronyms the release spells out, for a version that must spell out each on first use (foreign)
  const longForms = audience === 'foreign' ? foreignLongForms(definitions, language, input) : new Map<string, string>();
  // Russian acronyms glossed from the release's words (ru-acronyms.ts), each once
  let ruSpelled = new Set<string>();
  let acronymDropped: string[] = [];
  let leadOut: { piece: string; worth: number } | undefined;
  const curly = prefersCurly(input);
  const agreed = (report.regions ?? []).filter((r) => r.kind === 'agreed-text');
  // a speaker label as the release spells the name (read once: a transcript has many turns)
  let spellings: Map<string, string> | undefined;
  const speakerAs = (label: string): string => labelCase(label, (spellings ??= mixedCaseSpellings(input)));
  const isTurn = (p: (typeof picked)[number]): boolean => !!p.speaker && !/^(QUESTION|Q)$/i.test(p.speaker);
  // one rewrite over the picked sentences, a paragraph each (one analysis instead of one per sentence)
  const own = picked.filter((p) => !isTurn(p) && !p.quoted).map((p) => clean(p.text));
  const editedOwn = rewriteEach(own, ADAPTER[audience], language);
  let nextOwn = 0;
  // a decree's points are infinitives («Назначить Кикотя …»): quoted as the decree's words, the
  // first introduced by what says them («В указе говорится: «…».»), never reworded
  const decreeOf = language === 'ru' ? RU_DECREE_TEXT.exec(input)?.[1] : undefined;
  let decreeSaid = false;
  for (const p of picked) {
    let s = clean(p.text);
    // (in an SMS a point too long for it stays a sentence, to be shortened)
    const decreePoint =
      !!decreeOf &&
      !isTurn(p) &&
      !/[«»“”"]/u.test(s) &&
      (channel.id !== 'sms' || s.split(/\s+/).length <= RU_LONGEST) &&
      ruDecreePoint(s);
    if (decreePoint) {
      nextOwn++; // its rewrite is not taken
      // (an SMS is one sentence of them: each says whose words it quotes)
      s = `${decreeSaid && channel.id !== 'sms' ? '' : `В ${RU_DECREE_IN[decreeOf]} говорится: `}«${s.replace(/[.;]$/u, '')}».`;
      decreeSaid = true;
    } else if (isTurn(p)) {
      const [open, close] = language === 'ru' ? ['«', '»'] : ['“', '”'];
      const body = s.replace(/^[“"«]|[”"»]$/g, '');
      // Russian puts a quoted sentence's full stop after the closing guillemet («…». Розенталь,
      // «Справочник по правописанию», § 56); its «!», «?» and «…» stay inside
      s =
        language === 'ru' && /[^.]\.$/u.test(body)
          ? `${speakerAs(p.speaker!)}: ${open}${body.slice(0, -1)}${close}.`
          : `${speakerAs(p.speaker!)}: ${open}${body}${close}`;
    } else if (!p.quoted) {
      const edited = editedOwn[nextOwn++]!;
      // an edit (a split) that leaves a piece without a finite verb is not taken
      if (edited !== s && verified(edited).ok && !splitSentences(edited).some((x) => fragment(x, language))) s = edited;
      if (audience === 'foreign' && language === 'en' && hasIdiom('en', s)) {
        // the idioms and phrasal verbs left, alone (a hard rule): when the edits together did not
        // pass, or when the word lists' plain phrase for one is not a safe edit ("a wide range of")
        const plain = rewriteKinds(s, ADAPTER.foreign, ['idiom', 'phrasal-verb'], language);
        if (plain !== s && verified(plain).ok) s = plain;
      }
    }
    // a sentence of a quotation that runs over several sentences («В поздравлении говорится: «S1. S2.
    // S3».», kremlin.ru's Easter message, a blind reading, seed 31337) is quoted whole on its own, its
    // marks closed or opened as the excerpt needs (quote-piece.ts): never shortened, never read as the
    // office's own words
    if (p.quoted && !isTurn(p) && !decreePoint) s = quotePiece(s, language);
    const restructured =
      isTurn(p) || p.quoted || decreePoint
        ? [s]
        : restructure(s, {
            language,
            short,
            mentions,
            ok: (t) => verified(t).ok,
            brief: briefChannel,
            isFragment: (t) => fragment(t, language),
            lead: p.role === 'lead',
          });
    let pieces = restructured.some((x) => fragment(x, language)) && !fragment(s, language) ? [s] : restructured;
    if (language === 'ru' && !isTurn(p) && !p.quoted && !decreePoint)
      pieces = pieces.flatMap((x) => {
        const ok = (t: string): boolean => verified(t).ok;
        const everyday = ruIsDash(ruCharacter(ruGovernedVerbs(ruEverydayWords(plainRussian(x, ok), ok), ok), ok), ok);
        const plain = dropQuestions(dropEvaluative(everyday, ok), ok);
        return splitRussian(plain, RU_SPLIT_OVER[audience], ok);
      });
    if (language === 'en' && !isTurn(p) && !p.quoted)
      pieces = pieces.flatMap((x) => splitEnglish(x, EN_SPLIT_OVER[audience], (t) => verified(t).ok));
    // Russian youth and rural readers: the verb for the readout's passive («Обсудили …», ru-active.ts),
    // «Президент», «лидеры», «Россия» for its officialese (ru-names.ts), never in speech, a quotation
    // or agreed text
    const plainNames =
      language === 'ru' &&
      audience !== 'foreign' &&
      !isTurn(p) &&
      !decreePoint &&
      !(p.quoted && !/[«“"]/u.test(p.text)) &&
      !agreed.some((r) => r.start < p.end && r.end > p.start);
    for (let piece of pieces) {
      if (plainNames)
        for (const plain of [
          ruActive,
          // the active verb's hidden verb of another government: «выразили поддержку диалогу» → «поддержали диалог»
          (x: string): string => ruGovernedVerbs(x, () => true),
          // the object the active verb now takes: «обсудили вопросы развития …» → «обсудили развитие …»
          (x: string): string => dropQuestions(x, () => true),
          (x: string): string => ruPlainNames(x, input),
        ]) {
          const t = plain(piece);
          if (t !== piece && verified(t).ok) piece = t;
        }
      if (audience === 'foreign') {
        if (language === 'en') piece = unambiguousDates(piece);
        const spelled = spellOut(piece, longForms, language);
        if (spelled !== piece && verified(spelled).ok) piece = spelled;
        if (language === 'ru') {
          const done = new Set(ruSpelled);
          const glossed = spellOutRussian(piece, input, done);
          if (glossed !== piece && verified(glossed).ok) [piece, ruSpelled] = [glossed, done];
          // an acronym the release never spells out: the sentence is left out, the lead too while
          // another sentence may lead (spelling out every acronym is a hard rule; ru_kremlin_12's
          // «МГТУ»); a lead that had to go comes back when nothing else stood
          const before = new Set(unexplainedAcronyms(sentences.join(' '), 'ru'));
          const added = unexplainedAcronyms([...sentences, piece].join(' '), 'ru').filter((a) => !before.has(a));
          // (and a piece after it that points back to it: "Они обеспечили …")
          if (
            (sentences.length > 0 || picked.indexOf(p) < picked.length - 1) &&
            (added.length > 0 || (acronymDropped.length > 0 && RU_POINTS_BACK.test(piece)))
          ) {
            if (added.length > 0) acronymDropped = added;
            if (sentences.length === 0) leadOut ??= { piece, worth: p.score };
            notes.push(notesIn(locale).acronymLeftOut({ acronyms: acronymDropped.join(', '), sentence: piece }));
            continue;
          }
          acronymDropped = [];
        }
      }
      // young readers: the words a digital team writes, contractions; rural readers: the plain words
      // alone (English; the verifier judges)
      if (audience !== 'foreign' && language === 'en') {
        const said = spokenRegister(piece, curly, audience === 'youth');
        if (said !== piece && verified(said).ok) piece = said;
      }
      if (channel.extends === 'script' && language === 'en') {
        const spoken = spokenNumbers(piece);
        if (verified(spoken).ok) piece = spoken;
      }
      sentences.push(piece);
      worth.push(first.has(p) ? p.score : p.score - 100);
      turns.push(isTurn(p) ? { speaker: speakerAs(p.speaker!), seq: p.seq ?? -9 } : null);
    }
  }
  if (sentences.length === 0 && leadOut) {
    sentences.push(leadOut.piece);
    worth.push(leadOut.worth);
    turns.push(null);
  }
  // a short exact quote with its speaker (youth), when the release has one and it is not already there
  if (audience === 'youth' && channel.extends !== 'sms') {
    const q = shortQuote(input, language);
    if (q && !sentences.some((s) => s.includes(q.quote.slice(0, 30)))) {
      const line =
        language === 'ru'
          ? `«${q.quote}», — ${ruSaid(q.speaker, input) ?? L.said} ${q.speaker}.`
          : `“${q.quote},” ${L.said} ${q.speaker}.`;
      sentences.splice(Math.min(2, sentences.length), 0, line);
      worth.splice(Math.min(2, worth.length), 0, 0);
      turns.splice(Math.min(2, turns.length), 0, null);
    }
  }

  // keep only sentences the verifier passes on their own
  const kept: string[] = [];
  const keptWorth: number[] = [];
  const keptTurns: typeof turns = [];
  sentences.forEach((s, i) => {
    const v = verified(s);
    if (v.ok) {
      kept.push(s);
      keptWorth.push(worth[i]!);
      keptTurns.push(turns[i]!);
    } else
      notes.push(
        notesIn(locale).leftOut({ found: v.findings.map((f) => `${f.rule}: ${f.text}`).join('; '), sentence: s }),
      );
  });
  // the release's title, read once: Russian events and meetings, decrees, English transcripts' meetings
  const title = releaseTitle(report, input);
  // Russian: a lead that says what was done without who («Обсудили …») is set in the event the
  // title names («На совещании с … обсудили …», ru-active.ts)
  if (language === 'ru' && kept.length > 0 && !keptTurns[0]) {
    const t = ruInEvent(kept[0]!, title);
    if (t && verified(t).ok) kept[0] = t;
  }
  // English: a linking opener ("Further, …", "In addition, …") links to a sentence the version may
  // not have, and "also" in the lead to one it has not said yet (pool: "The Deputy Secretary also
  // reaffirmed …" leading a version): both go when the verifier passes
  if (language === 'en')
    kept.forEach((s, i) => {
      if (keptTurns[i]) return;
      let t = s.replace(LINKING_OPENER, '');
      if (i === 0) t = t.replace(/^([^,;:“”"]{3,80}?)\s+also\s(?=\p{Ll})/u, '$1 ');
      t = t.charAt(0).toUpperCase() + t.slice(1);
      if (t !== s && !fragment(t, language) && verified(t).ok) kept[i] = t;
    });
  // fit: sentences left out, lowest value first, until the audience's targets are met (an SMS is its lead alone)
  // Russian: a transcript's turns never say who met whom; its title does (ru-meeting.ts)
  // (and a readout's, when its first sentence does not say who: «Лидеры продолжили …»)
  // (English: a transcript's title that says who met whom before their meeting, or who spoke to
  // the press together, en-meeting.ts)
  const meeting =
    kept.length === 0
      ? null
      : language === 'ru'
        ? ruMeetingLead(report, input, title, keptTurns[0] ? undefined : kept[0])
        : keptTurns[0]
          ? enMeetingLead(title, input)
          : null;
  const meetingLead = meeting && verified(meeting).ok ? meeting : null;
  // Russian: a decree's release, the title's plain sentence on what it does first (ru-decree.ts)
  const decree = language === 'ru' ? ruDecreeLead(input, title) : null;
  const decreeLead = decree && verified(decree).ok ? decree : null;
  if (channel.extends === 'sms') {
    // (an English transcript's SMS is who met whom when its title says so; its turns never do)
    if (language !== 'ru') return meetingLead ? [meetingLead] : kept;
    if (decreeLead) return [decreeLead];
    const sms = ruSmsLines(
      // (an SMS is one sentence: a speaker it quotes never "добавил", there is nothing before)
      ruReportSpeech(kept, input, (t) => verified(t).ok).map((l) => {
        const t = l.replace(/(?<=[—\s])добавил(а?)(?=\s|,)/u, 'сказал$1');
        return t !== l && verified(t).ok ? t : l;
      }),
    );
    // (an SMS of a transcript or a readout is who met whom, one sentence, unless the sentence it
    // would open on holds a figure, «Путин сказал, что … войска получили свыше 4000 единиц …», or
    // says what is taken up or done that day, «Рассмотрим сегодня вопросы противодействия …»,
    // «Герасимов сказал, что сегодня освобождён … последний населённый пункт»: those say more than
    // that the meeting was held. Only its first line: a figure further down is not what the SMS
    // gives, «Уверен, что это будет и полезная, и интересная поездка» was, kremlin.ru item 144)
    const opening = sms[0] ?? '';
    const says =
      RU_FIGURE.test(opening) ||
      (/(?<!\p{L})сегодня(?!\p{L})/iu.test(opening) &&
        /(?<!\p{L})(?:обсуд|рассмотр|повестк|вопрос|освобо|подпис|решени|внимани)\p{L}*/iu.test(opening));
    return meetingLead && !says ? [meetingLead] : sms;
  }
  // young readers: the lead's purpose as "Why? To …", its own sentence, worth what the lead is
  // (before the lead is shortened, which would leave the purpose out)
  if (audience === 'youth' && language === 'en' && kept.length > 0 && !keptTurns[0]) {
    const asked = askWhy(
      kept.slice(0, 1),
      (h) => endsWhole(h) && !fragment(h, language),
      (t) => verified(t).ok,
      shortestFor(audience, language),
    );
    if (asked.length === 2) {
      kept.splice(0, 1, ...asked);
      keptWorth.splice(1, 0, keptWorth[0]!);
      keptTurns.splice(1, 0, null);
    }
  }
  // a sentence over the audience's length (the lead included) loses its tail of detail when the verifier passes the head
  if (audience !== 'foreign' || language === 'ru')
    kept.forEach((s, i) => {
      if (keptTurns[i]) return;
      // the audience's length, else the longest any plain-language source allows (GOV.UK, ASD-STE100: 25);
      // Russian words run longer, so a Russian head may run to the longest sentence the targets allow
      const ok = (t: string): boolean => verified(t).ok;
      let max = shortestFor(audience, language);
      // (the lead keeps its counts: "The American people join … in mourning and honoring the victims
      // – more than 8,000 men and boys who were murdered in July 1995." lost who the victims were,
      // the Srebrenica message's news, pool item 162)
      let head = shortenLong(s, max, language, ok, i === 0);
      // (a lead over 50 words once its asides are out, which select lets in only when such a head
      // stands, may run longer before it is left whole: a Rewards for Justice offer of 69 words is
      // its 32-word head, "… is offering a reward of up to $10 million each for information leading
      // to the identification or location of ISIS-K leader Sanaullah Ghafari.")
      const longest = language === 'ru' ? RU_LONGEST : 25;
      for (const longer of [
        ADAPTER[audience].maxSentenceWords,
        longest,
        ...(i === 0 && s.split(/\s+/).length > LEAD_LONG ? [LEAD_LONGEST] : []),
      ])
        if (!head && longer > max) head = shortenLong(s, (max = longer), language, ok, i === 0);
      if (!head) return;
      notes.push(notesIn(locale).shortened({ max, sentence: s }));
      kept[i] = head;
    });
  // a thread: a sentence longer than a post loses its tail of detail, the longest head that fits a
  // post, before the packer has to cut inside it (English; never speech, never an amount)
  const threaded = channel.extends === 'thread' && !!channel.maxChars && language === 'en';
  /** `s`, or its longest head that fits a post when `s` does not (a note says so). */
  const fitPost = (s: string): string => {
    if (postLength(s, channel) <= channel.maxChars!) return s;
    const head = smsHeads(s, language).find(
      (h) =>
        h !== s &&
        postLength(h, channel) <= channel.maxChars! &&
        keepsAmounts(h, s) &&
        !fragment(h, language) &&
        verified(h).ok,
    );
    if (!head) return s;
    notes.push(notesIn(locale).shortenedToPost({ max: channel.maxChars!, sentence: s }));
    return head;
  };
  if (threaded)
    kept.forEach((s, i) => {
      if (!keptTurns[i]) kept[i] = fitPost(s);
    });
  const maxKeep = keptWorth.filter((w) => w > -50).length;
  // Fitting leaves sentences out only down to three fifths of what the channel plans (two at the
  // least): below that a version meets its figures by saying almost nothing (a two-sentence,
  // 25-word thread on a sanctions statement), which an editor would not publish.
  const minKeep = Math.min(Math.max(2, Math.ceil(howMany * 0.6)), maxKeep);
  // (English: a line that points back needs the line before it, as withAntecedents below)
  const needsPrevious = kept.map((s, i) => language === 'en' && i > 0 && !keptTurns[i] && pointsBack(s));
  // the first line that says why it was done ("We took these steps due to … the attack …") is the
  // news's reason: it goes only when the channel has room for fewer lines, not for the figures (the
  // youth version of the Minsk embassy suspension kept "continually adjusts its posture" and lost
  // why, a blind reading, pool item 1228)
  const because = kept.findIndex(
    (s, i) =>
      i > 0 &&
      !keptTurns[i] &&
      !/[“”"«»]/u.test(s) &&
      CAUSE_SUBJECT[language].test(s) &&
      CAUSE[language].test(s) &&
      // (not one that points back: "These include Euro-Atlantic security in light of …", pool item 570)
      !(language === 'en' ? pointsBack(s) : ruPointsBack(s)),
  );
  const keepForFigures = kept.map((_, i) => i === because);
  const fit = fitTargets(
    kept,
    keptWorth,
    audience,
    language,
    { minKeep, maxKeep, needsPrevious, keepForFigures },
    locale,
  );
  notes.push(...fit.notes);
  // (in speech, only a pronoun that opens the sentence: «Его можно было бы подписать в ходе Вашего
  // визита …» quoted without the sentence on the treaty it stands for, kremlin.ru talks with
  // Maduro, a blind reading; "этот год", "такие проекты" in speech point nowhere)
  // Russian: a sentence that points back ("Они обеспечили …", "на эту инициативу") goes with the
  // line before it, where what it points to is; without that line it would take another noun.
  // English: a sentence opening with a pronoun ("He has helped steer …") goes when fitting left
  // out the sentence before it (what the pronoun stands for).
  const on = new Set(fit.kept);
  for (const i of fit.kept) {
    if (language !== 'ru' || i === 0) continue;
    const turn = keptTurns[i];
    if (turn) {
      // (a turn's sentence: the one right before it in the release, by its place, must be kept)
      if (RU_TURN_POINTS_BACK.test(kept[i]!) && ![...on].some((j) => keptTurns[j]?.seq === turn.seq - 1)) on.delete(i);
    } else if (ruPointsBack(kept[i]!) && !on.has(i - 1)) on.delete(i);
  }
  const ruChosen = fit.kept.filter((i) => on.has(i));
  // (the line before as it stands once this filter has run: "They’re squarely focused on …" goes
  // when "They’ll help bring …", the piece before it, went for want of the sentence before that;
  // en_whitehouse_02)
  const withAntecedents = (ids: readonly number[]): number[] => {
    const out: number[] = [];
    for (const i of ids)
      if (language !== 'en' || i === 0 || !pointsBack(kept[i]!) || out.at(-1) === i - 1 || keptTurns[i] !== null)
        out.push(i);
    return out;
  };
  const enOn = withAntecedents(ruChosen);
  const chosen = enOn.length >= Math.min(2, ruChosen.length) ? enOn : ruChosen;
  // a sentence that says again what the lines before it said goes (repeats.ts), and an English
  // sentence opening with a pronoun goes with the sentence before it, as above
  const unique = dropRepeats(
    chosen.map((i) => kept[i]!),
    (k) => keptTurns[chosen[k]!] !== null,
  ).map((k) => chosen[k]!);
  const stays = withAntecedents(unique);
  for (const i of chosen) if (!unique.includes(i)) notes.push(notesIn(locale).repeats({ sentence: kept[i]! }));
  const joined = joinTurns(
    stays.map((i) => kept[i]!),
    stays.map((i) => keptTurns[i]!),
    (t) => verified(t).ok,
  );
  // Russian: a turn reported («Владимир Путин сказал, что …») or quoted short (ru-reported.ts)
  const said = language === 'ru' ? ruReportSpeech(joined, input, (t) => verified(t).ok) : joined;
  // a speaker's lines in a row: the speaker named once, in the first (attribute-once.ts)
  const lines = attributeOnce(
    said,
    (t) => verified(t).ok,
    (t) => channel.extends !== 'thread' || !channel.maxChars || postLength(t, channel) <= channel.maxChars,
  );
  if (meetingLead && stays.length > 0 && (keptTurns[stays[0]!] || RU_NO_WHO.test(lines[0] ?? '')))
    lines.unshift(meetingLead);
  else if (decreeLead && !lines.some((l) => l.startsWith(decreeLead.slice(0, -1)))) lines.unshift(decreeLead);
  // English: a first sentence that says only "the launches" names them as the release first did
  // (en-antecedent.ts); never inside a quotation
  if (language === 'en' && lines[0]) {
    const named = fullerMention(lines[0], input);
    if (
      named &&
      verified(named).ok &&
      (channel.extends !== 'thread' || !channel.maxChars || postLength(named, channel) <= channel.maxChars)
    )
      lines[0] = named;
  }
  // English youth and rural: the day after whom a readout's subject met, the person's short title
  // at first mention where the release uses it, a pair named again right after as "They" (spoken.ts)
  const plainer =
    language === 'en' && audience !== 'foreign'
      ? surnameAgain(
          pairAsThey(
            shortFirstMention(
              // "met today in Muscat with X." once its tail is cut → "met X in Muscat today."
              lines.map((l) => {
                const t = metToday(l);
                return t !== l && verified(t).ok ? t : l;
              }),
              input,
              (t) => verified(t).ok,
            ),
            (t) => verified(t).ok,
          ),
          input,
          (t) => verified(t).ok,
        )
      : lines;
  // (once more, now that titles are short: a sentence the full title made too long for a post may
  // now have a head that fits, "… and Deputy Minister of Defense Sr. Lt. Gen. Hoang Xuan Chien." before
  // "in separate meetings", where the packer would cut inside it; a blind reading, seed 555)
  const posted = threaded ? plainer.map((l) => (/[“”"]/u.test(l) ? l : fitPost(l))) : plainer;
  if (audience !== 'youth') return posted;
  return language === 'en'
    ? askWhy(
        askWhatsNext(posted, curly),
        (h) => endsWhole(h) && !fragment(h, language),
        (t) => verified(t).ok,
      )
    : ruAskQuestions(lines);
}

/**
 * A Russian count or amount with what it counts («4000 единиц», «1,9 процента», «47 160 ветеранов»,
 * «вдвое»), not a date («9 мая», «2017 года») nor a number in a name.
 */
const RU_FIGURE =
  /(?<![\p{L}\p{N}])\d+(?:[\s ,.]\d+)*\s*(?:%|(?!(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|год\p{L}*|г\.|лет|летия|-летия|-летие)(?!\p{L}))\p{Ll}{3,})|(?<!\p{L})(?:вдвое|втрое|вчетверо)(?!\p{L})/u;

/** A linking opener that carries no fact (restructure.ts's OMISSIBLE, its first row). */
const LINKING_OPENER = OMISSIBLE.en[0]!.re;

/**
 * The length a sentence is shortened to: the audience's longest sentence; for English youth
 * versions the spoken register's length (`YOUTH_SPOKEN_WORDS`, spoken.ts), the lead too (a lead
 * with no head that short is tried at the audience's length, then at 25 words).
 */
function shortestFor(audience: AudienceId, language: 'en' | 'ru'): number {
  return audience === 'youth' && language === 'en' ? YOUTH_SPOKEN_WORDS : ADAPTER[audience].maxSentenceWords;
}

/**
 * A speaker's sentences that follow each other in the release, one quotation: "Secretary
 * Blinken: “A” Secretary Blinken: “B”" → "Secretary Blinken: “A B”", kept only when the verifier
 * passes the joined quotation. Sentences apart in the release stay apart (no quotation is spliced).
 */
export function joinTurns(
  lines: readonly string[],
  turns: ReadonlyArray<{ speaker: string; seq: number } | null>,
  ok: (text: string) => boolean,
): string[] {
  const out: string[] = [];
  let last: { speaker: string; seq: number } | null = null;
  lines.forEach((line, i) => {
    const t = turns[i] ?? null;
    const prefix = t ? `${t.speaker}: ${line.charAt(t.speaker.length + 2)}` : '';
    if (t && last && last.speaker === t.speaker && t.seq === last.seq + 1 && line.startsWith(prefix)) {
      const prev = out.at(-1)!;
      const joined = `${prev.replace(/[»”"]\.?$/u, '')} ${line.slice(prefix.length)}`;
      if (ok(joined)) {
        out[out.length - 1] = joined;
        last = t;
        return;
      }
    }
    out.push(line);
    last = t;
  });
  return out;
}
