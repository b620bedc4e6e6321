/**
 * Whether an English sentence cut short still says something whole (sms.ts's heads, the pieces of
 * a split): a cut may leave out detail, never the complement a word before the cut asks for.
 * Each row names what the head would be missing, with the real sentence that showed it (versions
 * read as an editor would, issue 12; pool = us_state_department_press_releases_2021_2022.jsonl).
 * A row reads the head's last words only, so it holds for the family, not the one sentence.
 */
import { tagWords } from '@attache/core';

/** A head (its final full stop aside) and what a row checks it for. */
interface Row {
  id: string;
  /** True when the head ends where its last words still ask for more. */
  lacks: (head: string) => boolean;
}

/** A title a name or a country completes ("Foreign Ministers | from Costa Rica …", pool item 1944). */
const TITLE =
  /(?:^|\s)(?:Foreign\s+|Prime\s+|Deputy\s+|Vice\s+|Defense\s+|Defence\s+|Finance\s+|Trade\s+)?(?:Ministers?|Secretar(?:y|ies)|Ambassadors?|Directors?|Envoys?|Representatives?|Coordinators?|Counterparts?|Commissioners?|Chancellors?|Governors?|Advis[eo]rs?|Spokesperson|Chairs?|Chairman|Chairwoman|Chiefs?|Heads?|Leaders?|Officials?|Presidents?)$/u;

const ROWS: Row[] = [
  {
    // "This new offence will make our roads safer for everyone by making it easier." (en_govuk_03,
    // cut before "for the police to tackle …"); "It is important." "… made it possible for them."
    // The "it" stands for the clause the cut left out.
    id: 'it-adjective',
    lacks: (h) =>
      /\b(?:make|makes|made|making|find|finds|found|keep|keeps|kept|consider|considers|considered|deem|deems|deemed|render|renders|rendered)\s+it\s+(?:(?:more|less|much|far|even|so|very|all the)\s+)?\p{Ll}[\p{L}-]*(?:\s+for\s+(?:\S+\s+){0,5}\S+)?$/iu.test(
        h,
      ) ||
      /(?:^|[\s,;])it\s+(?:is|was|will be|would be|remains|remained|has been|had been|becomes|became|seems|seemed|is not|was not|isn[’']t|wasn[’']t)\s+(?:(?:more|less|much|far|even|so|very|vitally|critically|absolutely|particularly|especially|equally|also|now|still)\s+)?\p{Ll}[\p{L}-]*(?:\s+for\s+(?:\S+\s+){0,5}\S+)?$/iu.test(
        h,
      ),
  },
  {
    // "… represent the sort of transformational investments." (en_whitehouse_02, cut before "in our
    // industrial base … that helped power …"): "the sort of X" promises the "that …" that says which
    id: 'sort-of',
    lacks: (h) => {
      const m =
        /\b(?:the|this|that|these|those|what|exactly the|precisely the)\s+(?:sort|sorts|kind|kinds|type|types)\s+of\s/iu.exec(
          h,
        );
      return !!m && !/\b(?:that|which|who|whom|where|as|than|like)\b/iu.test(h.slice(m.index + m[0].length));
    },
  },
  {
    // "Sanctions are intended, among other things." (pool item 1532, cut before ", to compel …"):
    // a parenthetical closing a head stood before what the sentence goes on to say
    id: 'parenthetical',
    lacks: (h) =>
      /,\s*(?:among other things|inter alia|in particular|for example|for instance|above all|first and foremost|not least|in part|in turn|in effect|however|therefore|moreover|furthermore|also|notably|especially|primarily|mainly|chiefly|ultimately|in addition|at the same time|once again|again|together|jointly|in the meantime|as such|of course)$/iu.test(
        h,
      ),
  },
  {
    // a word that asks for "to …": "Sanctions are intended." "The programme is designed." "We are able."
    id: 'asks-infinitive',
    lacks: (h) =>
      /\b(?:is|are|was|were|be|been|being|remain|remains|remained|stand|stands|stood|seem|seems|seemed|appear|appears)\s+(?:(?:also|not|still|now|fully|well|only|therefore|thus|primarily|specifically|further)\s+)?(?:intended|designed|meant|aimed|poised|due|set|going|about|able|unable|likely|unlikely|eager|willing|unwilling|keen|supposed|bound|slated|scheduled|expected|used|prepared|ready|determined|committed|dedicated|devoted|obliged|obligated|required|entitled|eligible|authori[sz]ed|empowered|invited|encouraged|urged|asked|allowed|permitted)$/iu.test(
        h,
      ),
  },
  {
    // an adjective before its noun: "… U.S. support for Cypriot-led." (pool item 1949, cut at the
    // comma before "UN-facilitated efforts"); "… as a bizonal." (before ", bicommunal federation")
    id: 'modifier-without-noun',
    lacks: (h) => {
      const ws = h.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? [];
      const last = ws.at(-1) ?? '';
      // a hyphenated modifier: "Cypriot-led", "UN-facilitated", "community-based", "long-term"
      if (
        /-(?:led|based|backed|facilitated|owned|driven|funded|sponsored|related|focused|centered|centred|oriented|wide|term|level|scale|run|made|born|speaking|friendly|free)$/iu.test(
          last,
        )
      )
        return true;
      if (ws.length < 2) return false;
      const tags = tagWords(ws.slice(-3));
      const t = tags.at(-1)!;
      const before = tags.at(-2)!;
      // "for the new." "of a free." "a bizonal." : an article, a determiner or a preposition right before
      return (
        t.pos === 'adj' &&
        /^(?:art|det|prep)$/.test(before.pos) &&
        !/^(?:own|best|most|latest|first|last|same|other|others|many|much|more|few|fewer|several|all|both|each|least|less|alike|together|abroad|overseas)$/iu.test(
          t.text,
        )
      );
    },
  },
  {
    // a title without whom it names: "Blinken met yesterday with Foreign Ministers." (pool item
    // 1944, cut before "from Costa Rica, Guatemala, …"); "… co-hosted Japan’s Minister."
    id: 'title-without-name',
    lacks: (h) => {
      if (!TITLE.test(h)) return false;
      // a title with its article is a person the release has named ("… met the President."); not
      // a plural ("… with the Foreign Ministers." of whom?)
      return (
        /s$/u.test(h) || !/\b(?:the|his|her|their|our|its|your)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*$/u.test(h)
      );
    },
  },
];

/**
 * The row a head breaks (its id), or null when it ends on something whole. `head` is a sentence
 * the cut left (its final stop is ignored).
 */
export function lacksComplement(head: string): string | null {
  const h = head
    .trim()
    .replace(/[.!?…]+$/u, '')
    .replace(/[\s,;:–—-]+$/u, '');
  return ROWS.find((r) => r.lacks(h))?.id ?? null;
}

/** The rows, for the docs and the tests. */
export const COMPLETE_ROWS: readonly string[] = ROWS.map((r) => r.id);
