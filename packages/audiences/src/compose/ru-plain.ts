/**
 * Plain Russian words in a version's sentence: the fixes core's lint offers from its Russian
 * plain-word data (lint/data/ru/plain-words.json, sources there: «в ходе» → «во время», «по
 * окончании» → «после», «вышеупомянутых» → «этих»), already put into the form the sentence needs
 * by core (the morphology agrees them), and only those the data marks as a fix, not the
 * suggestions a writer must weigh («проинформировал» → «сообщил» changes the verb's case). Each
 * sentence keeps its edits only when the verifier passes it.
 */
import { analyze, russianMorphology, type RuParse } from '@attache/core';

/**
 * What stands in quotation marks in a Russian sentence: `speech` when a quotation holds four
 * words or more (what someone said, never reworded), else the spans of the names in guillemets
 * («Ледоколов знаний», «ОПЕК плюс», «Российское общество «Знание»»), inside which no word is
 * changed while the sentence around them may be (sms.ts reads speech the same way). A mark left
 * open is speech.
 */
export function ruQuoted(s: string): { speech: boolean; spans: Array<[number, number]> } {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let from = -1;
  let straight = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '«' || c === '“') {
      if (depth++ === 0) from = i;
    } else if ((c === '»' || c === '”') && depth > 0) {
      if (--depth === 0) spans.push([from, i + 1]);
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push([straight, i + 1]);
        straight = -1;
      }
    }
  }
  const words = (a: number, b: number): number => (s.slice(a, b).match(/\p{L}+/gu) ?? []).length;
  return { speech: depth > 0 || straight >= 0 || spans.some(([a, b]) => words(a, b) >= 4), spans };
}

/**
 * What stands in quotation marks in an English sentence, read as `ruQuoted` reads Russian: speech
 * when a quotation holds four words or more and is not a title. A title in quotes is named, not
 * said: every word of four letters or more capitalised (“Blocking Property With Respect to the
 * Situation in Burma”, an executive order; “Women, Peace and Security”, a programme), and the
 * sentence around it may be edited while nothing inside it is. A mark left open is speech.
 */
