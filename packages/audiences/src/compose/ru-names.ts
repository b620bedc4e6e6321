/**
 * The names a young or a rural Russian reader uses for the officialese of a readout (youth and
 * rural versions only; a translation-ready version keeps the release's terms):
 * - «глава государства» → «Президент» (kremlin.ru's own word for him, in the case the phrase
 *   has: «главу государства» → «Президента»), «глава Российского государства» → «Президент
 *   России», when the release names the President;
 * - «главы государств» → «лидеры» («глав государств» → «лидеров»), not «главы государств и
 *   правительств» (the leaders of governments too);
 * - «Российская Федерация» → «Россия» («Российской Федерации» → «России», «в Российскую
 *   Федерацию» → «в Россию»), only after a preposition, at the sentence's start or after
 *   «граждан», «территории»: never in a title («Министр обороны Российской Федерации»), an
 *   official name («Вооружённые Силы Российской Федерации»), an award («Герой Российской
 *   Федерации»), a treaty's or a decree's text («Договор … между Российской Федерацией и …»).
 * Each row is the phrase's forms, case by case, and what each becomes. compose keeps a change
 * only when the verifier passes the sentence (the verifier reads «России» as the release's
 * «Российской Федерации», verify/names.ts).
 */

import { escapeRe } from '../text.js';

/** A phrase's form and what it becomes. */
interface Form {
  from: string;
  to: string;
}

const HEAD_OF_STATE: Form[] = [
  // «Глава Российского государства встретился …» (kremlin.ru pool): the country named, as the phrase names it
  { from: 'глава Российского государства', to: 'Президент России' },
  { from: 'главы Российского государства', to: 'Президента России' },
  { from: 'главу Российского государства', to: 'Президента России' },
  { from: 'главой Российского государства', to: 'Президентом России' },
  { from: 'главе Российского государства', to: 'Президенту России' },
  { from: 'глава государства', to: 'Президент' },
  { from: 'главы государства', to: 'Президента' },
  { from: 'главу государства', to: 'Президента' },
  { from: 'главой государства', to: 'Президентом' },
  // «главе»: dative, or prepositional after «о», «об», «при» (below)
  { from: 'главе государства', to: 'Президенту' },
];

/** Each form's pattern, as written and capitalised, compiled once. */
const HEAD_OF_STATE_RE = HEAD_OF_STATE.map((f) => ({
  ...f,
  re: new RegExp(
    `(?<!\\p{L})(${escapeRe(f.from)}|${escapeRe(f.from.charAt(0).toUpperCase() + f.from.slice(1))})(?!\\p{L})`,
    'gu',
  ),
}));

const HEADS_OF_STATE: Form[] = [
  { from: 'главы государств', to: 'лидеры' },
  { from: 'глав государств', to: 'лидеров' },
  { from: 'главам государств', to: 'лидерам' },
  { from: 'главами государств', to: 'лидерами' },
  { from: 'главах государств', to: 'лидерах' },
];

const RUSSIAN_FEDERATION: Form[] = [
  { from: 'Российская Федерация', to: 'Россия' },
  { from: 'Российской Федерации', to: 'России' },
  { from: 'Российскую Федерацию', to: 'Россию' },
  { from: 'Российской Федерацией', to: 'Россией' },
];

/** The words before «Российской Федерации» after which it names the country, not an office or a document. */
const COUNTRY_AFTER =
  /(?:^|[\s(](?:в|во|на|по|из|для|с|со|о|об|к|ко|у|от|до|между|против|через|без|при|за|над|под|вне|внутри|после|граждан\p{L}*|жител\p{L}*|территори\p{L}*|регион\p{L}*|субъект\p{L}*))\s+$/u;

/** A sentence of a treaty, a decree, an award or a law: its names stay as written. */
const DOCUMENT =
  /(?<!\p{L})(?:Договор\p{L}*|Соглашени\p{L}*|Указ\p{L}*|Закон\p{L}*|Конституци\p{L}*|Устав\p{L}*|Кодекс\p{L}*|постановляю|Герой|Героя|орден\p{L}*|медал\p{L}*|преми\p{L}*)(?!\p{L})/u;

/** `s` with the readout's officialese in the words a young or rural reader uses (`input`: the release). */
export function ruPlainNames(s: string, input: string): string {
  // speech and quotations stay as said
  if (/«(?:[^»\s]+\s+){3,}[^»]*»|[“"]/u.test(s)) return s;
  let t = s;
  if (/(?<!\p{L})Президент\p{L}*/u.test(input))
    for (const f of HEAD_OF_STATE_RE)
      t = t.replace(f.re, (m, _g, at: number) => {
        const before = t.slice(0, at);
        if (f.from.startsWith('главе ') && /(?:^|\s)(?:о|об|при)\s+$/iu.test(before))
          return f.to.replace(/^Президенту/u, 'Президенте');
        return f.to;
      });
  for (const f of HEADS_OF_STATE)
    t = t.replace(
      new RegExp(`(?<!\\p{L})(${escapeRe(f.from)}|${escapeRe(cap(f.from))})(?!\\p{L})(?!\\s+и\\s+правительств)`, 'gu'),
      (m) => (/^\p{Lu}/u.test(m) ? cap(f.to) : f.to),
    );
  if (!DOCUMENT.test(t))
    for (const f of RUSSIAN_FEDERATION)
      t = t.replace(new RegExp(`(?<!\\p{L})${escapeRe(f.from)}(?!\\p{L})`, 'gu'), (m, at: number) => {
        const before = t.slice(0, at);
        return before.trim() === '' || COUNTRY_AFTER.test(before) ? f.to : m;
      });
  return t;
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
