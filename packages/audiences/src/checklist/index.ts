/**
 * Cultural and linguistic checklists. Each item is checked automatically where the text can
 * tell (pass / fail, with evidence spans), and left `manual` — with hints as evidence where the
 * check found something a person must judge — where it cannot.
 */
import { evaluate, LineIndex, type Locale, type Report, type Targets } from '@attache/core';
import { acronymScan } from '../acronyms.js';
import type { Doc, Span } from '../doc.js';
import { compilePhrases, compileVerbs, matchList } from '../proposers/match-list.js';
import { EN, RU } from '../data/index.js';
import { tr } from '../i18n/index.js';
import type { AudienceId, ChecklistItem, ChecklistStatus, Evidence } from '../types.js';
import { words } from '../text.js';

export interface ChecklistContext {
  doc: Doc;
  report: Report;
  audience: AudienceId;
  targets: Targets;
  maxSentenceWords: number;
  locale: Locale;
  /** Post lengths of the social thread (youth). */
  threadPosts?: string[];
}

interface Result {
  status: ChecklistStatus;
  evidence: Span[];
  data?: Record<string, unknown>;
}

type Check = (c: ChecklistContext) => Result;

const S = {
  govuk: 'GOV.UK style guide and “Writing for GOV.UK” (Government Digital Service)',
  ste: 'ASD-STE100 Simplified Technical English',
  global: 'Global English (Kohl, The Global English Style Guide, 2008)',
  mcalpine: 'McAlpine (2006), From Plain English to Global English — EFLAW',
  hemingway: 'Hemingway Editor readability bands',
  plain: 'Federal Plain Language Guidelines (plainlanguage.gov)',
  press: 'Press-office practice',
  wcag: 'WCAG 2.2, success criterion 1.1.1 Non-text Content; GOV.UK accessibility guidance',
  platform: 'Platform norms (X/Twitter 280-character posts) and press-office social-media practice',
  ilyakhov: 'Ильяхов, Сарычева «Пиши, сокращай» (2016)',
};