export function enQuoted(s: string): { speech: boolean; spans: Array<[number, number]> } {
  const q = ruQuoted(s);
  if (!q.speech) return q;
  const open = (s.match(/["“”«»]/gu) ?? []).length !== q.spans.length * 2;
  const title = (a: number, b: number): boolean => {
    const long = s.slice(a + 1, b - 1).match(/\p{L}{4,}/gu) ?? [];
    return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
  };
  const words = (a: number, b: number): number => (s.slice(a, b).match(/\p{L}+/gu) ?? []).length;
  return { speech: open || q.spans.some(([a, b]) => words(a, b) >= 4 && !title(a, b)), spans: q.spans };
}

/** Whether the range [start, end) touches a quotation's span. */
export const inQuoted = (spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean =>
  spans.some(([a, b]) => start < b && end > a);

export function plainRussian(s: string, ok: (text: string) => boolean): string {
  const quoted = ruQuoted(s);
  if (quoted.speech) return s; // speech stays as said
  let fixes: Array<{ start: number; end: number; text: string }>;
  try {
    fixes = analyze(s, { language: 'ru' })
      .findings.filter((f) => f.ruleId === 'plain-words' && f.fix)
      .map((f) => ({ start: f.fix!.range[0], end: f.fix!.range[1], text: f.fix!.text }))
      // a name in guillemets stays as it is named
      .filter((f) => !inQuoted(quoted.spans, f.start, f.end));
  } catch {
    return s;
  }
  if (fixes.length === 0) return s;
  let out = s;
  let last = Infinity;
  for (const f of fixes.toSorted((a, b) => b.start - a.start)) {
    if (f.end > last) continue; // overlapping: the later one stands
    out = out.slice(0, f.start) + f.text + out.slice(f.end);
    last = f.start;
  }
  return out !== s && ok(out) ? out : s;
}

/**
 * Evaluative adjectives of the diplomatic readout that say nothing a reader can check, by lemma
 * (core's diplomatic-boilerplate data: «углублённый обмен мнениями», «актуальные вопросы»,
 * «перспективы дальнейшего развития»; Glavred's «оценка» stop words). Not «конструктивный»,
 * «тёплый», «серьёзный»: those are what the release reports («отмечен конструктивный характер»).
 */
const EVALUATIVE = new Set([
  'продолжительный',
  'углублённый',
  'углубленный',
  'подробный',
  'актуальный',
  'дальнейший',
  'обстоятельный',
  'всесторонний',
  'детальный',
  'содержательный',
  // «взаимовыгодное сотрудничество», «на взаимовыгодной основе»: core's diplomatic-boilerplate data (Glavred)
  'взаимовыгодный',
]);

/** The words of `s` with their offsets. */
const wordsOf = (s: string): Array<{ text: string; start: number; end: number }> =>
  [...s.matchAll(/\p{L}[\p{L}-]*/gu)].map((x) => ({ text: x[0], start: x.index, end: x.index + x[0].length }));

/**
 * `s` without the evaluative adjectives before their noun ("проведён углублённый обмен мнениями
 * по актуальным вопросам дальнейшего развития" → "проведён обмен мнениями по вопросам развития"),
 * a pair joined by "и" together ("подробный и откровенный обмен" keeps "откровенный" alone). Only
 * with the morphology (the lemma and the part of speech decide); kept only when the verifier passes.
 */
export function dropEvaluative(s: string, ok: (text: string) => boolean): string {
  const m = russianMorphology();
  if (!m || /[«“"]/u.test(s)) return s;
  const ws = wordsOf(s);
  const evaluative = (w: string): boolean =>
    /^\p{Ll}/u.test(w) &&
    m
      .parse(w)
      .some(
        (p) =>
          p.pos === 'ADJF' && p.score >= 0.3 && (EVALUATIVE.has(p.lemma) || EVALUATIVE.has(p.lemma.replace(/ё/g, 'е'))),
      );
  const cuts: Array<[number, number]> = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const w = ws[i]!;
    if (!evaluative(w.text)) continue;
    // the second of a pair ("прочного и продолжительного мира"): its first is what the release says, the pair stays
    const prev = ws[i - 1];
    if (prev && (/^(?:и|или|а|но)$/u.test(prev.text) || /,\s*$/u.test(s.slice(prev.end, w.start)))) continue;
    const next = ws[i + 1]!;
    if (s.slice(w.end, next.start) !== ' ') continue;
    // "A и B noun": both evaluative go together, one alone leaves "B noun"
    if (next.text === 'и' && ws[i + 2] && s.slice(next.end, ws[i + 2]!.start) === ' ') {
      const third = ws[i + 2]!;
      if (evaluative(third.text) && ws[i + 3]) cuts.push([w.start, ws[i + 3]!.start]);
      else cuts.push([w.start, third.start]);
      i += 2;
      continue;
    }
    if (/^\p{Ll}/u.test(next.text) && next.text !== 'характер') cuts.push([w.start, next.start]);
  }
  if (cuts.length === 0) return s;
  let out = s;
  for (const [a, b] of cuts.toReversed()) out = out.slice(0, a) + out.slice(b);
  out = out.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return ok(out) ? out : s;
}

/**
 * Words after which «по вопросам …» says what talks were about («обменялись мнениями по вопросам
 * …», «совещание по вопросам …»); after a title or a body it is part of the name («представитель
 * Президента по вопросам …», «Главное управление по вопросам миграции») and stays.
 */
const AFTER_TALKS =
  /^(?:мнениями|мнений|позиции|совещани\p{L}*|консультаци\p{L}*|переговор\p{L}*|бесед\p{L}*|разговор\p{L}*|обсуждени\p{L}*|договорились|условились|говорили|поговорили)$/iu;

/** Verbs of discussing, by lemma: their object «вопросы …» is what was discussed. */
const DISCUSS =
  /^(?:обсудить|обсуждать|рассмотреть|рассматривать|затронуть|затрагивать|обговорить|проговорить|обменяться)$/u;

/**
 * The empty «вопросы» of a readout before what they are about: «рассмотрели вопросы развития
 * сотрудничества» → «рассмотрели развитие сотрудничества», «по вопросам обеспечения безопасности» →
 * «по обеспечению безопасности» (core's diplomatic-boilerplate data: «вопросы двусторонней
 * повестки», «широкий круг вопросов», after Glavred; Ильяхов, «Пиши, сокращай»: «вопрос» as an
 * empty word). The noun phrase after it (adjectives, then a noun, in the genitive, lower case)
 * takes the case of «вопросы» and keeps its own number, with core's morphology. Not when a word
 * agrees with «вопросы» before it («некоторые вопросы», «этим вопросам»), nor when its case is
 * unsure and the forms differ (nominative or accusative: «вопросы торговли» → «торговля» or
 * «торговлю»). Kept only when the verifier passes the sentence.
 */
export function dropQuestions(s: string, ok: (text: string) => boolean): string {
  const m = russianMorphology();
  if (!m || /[«“"]/u.test(s)) return s;
  const ws = wordsOf(s);
  const spaced = (a: { end: number }, b: { start: number }): boolean => s.slice(a.end, b.start) === ' ';
  const reads = (w: string, pos: string[], minScore = 0.2): RuParse[] =>
    m.parse(w.toLowerCase()).filter((p) => p.score >= minScore && pos.includes(p.pos ?? ''));
  const cuts: Array<[number, number, string]> = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const w = ws[i]!;
    if (!/^вопрос(?:ы|ов|ам|ами|ах|а|у|ом|е)?$/iu.test(w.text)) continue;
    const prev = ws[i - 1];
    if (prev && spaced(prev, w) && reads(prev.text, ['ADJF', 'PRTF', 'NUMR', 'NPRO', 'ADJS']).length > 0) continue;
    // only «по вопросам …» and the object of a verb of discussing («обсудили вопросы …»): after
    // «решение», «круг», «ряд», «занимаются» the word means problems, and elsewhere it may be the
    // subject («занимают вопросы безопасности»)
    if (
      !prev ||
      !spaced(prev, w) ||
      !(
        (/^по$/iu.test(prev.text) && AFTER_TALKS.test(ws[i - 2]?.text ?? '')) ||
        DISCUSS.test(m.parse(prev.text.toLowerCase())[0]?.lemma ?? '')
      )
    )
      continue;
    // the phrase after: adjectives in the genitive, then its noun
    let j = i + 1;
    const adjs: typeof ws = [];
    while (j < ws.length && spaced(ws[j - 1]!, ws[j]!) && /^\p{Ll}/u.test(ws[j]!.text)) {
      if (reads(ws[j]!.text, ['ADJF', 'PRTF']).some((p) => p.case === 'gent')) adjs.push(ws[j++]!);
      else break;
    }
    const noun = ws[j];
    if (!noun || !spaced(ws[j - 1]!, noun) || !/^\p{Ll}/u.test(noun.text)) continue;
    const nr = reads(noun.text, ['NOUN'], 0.3).find((p) => p.case === 'gent');
    if (!nr || !nr.number) continue;
    // a second genitive joined to the first depends on «вопросы» too: «вопросы обороны и безопасности»
    if (/^\s*(?:и|или|,)\s/u.test(s.slice(noun.end))) continue;
    // the case «вопросы» stands in
    let cases: RuParse['case'][] = [
      ...new Set(
        m
          .parse(w.text.toLowerCase())
          .filter((p) => p.pos === 'NOUN')
          .map((p) => p.case),
      ),
    ];
    // «вопросы» that may be the subject: only as the object of a transitive verb right before it
    // («рассмотрели вопросы развития» → «рассмотрели развитие»); as the subject the predicate would
    // no longer agree («рассмотрены вопросы развития», «обсуждался вопрос …»)
    if (cases.includes('nomn')) {
      const object =
        prev !== undefined &&
        spaced(prev, w) &&
        !/(?:ся|сь)$/u.test(prev.text) &&
        reads(prev.text, ['VERB']).some((p) => /\btran\b/.test(p.tag));
      if (!object) continue;
      cases = ['accs'];
    }
    const put = (c: RuParse['case']): string | null => {
      if (!c) return null;
      const n = m.inflect(noun.text, { case: c, number: nr.number! });
      if (!n) return null;
      const as = adjs.map((a) =>
        m.inflect(a.text, {
          pos: reads(a.text, ['ADJF', 'PRTF'])[0]!.pos!,
          case: c,
          number: nr.number!,
          ...(nr.number === 'sing' && nr.gender ? { gender: nr.gender } : {}),
          ...(c === 'accs' && nr.animacy ? { animacy: nr.animacy } : {}),
        }),
      );
      return as.some((a) => a === null) ? null : [...as, n].join(' ');
    };
    const forms = [...new Set(cases.map((c) => put(c)))];
    if (forms.length !== 1 || forms[0] === null || forms[0] === undefined) continue;
    let to = forms[0];
    if (/^\p{Lu}/u.test(w.text)) to = to.charAt(0).toUpperCase() + to.slice(1);
    cuts.push([w.start, noun.end, to]);
    i = j;
  }
  if (cuts.length === 0) return s;
  let out = s;
  for (const [a, b, to] of cuts.toReversed()) out = out.slice(0, a) + to + out.slice(b);
  return ok(out) ? out : s;
}
