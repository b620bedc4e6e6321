/**
 * Russian split points that are not a connector after a comma: a second past-tense predicate
 * ("провёл … и обсудил …" → "…. Он обсудил …") and a closing perfective gerund phrase.
 */
import type { Doc, DocSentence } from '../../doc.js';
import { words } from '../../text.js';
import { lastSegment, type Point } from './points.js';
import { subjectPronoun } from './ru-clauses.js';
import { pastOf, ruVerbCue, RU_SUBORDINATE, RU_PARTICIPLE, RU_REPORTED, runsToEnd, genderOf } from './ru-words.js';

/**
 * "Путин провёл переговоры с … и обсудил …" → "Путин провёл переговоры с …. Он обсудил …":
 * two past-tense predicates of one subject, the pronoun taken from the verb's gender/number.
 */
export function ruAndVerb(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const ws = words(doc.input, s.start, s.end);
  for (let k = 2; k + 2 < ws.length; k++) {
    if (ws[k]!.text !== 'и') continue;
    if (doc.input.slice(ws[k - 1]!.end, ws[k]!.start) !== ' ') continue; // ", и" is a clause boundary (handled above)
    let j = k + 1;
    while (j < ws.length && /^(также|затем|потом|вместе|далее|ещё|еще)$/.test(ws[j]!.text)) j++;
    const v2 = ws[j];
    const m2 = v2 ? pastOf(v2.text) : null;
    if (!v2 || !m2) continue;
    // The first predicate: the nearest past-tense verb before "и", in the same clause, with its
    // own object or complement ("подготовили и выпустили публикации" share one: leave it).
    let v1: RegExpExecArray | null = null;
    let b1 = -1;
    for (let b = k - 1; b >= 0; b--) {
      const gap = doc.input.slice(ws[b]!.end, ws[b + 1]!.start);
      if (/[,;:()—–]/.test(gap)) break;
      const m = pastOf(ws[b]!.text);
      if (m) {
        v1 = m;
        b1 = b;
        break;
      }
    }
    if (!v1 || b1 === k - 1 || genderOf(v1[2]!) !== genderOf(m2[2]!)) continue;
    // Inside a subordinate clause ("что …", "который …", "о том, как …") the subject may differ: leave it.
    const left = ws.slice(0, k).map((w) => w.text.toLowerCase());
    if (left.some((w) => (RU_SUBORDINATE.test(w) && w !== 'и' && w !== 'или') || RU_REPORTED.test(w))) continue;
    const clauseStart = lastSegment(doc, s, ws[k]!.start);
    const clauseHead = words(doc.input, clauseStart, ws[k]!.start)[0]?.text.toLowerCase() ?? '';
    if (RU_PARTICIPLE.test(clauseHead)) continue;
    // A plural verb needs a subject before it: "Некоторых взяли в плен и направили назад" has none
    // ("Они направили" would name one).
    if (
      genderOf(v1[2]!) === 'ли' &&
      !ws
        .slice(0, b1)
        .some(
          (w, i) =>
            (i > 0 && /^\p{Lu}/u.test(w.text)) ||
            /^(мы|вы|они)$/iu.test(w.text) ||
            /^(лидеры|стороны|президенты|главы|участники|делегации|министры|губернаторы|люди|ребята|специалисты|учёные|врачи|военные|бойцы|жители|дети|родители)$/iu.test(
              w.text,
            ),
        )
    )
      continue;
    out.push({
      start: ws[k - 1]!.end,
      end: ws[k]!.end,
      replacement: '. ' + subjectPronoun(left.slice(0, b1), m2[2]!),
      confidence: 0.65,
      pattern: 'и + глагол',
    });
  }
  return out;
}

/**
 * A perfective gerund phrase closing the sentence becomes its own sentence: "…, удостоившись
 * ордена Мужества." → "…. Он удостоился ордена Мужества." (gender and number from the main verb).
 */
const RU_NOT_GERUND =
  /^(состав|устав|сплав|рукав|архив|актив|мотив|коллектив|массив|норматив|перспектив|инициатив|директив|альтернатив|позитив|негатив|объектив|детектив|локомотив|примитив|отрыв|разрыв|взрыв|призыв|перерыв|порыв|прорыв|срыв|обрыв|залив|пролив|прилив|отлив|разлив|напев|посев|перегрев)$/u;

export function ruGerund(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const re = /, +(\p{L}+?)(вшись|вши|в)(?![\p{L}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    if (!runsToEnd(doc, s, end)) continue; // the phrase must run to the end
    const stem = m[1]!;
    // "-ов" is a genitive plural ("регионов") or "каков", not a gerund; nor are "прав", "состав" …
    // "первопроходцев", "добровольцев": genitive plurals in "-ев" after "ц", "ж", "ш", "ч", "щ", "ь".
    if (stem.length < 4 || !/[аеиуыяэ]$/.test(stem) || /[цжшчщь]е$/u.test(stem) || RU_NOT_GERUND.test(stem + m[2]!))
      continue;
    const rest = words(doc.input, end, s.end);
    // "защиту жизни, прав и свобод": a noun in a list, not a gerund with its object.
    if (/^(и|или|а)$/u.test(rest[0]?.text ?? '')) continue;
    // "получив или подтвердив знак": two gerunds share the object; "каков будет": no gerund.
    if (rest.some((w) => /[аеиуыя](в|вши|вшись)$/u.test(w.text)) || (rest[0] && ruVerbCue(rest[0].text))) continue;
    // The main verb: the last past-tense verb before the comma, outside reported speech.
    const before = words(doc.input, s.start, at).map((w) => w.text.toLowerCase());
    if (before.some((w) => RU_REPORTED.test(w))) continue;
    let ending: string | undefined;
    let vAt = -1;
    for (let b = before.length - 1; b >= 0; b--) {
      const v = pastOf(before[b]!);
      if (v) {
        ending = genderOf(v[2]!);
        vAt = b;
        break;
      }
    }
    if (!ending) continue;
    const reflexive = m[2] === 'вшись';
    const verb = stem + ending + (reflexive ? (ending === 'л' ? 'ся' : 'сь') : '');
    const pronoun = subjectPronoun(before.slice(0, vAt), ending);
    out.push({
      start: at,
      end: at + m[0].length,
      replacement: `. ${pronoun} ${verb}`,
      confidence: 0.6,
      pattern: ', деепричастие',
    });
  }
  return out;
}
