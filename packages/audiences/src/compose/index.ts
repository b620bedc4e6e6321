/**
 * compose(input, { audience, channel, brief, language }): a new text for an audience and a
 * channel, made from the release's facts: select → restructure → render → verify. Deterministic
 * and offline. Every version is checked by the independent verifier (verify/); a version that
 * fails is never returned as passing: sentences the verifier rejects are dropped, and whatever
 * still fails is reported in `verification`.
 */
import { analyze, scanAcronyms, type AnalyzeOptions, type Report } from '@attache/core';
import { docFor, issuerOf } from '../adapter.js';
import { foreign as foreignAudience, glossary, idiomsLeft, type GlossaryEntry } from '../foreign.js';
import { rewrite } from '../rewrite.js';
import { rural as ruralAudience } from '../rural.js';
import type { AudienceId } from '../types.js';
import { verify, type TracedFact, type VerifyReport } from '../verify/index.js';
import { youth as youthAudience } from '../youth.js';
import { CHANNELS, DEFAULT_CHANNEL, postLength, type Channel, type ChannelId } from './channels.js';
import { packThread, fitSentence } from './render.js';
import { candidates, pick, shortQuote } from './select.js';
import { oneIdeaEach, omitDetail, restructure, splitSentences, type Mentions } from './restructure.js';
import { VERSION_TARGETS, type VersionTargetId } from './targets.js';

export { CHANNELS, DEFAULT_CHANNEL, postLength } from './channels.js';
export type { Channel, ChannelId, ChannelKind } from './channels.js';
export { VERSION_TARGETS } from './targets.js';
export { oneIdeaEach } from './restructure.js';
export type { VersionTarget, VersionTargetId } from './targets.js';

/** Facts from the press officer that the release may not say. Each is optional; none is invented. */
export interface Brief {
  /** Who is affected ("Farmers in the Tver region"). */
  affected?: string;
  /** What changes for them. */
  change?: string;
  /** What they should do. */
  action?: string;
  /** By when ("31 March 2026"). */
  deadline?: string;
  /** Whom to contact ("Call 0800 123 456"). */
  contact?: string;
  link?: string;
  hashtags?: string[];
}

export interface ComposeOptions {
  audience: AudienceId;
  /** Default: x (youth), notice (rural), plain (foreign). */
  channel?: ChannelId;
  brief?: Brief;
  language?: 'auto' | 'en' | 'ru';
  format?: AnalyzeOptions['format'];
}

export interface TargetFigure {
  id: VersionTargetId;
  value: number;
  max: number;
  met: boolean;
  source: string;
}

export interface Version {
  audience: AudienceId;
  channel: Channel;
  language: 'en' | 'ru';
  /** Posts (thread), sections (notice, plain version) or the one text (SMS, caption, script). */
  parts: string[];
  text: string;
  /** The facts the version states, each with its span in the release (or the brief). */
  facts: TracedFact[];
  targets: TargetFigure[];
  verification: VerifyReport;
  /** What the editor should know: gaps (never filled with a placeholder), dropped sentences, limits. */
  notes: string[];
  /** Foreign-language readers: terms and acronyms with their meaning. */
  glossary?: GlossaryEntry[];
  /** Foreign-language readers: notes for the translator. */
  translatorNotes?: string[];
}

export class ComposeInputError extends TypeError {
  readonly code = 'compose-input';
}

const LABELS = {
  en: {
    more: 'Read more:',
    what: 'What is happening',
    who: 'Who is affected',
    todo: 'What to do',
    when: 'By when',
    call: 'Whom to contact',
    glossary: 'Glossary',
    said: 'said',
    again: 'Again:',
  },
  ru: {
    more: 'Подробнее:',
    what: 'Что происходит',
    who: 'Кого это касается',
    todo: 'Что делать',
    when: 'До какого срока',
    call: 'Куда обращаться',
    glossary: 'Словарь',
    said: 'сказал',
    again: 'Ещё раз:',
  },
} as const;

const HOW_MANY: Record<ChannelId, number> = {
  x: 5,
  bluesky: 5,
  telegram: 6,
  'telegram-caption': 4,
  instagram: 5,
  notice: 4,
  sms: 1,
  radio: 5,
  plain: 8,
};
/** Sentence length each audience reads best (its target average), for choosing among the release's sentences. */
const PREFER_WORDS: Record<AudienceId, number> = { youth: 12, rural: 15, foreign: 20 };
const ADAPTER = { youth: youthAudience, rural: ruralAudience, foreign: foreignAudience };

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s.-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