const re = (doc: Doc, pattern: RegExp): Span[] => {
  const out: Span[] = [];
  const r = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  let m: RegExpExecArray | null;
  while ((m = r.exec(doc.input)) !== null) {
    if (m[0].length === 0) {
      r.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
};

const found = (spans: Span[], ifFound: ChecklistStatus, ifNone: ChecklistStatus = 'pass'): Result => ({
  status: spans.length > 0 ? ifFound : ifNone,
  evidence: spans.slice(0, 20),
});

const addressForm: Check = ({ doc, audience }) => {
  if (doc.language === 'ru') {
    const vy = re(doc, /(?<![\p{L}])([Вв]ы|[Вв]ам|[Вв]ас|[Вв]ами|[Вв]аш\p{L}*)(?![\p{L}])/gu);
    const ty = re(doc, /(?<![\p{L}])([Тт]ы|[Тт]ебе|[Тт]ебя|[Тт]обой|[Тт]во\p{L}*)(?![\p{L}])/gu);
    if (vy.length > 0 && ty.length > 0) return { status: 'fail', evidence: [...vy, ...ty].slice(0, 20) };
    if (vy.length + ty.length > 0) return { status: 'pass', evidence: [...vy, ...ty].slice(0, 20) };
    return { status: audience === 'foreign' ? 'pass' : 'fail', evidence: [] };
  }
  const you = re(doc, /\b([Yy]ou|[Yy]our|[Yy]ours|[Yy]ou’re|[Yy]ou're)\b/g);
  if (you.length > 0) return { status: 'pass', evidence: you.slice(0, 20) };
  return { status: audience === 'foreign' ? 'pass' : 'fail', evidence: [] };
};

const humour: Check = ({ doc }) => ({
  status: 'manual',
  evidence: re(doc, /!|(?<=\s)["“‘'][\p{L}-]+["”’'](?=\s)/gu).slice(0, 10),
});

let idiomLists: { en: ReturnType<typeof compileVerbs>[]; ru: ReturnType<typeof compileVerbs>[] } | undefined;
function idiomSpans(doc: Doc, withPhrasal: boolean): Span[] {
  idiomLists ??= {
    en: [compilePhrases(EN.idioms), compileVerbs(EN.phrasalVerbs)],
    ru: [],
  };
  if (doc.language === 'ru') {
    const out: Span[] = [];
    for (const e of RU.idioms)
      for (const [form] of e.forms) out.push(...re(doc, new RegExp(`(?<![\\p{L}])${form}(?![\\p{L}])`, 'giu')));
    return out;
  }
  const lists = withPhrasal ? idiomLists.en : idiomLists.en.slice(0, 1);
  return lists.flatMap((l) =>
    matchList(doc, l, { kind: 'idiom', rationale: 'idiom', confidence: 1, safe: true, ruleId: 'x' }).map((d) => ({
      start: d.start,
      end: d.end,
    })),
  );
}

/**
 * Idioms and (for foreign readers) phrasal verbs left in a text: the figure the evaluation
 * reports. The same matcher as the proposals, counting also the uses whose verb form it could
 * not tell (which it does not rewrite); uses inside quotes and names are not counted.
 */
export function idiomsLeft(doc: Doc): Span[] {
  if (doc.language === 'ru') return idiomSpans(doc, true);
  const lists = [compilePhrases(EN.idioms), compileVerbs(EN.phrasalVerbs)];
  return lists.flatMap((l) =>
    matchList(doc, l, {
      kind: 'idiom',
      rationale: 'idiom',
      confidence: 1,
      safe: true,
      ruleId: 'x',
      countOnly: true,
    }).map((d) => ({ start: d.start, end: d.end })),
  );
}

const idioms: Check = ({ doc, audience }) => {
  const spans = audience === 'foreign' ? idiomsLeft(doc) : idiomSpans(doc, false);
  return found(spans, audience === 'foreign' ? 'fail' : 'manual');
};

const EN_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const datesUnits: Check = ({ doc, audience }) => {
  const spans: Span[] = [];
  spans.push(...re(doc, /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g));
  if (doc.language === 'ru') {
    spans.push(
      ...re(
        doc,
        /(?<![\p{L}])(вчера|завтра|позавчера|послезавтра|на прошлой неделе|на следующей неделе|в прошлом месяце|в следующем месяце)(?![\p{L}])/giu,
      ),
    );
  } else {
    spans.push(
      ...re(doc, /\b(yesterday|tomorrow|last week|next week|last month|next month|this week|this weekend)\b/gi),
    );
    spans.push(
      ...re(
        doc,
        /\b\d+(?:[.,]\d+)?\s*(miles?|feet|foot|ft|inch(?:es)?|yards?|pounds? of|lbs?|gallons?|acres?|°F|Fahrenheit|ounces?|oz)\b/g,
      ),
    );
    if (audience === 'foreign')
      spans.push(...re(doc, new RegExp(`\\b(${EN_MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?\\b`, 'g')));
  }
  return found(spans, 'fail');
};

const timeZones: Check = ({ doc }) => {
  const times = re(
    doc,
    /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])|(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/giu,
  );
  const zone =
    /^\s*(?:\(?\s*)(GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|IST|JST|мск|МСК|по московскому|по местному|local time|Moscow time|Eastern|Pacific|Central|UK time|London time)/i;
  const missing = times.filter((t) => !zone.test(doc.input.slice(t.end, t.end + 25)));
  if (times.length === 0) return { status: 'pass', evidence: [] };
  return {
    status: missing.length > 0 ? 'fail' : 'pass',
    evidence: (missing.length > 0 ? missing : times).slice(0, 20),
  };
};

/** Capitalised names that look like two spellings of one name (edit distance 1–2, same start). */
function nameVariants(doc: Doc): Span[] {
  const caps = new Map<string, Span[]>();
  const r = /(?<![\p{L}])\p{Lu}[\p{Ll}’'-]{3,}(?![\p{L}])/gu;
  let m: RegExpExecArray | null;
  while ((m = r.exec(doc.input)) !== null) {
    const list = caps.get(m[0]) ?? [];
    list.push({ start: m.index, end: m.index + m[0].length });
    caps.set(m[0], list);
  }
  const names = [...caps.keys()];
  const out: Span[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i]!;
      const b = names[j]!;
      if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2 || a.length < 5) continue;
      // Inflections of one Russian name are not variants ("Москва"/"Москве").
      if (doc.language === 'ru' && commonPrefix(a, b) >= Math.min(a.length, b.length) - 2) continue;
      if (
        doc.language !== 'ru' &&
        (a + 's' === b || b + 's' === a || a + "'s" === b || b + "'s" === a || a + '’s' === b || b + '’s' === a)
      )
        continue;
      const d = distance(a.toLowerCase(), b.toLowerCase());
      if (d >= 1 && d <= (a.length >= 7 ? 2 : 1) && sameSkeleton(a, b)) out.push(caps.get(a)![0]!, caps.get(b)![0]!);
    }
  }
  return out;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function sameSkeleton(a: string, b: string): boolean {
  // Variants of a transliteration keep the consonants: Zelensky / Zelenskyy, Kyiv / Kiev.
  const sk = (s: string): string => s.toLowerCase().replace(/[aeiouyаеёиоуыэюяьъ’'-]/g, '');
  return distance(sk(a), sk(b)) <= 1;
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i]![j] = Math.min(
        dp[i - 1]![j]! + 1,
        dp[i]![j - 1]! + 1,
        dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return dp[a.length]![b.length]!;
}

const KNOWN_PAIRS: [RegExp, RegExp][] = [
  [/\bKyiv\b/, /\bKiev\b/],
  [/\bZelenskyy\b/, /\bZelensky\b/],
  [/\bBelarus\b/, /\bByelorussia\b/],
  [/\bTürkiye\b/, /\bTurkey\b/],
  [/\bCzechia\b/, /\bCzech Republic\b/],
];

const transliteration: Check = ({ doc }) => {
  const spans = nameVariants(doc);
  for (const [a, b] of KNOWN_PAIRS) {
    const x = re(doc, new RegExp(a.source, 'g'));
    const y = re(doc, new RegExp(b.source, 'g'));
    if (x.length > 0 && y.length > 0) spans.push(x[0]!, y[0]!);
  }
  // Latin-script names inside Russian text (or Cyrillic inside English) need one agreed form.
  const mixed =
    doc.language === 'ru'
      ? re(doc, /(?<![\p{L}])[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})*(?![\p{L}])/gu)
      : re(doc, /[А-ЯЁ][а-яё]{2,}/g);
  if (spans.length > 0) return { status: 'fail', evidence: spans.slice(0, 20) };
  if (mixed.length > 0) return { status: 'manual', evidence: mixed.slice(0, 10) };
  return { status: 'pass', evidence: [] };
};

const symbols: Check = ({ doc }) =>
  found(
    re(
      doc,
      doc.language === 'ru'
        ? /(?<![\p{L}])(бог\p{L}*|церк\p{L}*|храм\p{L}*|мечет\p{L}*|синагог\p{L}*|молитв\p{L}*|православ\p{L}*|ислам\p{L}*|мусульман\p{L}*|христиан\p{L}*|иуда\p{L}*|буддий\p{L}*|патриарх\p{L}*|флаг\p{L}*|герб\p{L}*|гимн\p{L}*|свастик\p{L}*|крест\p{L}*|полумесяц\p{L}*|парти\p{L}*|знамен\p{L}*|икон\p{L}*|святы\p{L}*|духовн\p{L}*)(?![\p{L}])/giu
        : /\b(God|church(?:es)?|mosques?|synagogues?|temples?|prayers?|pray|Christian\w*|Muslim\w*|Islam\w*|Jewish|Judaism|Buddhis\w*|Hindu\w*|Orthodox|Catholic\w*|bless(?:ed|ing)?|flags?|anthem|emblem|swastika|crescent|cross(?:es)?|party|parties|Democrat\w*|Republican\w*|Labour|Conservative\w*|faith|religio\w*|holy|sacred)\b/g,
    ),
    'manual',
  );

const colours: Check = ({ doc }) =>
  found(
    [
      ...re(doc, /\p{Extended_Pictographic}/gu),
      ...re(
        doc,
        doc.language === 'ru'
          ? /(?<![\p{L}])(красн\p{L}*|бел(?:ый|ая|ое|ые|ого|ой|ом|ым|ых|ую)|ч[её]рн\p{L}*|зел[её]н\p{L}*|ж[её]лт\p{L}*|оранжев\p{L}*|фиолетов\p{L}*|син(?:ий|яя|ее|ие|его|ей|им|их|юю)|голуб\p{L}*|розов\p{L}*)(?![\p{L}])/giu
          : /\b(red|white|black|green|yellow|orange|purple|blue|pink|gold|golden)\b/g,
      ),
    ],
    'manual',
  );

const holidays: Check = ({ doc, audience }) =>
  found(
    re(
      doc,
      doc.language === 'ru'
        ? /(?<![\p{L}])(Нов(?:ый|ого|ым|ом) год\p{L}*|Рождеств\p{L}*|Пасх\p{L}*|Маслениц\p{L}*|Д(?:ень|ня|нём|не) Побед\p{L}*|Д(?:ень|ня|нём|не) России|Д(?:ень|ня|нём|не) народного единства|Д(?:ень|ня|нём|не) защитника Отечества|Международн\p{L}* женск\p{L}* д\p{L}*|Рамадан\p{L}*|Ураза-байрам\p{L}*|Курбан-байрам\p{L}*|Ханук\p{L}*|Сабантуй\p{L}*|Троиц\p{L}*)/gu
        : /\b(Christmas|Easter|Thanksgiving|New Year(?:'s|’s)?(?: Day| Eve)?|Independence Day|Memorial Day|Veterans Day|Labor Day|Labour Day|Remembrance (?:Day|Sunday)|Ramadan|Eid(?: al-\w+)?|Diwali|Hanukkah|Passover|Yom Kippur|Rosh Hashanah|Lunar New Year|Victory Day|Juneteenth|Halloween|Bank Holiday|Boxing Day|Nowruz|Vesak|Holi)\b/g,
    ),
    audience === 'foreign' ? 'fail' : 'manual',
  );

const platform: Check = ({ doc, threadPosts }) => {
  const hashtags = re(doc, /(?<![\p{L}\p{N}])#[\p{L}\p{N}_]+/gu);
  const long = (threadPosts ?? []).filter((p) => [...p].length > 280);
  const ok = hashtags.length <= 2 && long.length === 0 && (threadPosts?.length ?? 1) > 0;
  return { status: ok ? 'pass' : 'fail', evidence: hashtags.slice(0, 10), data: { posts: threadPosts?.length ?? 0 } };
};

const altText: Check = ({ doc }) => {
  const missing = [...re(doc, /!\[\s*\]\([^)]*\)/g), ...re(doc, /<img\b(?![^>]*\balt\s*=\s*["'][^"']+["'])[^>]*>/gi)];
  const withAlt = [
    ...re(doc, /!\[[^\]\s][^\]]*\]\([^)]*\)/g),
    ...re(doc, /<img\b[^>]*\balt\s*=\s*["'][^"']+["'][^>]*>/gi),
  ];
  if (missing.length > 0) return { status: 'fail', evidence: missing.slice(0, 20) };
  const mentions = re(
    doc,
    doc.language === 'ru'
      ? /(?<![\p{L}])(фото\p{L}*|видео\p{L}*|изображени\p{L}*|инфографик\p{L}*|слайд\p{L}*|презентаци\p{L}*|схем\p{L}*|график\p{L}*|карт[аеуы])(?![\p{L}])/giu
      : /\b(photos?|photographs?|pictures?|images?|videos?|slides?|infographics?|charts?|graphs?|maps?|diagrams?|presentation slides)\b/gi,
  );
  if (mentions.length > 0) return { status: 'manual', evidence: mentions.slice(0, 20) };
  return { status: 'pass', evidence: withAlt.slice(0, 10) };
};

const PHONE =
  /(?:\+\d[\d ()\u00a0-]{7,}\d|\b0\d{2,4}[ \u00a0-]?\d{3,4}[ \u00a0-]?\d{3,4}\b|\b8[ \u00a0-]?\(?\d{3}\)?[ \u00a0-]?\d{3}[ \u00a0-]?\d{2}[ \u00a0-]?\d{2}\b)/g;
const offline: Check = ({ doc }) => {
  const phones = re(doc, PHONE);
  const places = re(
    doc,
    doc.language === 'ru'
      ? /(?<![\p{L}])(телефон\p{L}*|горяч\p{L}* лини\p{L}*|радио|МФЦ|отделени\p{L}*|приёмн\p{L}*|приемн\p{L}*|администраци\p{L}* (?:район|посел|сел)\p{L}*|почт\p{L}*)(?![\p{L}])/giu
      : /\b(telephone|phone|helpline|hotline|radio|local office|post office|town hall|library|by post|freephone|call us|visit us)\b/gi,
  );
  const postcodes = re(
    doc,
    /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|(?<![\d])\d{6}(?![\d])(?=,? *(?:г\.|город|обл|Росси))/g,
  );
  const offlineSpans = [...phones, ...places, ...postcodes];
  if (offlineSpans.length > 0) return { status: 'pass', evidence: offlineSpans.slice(0, 20) };
  const links = [...re(doc, /\b(?:https?:\/\/|www\.)\S+/g), ...re(doc, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)];
  return { status: 'fail', evidence: links.slice(0, 20) };
};

const localRelevance: Check = ({ doc }) => ({
  status: 'manual',
  evidence: re(
    doc,
    doc.language === 'ru'
      ? /(?<=(?:^|\s)(?:в|во|на) )\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?/gu
      : /(?<=\b(?:in|at) )[A-Z][a-z]+(?: [A-Z][a-z]+)?/g,
  ).slice(0, 10),
});

const sentenceLength: Check = ({ doc, maxSentenceWords }) => {
  const long = doc.sentences.filter((s) => !s.quoted && words(doc.input, s.start, s.end).length > maxSentenceWords);
  return {
    status: long.length > 0 ? 'fail' : 'pass',
    evidence: long.slice(0, 20).map((s) => ({ start: s.start, end: s.end })),
    data: { max: maxSentenceWords },
  };
};

function target(id: 'maxGrade' | 'maxFormality' | 'maxEflaw'): Check {
  return ({ report, targets, doc }) => {
    const limit = targets[id];
    if (limit === undefined) return { status: 'manual', evidence: [] };
    const r = evaluate(report, { [id]: limit } as Targets).results[0];
    if (!r || r.actual === null) return { status: 'manual', evidence: [], data: { limit } };
    const hard = doc.sentences.filter((s, i) => report.sentences[i] && report.sentences[i]!.difficulty !== 'ok');
    return {
      status: r.met ? 'pass' : 'fail',
      evidence: r.met ? [] : hard.slice(0, 10).map((s) => ({ start: s.start, end: s.end })),
      data: { limit, actual: r.actual },
    };
  };
}

const acronymsDefined: Check = ({ doc }) => {
  const scan = acronymScan(doc.input, doc.language);
  const known =
    /^(UK|US|USA|U\.S|U\.S\.|EU|UN|NATO|G7|G20|COVID-19|BBC|NHS|GDP|CEO|TV|OK|PM|AM|PDF|URL|ID|РФ|США|ООН|ЕС|МВД|МИД|СНГ|ВВП|ФСБ|ВС|СМИ|НАТО|РЖД|ЖКХ|МЧС|ГИБДД|ДНР|ЛНР|ШОС|БРИКС|ОДКБ|ЕАЭС|АТЭС|ВОЗ|ЮНЕСКО|ОПЕК)$/;
  // Defined as the lint rule reads it: a parenthesis, or the long form's initials earlier on.
  const definedAt = new Map<string, number>();
  for (const d of scan.definitions) {
    const at = d.shape === 'initials' ? d.span.start : d.acronymSpan.start;
    if (!definedAt.has(d.acronym) || at < definedAt.get(d.acronym)!) definedAt.set(d.acronym, at);
  }
  const firstUse = new Map<string, Span>();
  for (const u of scan.uses) if (!firstUse.has(u.acronym)) firstUse.set(u.acronym, u);
  const bad: Span[] = [];
  for (const [acr, use] of firstUse) {
    if (known.test(acr)) continue;
    if (doc.protected.some((p) => p.start <= use.start && use.end <= p.end)) continue;
    const at = definedAt.get(acr);
    if (at === undefined || use.start < at) bad.push({ start: use.start, end: use.end });
  }
  return found(bad, 'fail');
};

const officialese: Check = ({ report }) => {
  const spans = report.findings.map((f) => ({ start: f.start, end: f.end }));
  return found(spans, 'fail');
};

const passive: Check = ({ doc, report }) => {
  const fromLint = report.findings.filter((f) => /passive/.test(f.ruleId)).map((f) => ({ start: f.start, end: f.end }));
  if (fromLint.length > 0) return found(fromLint, 'fail');
  const own =
    doc.language === 'ru'
      ? re(doc, /(?<![\p{L}])(был[аои]?|будут|будет)\s+\p{L}+(?:ан|ен|ян|ят|ит|ут)[аоы]?(?![\p{L}])/gu)
      : re(doc, /\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b(?:\s+by\b)?/g);
  return found(own, 'fail');
};

const whatItMeans: Check = ({ doc }) => {
  const head = doc.input.slice(0, doc.paragraphs[Math.min(1, doc.paragraphs.length - 1)]?.end ?? doc.input.length);
  const hit =
    doc.language === 'ru'
      ? /(?<![\p{L}])(вы|вам|вас|ваш\p{L}*|что это значит)(?![\p{L}])/iu
      : /\b(you|your|what this means)\b/i;
  const m = hit.exec(head);
  return m
    ? { status: 'pass', evidence: [{ start: m.index, end: m.index + m[0].length }] }
    : { status: 'fail', evidence: [] };
};

const hookFirst: Check = ({ doc }) => {
  const first = doc.sentences.find((s) => !s.quoted);
  if (!first) return { status: 'manual', evidence: [] };
  const n = words(doc.input, first.start, first.end).length;
  return { status: n <= 15 ? 'pass' : 'fail', evidence: [{ start: first.start, end: first.end }], data: { words: n } };
};

const contact: Check = ({ doc }) => {
  const spans = [
    ...re(doc, /\b(?:https?:\/\/|www\.)\S+/g),
    ...re(doc, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g),
    ...re(doc, PHONE),
  ];
  return { status: spans.length > 0 ? 'pass' : 'fail', evidence: spans.slice(0, 10) };
};

const explicitSubjects: Check = ({ doc }) => {
  const bad: Span[] = [];
  for (const s of doc.sentences) {
    if (s.quoted) continue;
    const first = words(doc.input, s.start, s.end)[0];
    if (!first) continue;
    const w = first.text;
    const noSubject =
      doc.language === 'ru'
        ? /^(Обсудил[иа]?|Обсуждал\p{L}*|Договорил\p{L}*|Отметил[иа]?|Подчеркнул[иа]?|Рассмотрел[иа]?|Затронул[иа]?|Обменял\p{L}*|Условил\p{L}*|Решили|Приняли|Провели|Состоялся|Состоялась|Состоялось|Состоялись|Планируется|Предполагается|Ожидается|Обсуждались|Обсуждалась|Обсуждался|Затрагивались|Рассматривались)$/u.test(
            w,
          )
        : /^(Discussed|Noted|Added|Agreed|Said|Having|Being|Met|Welcomed|Highlighted|Underscored|Reaffirmed)$/.test(w);
    if (noSubject) bad.push({ start: s.start, end: s.end });
  }
  return found(bad, 'fail');
};

const glossary: Check = ({ doc }) => {
  const acr = acronymScan(doc.input, doc.language).uses;
  return { status: 'manual', evidence: acr.slice(0, 20).map((a) => ({ start: a.start, end: a.end })) };
};

const numbersConcrete: Check = ({ doc }) =>
  found(
    re(
      doc,
      doc.language === 'ru'
        ? /(?<![\d.,])\d{1,3}(?:[  ]\d{3}){2,}(?![\d])|\d+(?:,\d+)?\s?%/g
        : /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d])|\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)/g,
    ),
    'fail',
  );

interface ItemDef {
  id: string;
  check: Check;
  source: string;
}

const ITEMS: Record<string, ItemDef> = {
  'address-form': { id: 'address-form', check: addressForm, source: `${S.govuk}; ${S.ilyakhov}` },
  'humour-irony': { id: 'humour-irony', check: humour, source: `${S.global}; ${S.press}` },
  idioms: { id: 'idioms', check: idioms, source: `${S.global}; ${S.ste}` },
  'dates-numbers-units': {
    id: 'dates-numbers-units',
    check: datesUnits,
    source: `${S.govuk} (dates: “12 March 2026”); ${S.global}`,
  },
  'time-zones': { id: 'time-zones', check: timeZones, source: `${S.govuk} (times); ${S.press}` },
  'name-transliteration': { id: 'name-transliteration', check: transliteration, source: `${S.global}; ${S.press}` },
  'religious-political-symbols': {
    id: 'religious-political-symbols',
    check: symbols,
    source: `${S.global}; ${S.press}`,
  },
  'colours-emoji': { id: 'colours-emoji', check: colours, source: `${S.global}; ${S.press}` },
  holidays: { id: 'holidays', check: holidays, source: `${S.global}; ${S.press}` },
  'platform-norms': { id: 'platform-norms', check: platform, source: S.platform },
  'alt-text': { id: 'alt-text', check: altText, source: S.wcag },
  'offline-channels': {
    id: 'offline-channels',
    check: offline,
    source: `${S.press}; GOV.UK Service Manual, “assisted digital” support`,
  },
  'local-relevance': { id: 'local-relevance', check: localRelevance, source: S.press },
  'sentence-length': { id: 'sentence-length', check: sentenceLength, source: `${S.ste}; ${S.govuk}` },
  'reading-grade': {
    id: 'reading-grade',
    check: target('maxGrade'),
    source: `${S.govuk} (reading age 9); ${S.hemingway}`,
  },
  formality: { id: 'formality', check: target('maxFormality'), source: `${S.plain}; ${S.press}` },
  eflaw: { id: 'eflaw', check: target('maxEflaw'), source: S.mcalpine },
  'acronyms-defined': {
    id: 'acronyms-defined',
    check: acronymsDefined,
    source: `${S.govuk} (abbreviations and acronyms)`,
  },
  officialese: {
    id: 'officialese',
    check: officialese,
    source: `${S.plain}; Чуковский «Живой как жизнь» (канцелярит)`,
  },
  'passive-voice': { id: 'passive-voice', check: passive, source: `${S.plain}; ${S.ste}` },
  'what-it-means': { id: 'what-it-means', check: whatItMeans, source: `${S.govuk}; ${S.press}` },
  'hook-first': { id: 'hook-first', check: hookFirst, source: `${S.press}; ${S.hemingway}` },
  contact: { id: 'contact', check: contact, source: S.press },
  'explicit-subjects': { id: 'explicit-subjects', check: explicitSubjects, source: `${S.global}; ${S.ste}` },
  glossary: { id: 'glossary', check: glossary, source: `${S.global}; ${S.press}` },
  'numbers-concrete': { id: 'numbers-concrete', check: numbersConcrete, source: `${S.govuk} (numbers); ${S.plain}` },
};

export const CHECKLISTS: Record<AudienceId, string[]> = {
  youth: [
    'address-form',
    'humour-irony',
    'idioms',
    'dates-numbers-units',
    'time-zones',
    'name-transliteration',
    'religious-political-symbols',
    'colours-emoji',
    'holidays',
    'platform-norms',
    'alt-text',
    'local-relevance',
    'sentence-length',
    'reading-grade',
    'formality',
    'officialese',
    'passive-voice',
    'what-it-means',
    'hook-first',
    'contact',
  ],
  rural: [
    'address-form',
    'humour-irony',
    'idioms',
    'dates-numbers-units',
    'time-zones',
    'name-transliteration',
    'religious-political-symbols',
    'colours-emoji',
    'holidays',
    'alt-text',
    'offline-channels',
    'local-relevance',
    'sentence-length',
    'reading-grade',
    'officialese',
    'acronyms-defined',
    'what-it-means',
    'numbers-concrete',
    'contact',
  ],
  foreign: [
    'address-form',
    'humour-irony',
    'idioms',
    'dates-numbers-units',
    'time-zones',
    'name-transliteration',
    'religious-political-symbols',
    'colours-emoji',
    'holidays',
    'alt-text',
    'local-relevance',
    'sentence-length',
    'eflaw',
    'reading-grade',
    'acronyms-defined',
    'explicit-subjects',
    'glossary',
    'officialese',
    'passive-voice',
    'contact',
  ],
};

export function runChecklist(c: ChecklistContext): ChecklistItem[] {
  const lines = new LineIndex(c.doc.input);
  return CHECKLISTS[c.audience].map((id) => {
    const def = ITEMS[id]!;
    const r = def.check(c);
    const data = { max: c.maxSentenceWords, ...r.data };
    const evidence: Evidence[] = r.evidence.map((s) => ({
      start: s.start,
      end: s.end,
      loc: lines.location(s.start, s.end),
      text: c.doc.input.slice(s.start, s.end),
    }));
    return {
      id,
      status: r.status,
      label: tr(`checklist.${id}.label`, data, c.locale),
      explanation: tr(`checklist.${id}.explanation`, data, c.locale),
      evidence,
      source: def.source,
      automatic: r.status !== 'manual',
    };
  });
}