function briefText(b: Brief | undefined): string {
  if (!b) return '';
  return [b.affected, b.change, b.action, b.deadline, b.contact, b.link, ...(b.hashtags ?? [])]
    .filter(Boolean)
    .join('\n\n');
}

/** Markdown emphasis and heading marks out of a sentence taken from the input. */
const clean = (s: string): string =>
  s
    .replace(/^[#>*\-\s]+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** "February 21, 2022" → "21 February 2022" (GOV.UK; no reader takes it for another day). */
export function unambiguousDates(s: string): string {
  return s.replace(new RegExp(`\\b(${MONTHS}) (\\d{1,2}),? (\\d{4})\\b`, 'g'), '$2 $1 $3');
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Numbers as a newsreader says them: "$5 million" → "five million dollars", "12%" → "12 percent". */
export function spokenNumbers(s: string): string {
  return s
    .replace(
      /\$(\d+(?:\.\d+)?) (million|billion|trillion)\b/g,
      (_, n: string, scale: string) => `${say(n)} ${scale} dollars`,
    )
    .replace(/\$(\d{1,3}(?:,\d{3})*)(?!\.\d)\b/g, (_, n: string) => `${n} dollars`)
    .replace(/(\d+(?:\.\d+)?)\s?%/g, '$1 percent')
    .replace(
      /(?<![\d,.$])\b(\d{1,2})\b(?![\d,.%]| ?(?:January|February|March|April|May|June|July|August|September|October|November|December))/g,
      (m, n: string) => (Number(n) >= 2 && Number(n) <= 20 ? SMALL[Number(n)]! : m),
    );
}
const say = (n: string): string => (/^\d+$/.test(n) && Number(n) >= 2 && Number(n) <= 20 ? SMALL[Number(n)]! : n);

function firstLink(input: string): string | null {
  const m = /\bhttps?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/.exec(input);
  return m ? m[0] : null;
}

function sentenceWords(text: string, report: Report): number[] {
  return report.sentences.map((s) => s.words).filter((w) => w > 0 && text.length > 0);
}

/**
 * Acronyms better known than their long form, which need no spelling out (GOV.UK style guide,
 * “Abbreviations and acronyms”: “like UK, DVLA, US, EU, VAT and MP”), matched on the acronym,
 * so “UK’s” and “U.S” count as UK and US.
 */
const WELL_KNOWN = /^(US|UK|EU|UN|NATO|TV|VAT|MP|BBC|COVID(?:-19)?|США|РФ|ООН|ЕС|НАТО)$/;

function measure(audience: AudienceId, text: string, language: 'en' | 'ru'): TargetFigure[] {
  const r = analyze(text, { language });
  const words = sentenceWords(text, r);
  const avg = words.length ? words.reduce((a, b) => a + b, 0) / words.length : 0;
  const values: Record<VersionTargetId, () => number> = {
    grade: () => r.readability.grade ?? 0,
    formality: () => r.formality.score ?? 0,
    averageSentenceWords: () => Math.round(avg * 10) / 10,
    longestSentenceWords: () => Math.max(0, ...words),
    idioms: () => (language === 'en' ? idiomsLeft(r, text).length : 0),
    acronymsSpelledOut: () => {
      const scan = scanAcronyms(text, { language });
      const defined = new Set(scan.definitions.map((d) => d.acronym));
      return new Set(
        scan.uses
          .filter(
            (u) =>
              !u.inDefinition &&
              !defined.has(u.acronym) &&
              u.acronym.length > 1 &&
              !WELL_KNOWN.test(u.acronym.replace(/\./g, '')),
          )
          .map((u) => u.acronym),
      ).size;
    },
    datesUnambiguous: () => (text.match(/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g) ?? []).length,
  };
  return VERSION_TARGETS[audience].map((t) => {
    const value = Math.round(values[t.id]() * 10) / 10;
    return { id: t.id, value, max: t.max, met: value <= t.max, source: t.source };
  });
}

/**
 * The first use of each acronym in a version, spelled out as the release spells it ("PRM" →
 * "Population, Refugees, and Migration (PRM)"); `longForms` loses each acronym once used.
 */
export function spellOut(s: string, longForms: Map<string, string>, language: 'en' | 'ru'): string {
  if (longForms.size === 0) return s;
  let out = s;
  const uses = scanAcronyms(s, { language }).uses.filter((u) => u.surface === u.acronym);
  for (const u of uses.toReversed()) {
    const long = longForms.get(u.acronym);
    if (!long) continue;
    if (u.inDefinition || s.includes(long)) {
      longForms.delete(u.acronym);
      continue;
    }
    if (uses.some((v) => v.acronym === u.acronym && v.start < u.start)) continue;
    out = `${out.slice(0, u.start)}${long} (${u.acronym})${out.slice(u.end)}`;
    longForms.delete(u.acronym);
  }
  return out;
}

export function compose(input: string, options: ComposeOptions): Version {
  if (typeof input !== 'string') throw new ComposeInputError('compose(input, options): input must be a string');
  if (!options || !(options.audience in ADAPTER))
    throw new ComposeInputError(
      `compose: audience must be youth, rural or foreign, got ${JSON.stringify(options?.audience)}`,
    );
  const channelId = options.channel ?? DEFAULT_CHANNEL[options.audience];
  const channel = CHANNELS[channelId];
  if (!channel)
    throw new ComposeInputError(
      `compose: unknown channel ${JSON.stringify(options.channel)}; one of ${Object.keys(CHANNELS).join(', ')}`,
    );
  if (channel.audience !== options.audience)
    throw new ComposeInputError(
      `compose: channel ${channelId} is for the ${channel.audience} audience, not ${options.audience}`,
    );
  const report = analyze(input, {
    language: options.language ?? 'auto',
    ...(options.format ? { format: options.format } : {}),
  });
  const language: 'en' | 'ru' = report.language.code === 'ru' ? 'ru' : 'en';
  const L = LABELS[language];
  const notes: string[] = [];
  const brief = options.brief;
  const bText = briefText(brief);

  // who "we" is: the institution, only where the release speaks in its own voice
  const ownVoice =
    language === 'en'
      ? /\b(We|we|Our|our)\b/.test(input)
      : /(?<!\p{L})(Мы|мы|Наш\p{L}*|наш\p{L}*)(?!\p{L})/u.test(input);
  const issuer = report.language.supported ? (issuerOf(docFor(report, input))?.names ?? []) : [];
  const we = ownVoice ? issuer : [];
  const protectedSpans = (report.regions ?? [])
    .filter((r) => r.kind === 'agreed-text')
    .map((r) => ({ start: r.start, end: r.end, kind: 'agreed-text' as const }));
  const vopts = { language, we, protected: protectedSpans, ...(bText ? { brief: bText } : {}) };

  // select
  const all = candidates(report, input, language);
  if (all.length === 0)
    notes.push('The release has no sentence a version can draw on (only titles, bylines, contacts or questions).');
  const short = options.audience !== 'foreign';
  // sentences are weighed by their length once restructured: the longest piece, detail left out
  const estimate = (p: { text: string }): number =>
    Math.max(
      ...splitSentences(oneIdeaEach(omitDetail(clean(p.text), language, short ? 'short' : 'plain'), language)).map(
        (x) => x.split(/\s+/).length,
      ),
    );
  const picked = pick(all, HOW_MANY[channelId], PREFER_WORDS[options.audience], estimate, short ? 0.4 : 0.15);

  // restructure: the audience's safe edits, sentence by sentence, each kept only if the verifier passes it
  const sentences: string[] = [];
  const mentions: Mentions = { seen: new Set(), we };
  // acronyms the release spells out, for a version that must spell out each on first use (foreign)
  const longForms = new Map<string, string>();
  if (options.audience === 'foreign')
    for (const d of scanAcronyms(input, { language }).definitions)
      if (d.long && !longForms.has(d.acronym)) longForms.set(d.acronym, d.long);
  for (const p of picked) {
    let s = clean(p.text);
    if (p.speaker && !/^(QUESTION|Q)$/i.test(p.speaker)) {
      s = `${titleCase(p.speaker)}: “${s.replace(/^[“"]|[”"]$/g, '')}”`;
    } else if (language === 'en') {
      try {
        const edited = clean(
          rewrite(s, { audience: ADAPTER[options.audience], accept: 'safe', language, passes: 2 }).text,
        );
        if (edited !== s && verify(input, edited, vopts).ok) s = edited;
      } catch {
        // the plain sentence stands
      }
    }
    const pieces = p.speaker
      ? [s]
      : restructure(s, { language, short, mentions, ok: (t) => verify(input, t, vopts).ok });
    for (let piece of pieces) {
      if (options.audience === 'foreign') {
        if (language === 'en') piece = unambiguousDates(piece);
        const spelled = spellOut(piece, longForms, language);
        if (spelled !== piece && verify(input, spelled, vopts).ok) piece = spelled;
      }
      if (channel.extends === 'script' && language === 'en') {
        const spoken = spokenNumbers(piece);
        if (verify(input, spoken, vopts).ok) piece = spoken;
      }
      sentences.push(piece);
    }
  }
  // a short exact quote with its speaker (youth), when the release has one and it is not already there
  if (options.audience === 'youth' && channel.extends !== 'sms') {
    const q = shortQuote(input, language);
    if (q && !sentences.some((s) => s.includes(q.quote.slice(0, 30)))) {
      const line =
        language === 'ru' ? `«${q.quote}», — ${L.said} ${q.speaker}.` : `“${q.quote},” ${L.said} ${q.speaker}.`;
      sentences.splice(Math.min(2, sentences.length), 0, line);
    }
  }

  // keep only sentences the verifier passes on their own
  const kept: string[] = [];
  for (const s of sentences) {
    const v = verify(input, s, vopts);
    if (v.ok) kept.push(s);
    else notes.push(`Left out (the verifier found ${v.findings.map((f) => `${f.rule}: ${f.text}`).join('; ')}): ${s}`);
  }

  const link = brief?.link ?? firstLink(input);
  if (!link)
    notes.push('No link: neither the release nor the brief gives one. Add the release’s address before publishing.');
  const tags = (brief?.hashtags ?? []).slice(0, channel.maxHashtags ?? 0).map((h) => (h.startsWith('#') ? h : `#${h}`));
  if ((channel.maxHashtags ?? 0) > 0 && tags.length === 0)
    notes.push(`No hashtags: the brief gives none (at most ${channel.maxHashtags}, at the end).`);
  if ((brief?.hashtags?.length ?? 0) > (channel.maxHashtags ?? 0))
    notes.push(`Only ${channel.maxHashtags ?? 0} hashtags kept of ${brief!.hashtags!.length}.`);

  let glossaryOut: GlossaryEntry[] | undefined;
  let translatorNotes: string[] | undefined;
  const render = (lines: string[], said: string[]): string[] => {
    let parts: string[];
    const closing = [link ? `${L.more} ${link}` : '', tags.join(' ')].filter(Boolean).join('\n');
    switch (channel.extends) {
      case 'thread':
        parts = packThread(lines, closing, channel);
        break;
      case 'post':
      case 'caption': {
        let body = lines.join(' ');
        const max = channel.maxChars ?? Infinity;
        const ks = [...lines];
        while (ks.length > 1 && postLength(`${ks.join(' ')}\n\n${closing}`, channel) > max) ks.pop();
        body = ks.join(' ');
        if (ks.length < lines.length)
          said.push(`${lines.length - ks.length} sentence(s) left out to fit ${max} characters.`);
        parts = [[body, closing].filter(Boolean).join('\n\n')];
        if (channel.foldChars && postLength(lines[0] ?? '', channel) > channel.foldChars)
          said.push(`The first sentence runs past the ${channel.foldChars} characters shown before “more”.`);
        break;
      }
      case 'sms': {
        const max = channel.maxChars ?? 160;
        const tail = link ? ` ${link}` : '';
        const lead = lines[0] ?? '';
        let body = lead;
        if (postLength(body + tail, channel) > max) {
          const pieces = fitSentence(lead, max - tail.length, channel);
          body = pieces && pieces[0] ? pieces[0].replace(/[,;:–—]\s*$/, '.') : '';
          if (body && !verify(input, body, vopts).ok) body = '';
          if (!body) said.push('The news does not fit one SMS without cutting a clause: write the SMS by hand.');
        }
        parts = [body + (body && postLength(body + tail, channel) <= max ? tail : '')].filter(Boolean);
        break;
      }
      case 'script': {
        const words: string[] = [];
        const out: string[] = [];
        for (const s of lines) {
          const n = s.split(/\s+/).length;
          if (words.length + n > (channel.maxWords ?? 150) && out.length > 0) break;
          words.push(...s.split(/\s+/));
          out.push(s);
        }
        if (out.length > 1 && words.length + (out[0]!.split(/\s+/).length + 1) <= (channel.maxWords ?? 150))
          out.push(`${L.again} ${out[0]}`);
        parts = [out.join('\n\n')];
        break;
      }
      case 'notice': {
        const sec = (label: string, body: string | undefined): string | null => (body ? `${label}:\n${body}` : null);
        const what = lines.filter((_, i) => i < 3).join(' ');
        const affectedFromRelease = lines.find(
          (s, i) => i >= 3 && /\b(you|residents|citizens|people|families|farmers|applicants|businesses)\b/i.test(s),
        );
        const contactFromRelease = (report.regions ?? []).find((r) => r.kind === 'contact');
        const contact =
          brief?.contact ??
          (contactFromRelease ? clean(input.slice(contactFromRelease.start, contactFromRelease.end)) : undefined);
        parts = [
          sec(L.what, what),
          sec(L.who, brief?.affected ?? affectedFromRelease),
          sec(L.todo, brief?.action ?? brief?.change),
          sec(L.when, brief?.deadline),
          sec(L.call, contact),
        ].filter((x): x is string => x !== null);
        if (!(brief?.affected ?? affectedFromRelease))
          said.push('Who is affected: neither the release nor the brief says; the section is left out.');
        if (!(brief?.action ?? brief?.change))
          said.push('What to do: neither the release nor the brief says; the section is left out.');
        if (!brief?.deadline) said.push('By when: no deadline in the brief; the section is left out.');
        if (!contact) said.push('Whom to contact: no contact in the release or the brief; the section is left out.');
        if (link) parts.push(`${L.more} ${link}`);
        break;
      }
      case 'plain':
      default: {
        parts = [lines.join('\n\n')];
        if (link) parts.push(`${L.more} ${link}`);
        if (language === 'en') {
          glossaryOut = glossary(report, input);
          const idioms = idiomsLeft(report, input);
          translatorNotes = idioms.map(
            (e) => `“${e.text}” is an idiom in the release: translate its meaning, not its words.`,
          );
        } else {
          glossaryOut = [];
          translatorNotes = [];
        }
        const names = [
          ...new Set(
            (
              input.match(
                /\b(?:the )?(?:Kremlin|White House|Foggy Bottom|Downing Street|Capitol Hill|Old Square|Smolensk Square)\b/g,
              ) ?? []
            ).map((s) => s.replace(/^the /, '')),
          ),
        ];
        for (const n of names)
          translatorNotes.push(
            `“${n}” names a place standing for an institution: keep the name and say which institution it means.`,
          );
        break;
      }
    }
    return parts;
  };
  // render, verify the whole; a sentence the whole version fails on is left out, up to three times
  let parts: string[] = [];
  let verification = verify(input, '', vopts);
  let renderNotes: string[] = [];
  for (let round = 0; round < 4; round++) {
    renderNotes = [];
    parts = render(kept, renderNotes);
    const text = parts.join('\n\n');
    verification = verify(input, text, vopts);
    if (verification.ok || round === 3) break;
    const bad = new Set<number>();
    for (const f of verification.findings) {
      const i = kept.findIndex((k) => {
        const at = text.indexOf(k);
        return at >= 0 && f.start >= at && f.start < at + k.length;
      });
      const j = i >= 0 ? i : kept.findIndex((k) => k.includes(f.text.slice(0, 40)) || f.text.includes(k.slice(0, 40)));
      if (j >= 0) bad.add(j);
    }
    if (bad.size === 0) break;
    for (const i of [...bad].sort((x, y) => y - x)) {
      notes.push(
        `Left out (in the whole version the verifier found ${
          verification.findings
            .filter((f) => kept[i]!.includes(f.text))
            .map((f) => `${f.rule}: ${f.text}`)
            .join('; ') || 'a problem'
        }): ${kept[i]}`,
      );
      kept.splice(i, 1);
    }
  }
  notes.push(...renderNotes);
  const text = parts.join('\n\n');
  if (!verification.ok)
    notes.push(
      `The verifier found ${verification.findings.length} problem(s) in the version: do not publish it as it is.`,
    );
  if (channel.maxChars) {
    parts.forEach((p, i) => {
      const n = postLength(p, channel);
      if (n > channel.maxChars!)
        notes.push(`Part ${i + 1} has ${n} characters, over the channel’s ${channel.maxChars}.`);
    });
  }
  const targets = measure(options.audience, text.replace(/\bhttps?:\/\/\S+/g, ''), language);
  const unexplained = targets.find((t) => t.id === 'acronymsSpelledOut' && !t.met);
  if (unexplained) {
    const scan = scanAcronyms(text, { language });
    const defined = new Set(scan.definitions.map((d) => d.acronym));
    const left = [
      ...new Set(
        scan.uses
          .filter((u) => !u.inDefinition && !defined.has(u.acronym) && !WELL_KNOWN.test(u.acronym.replace(/\./g, '')))
          .map((u) => u.acronym),
      ),
    ];
    if (left.length)
      notes.push(
        `Not spelled out (the release does not say what ${left.length === 1 ? 'it stands' : 'they stand'} for): ${left.join(', ')}. Spell ${left.length === 1 ? 'it' : 'them'} out before translation.`,
      );
  }
  const version: Version = {
    audience: options.audience,
    channel,
    language,
    parts,
    text,
    facts: verification.facts,
    targets,
    verification,
    notes,
  };
  if (glossaryOut) version.glossary = glossaryOut;
  if (translatorNotes) version.translatorNotes = translatorNotes;
  return version;
}
