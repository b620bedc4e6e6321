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
      /(?:^|[\s,;])(?:it\s+(?:is|was|will be|would be|remains|remained|has been|had been|becomes|became|seems|seemed|is not|was not|isn[’']t|wasn[’']t)|it[’']s)\s+(?:(?:more|less|much|far|even|so|very|vitally|critically|absolutely|particularly|especially|equally|also|now|still)\s+)?\p{Ll}[\p{L}-]*(?:\s+for\s+(?:\S+\s+){0,5}\S+)?$/iu.test(
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
    // an adjective that asks for what it is said of: "This call will be on background
    // attributable." (before "to senior administration officials"), "Universal connectivity is
    // crucial." (before "to achieving the Sustainable Development Goals"), "I have been fortunate."
    // (before "to work alongside …"); pool reading
    id: 'asks-complement-adjective',
    lacks: (h) =>
      /\b(?:attributable|subject|pursuant|prior|contrary|conducive|contingent|akin|crucial|essential|vital|critical|central|integral|instrumental|indispensable|fortunate|grateful|appreciative|thankful|indebted|synonymous|tantamount|equivalent|comparable|similar|akin|dedicated|devoted|proud|pleased|delighted|honou?red|glad|excited|eager|keen)$/iu.test(
        h,
      ) &&
      /\b(?:is|are|was|were|be|been|being|am|remain|remains|remained|stay|stays|feel|feels|felt|seem|seems|seemed|background|’s|'s)\s+(?:(?:also|not|still|now|so|very|truly|deeply|particularly|especially|equally|absolutely|therefore|thus|all the more|more|most|instead|often|widely|increasingly|largely|already|always|ever|forever)\s+)?\p{L}+$/iu.test(
        h,
      ),
  },
  {
    // "the first X" that promises its "to …": "The Embassy was also the first diplomatic mission in
    // Azerbaijan." (before "to purchase a fully electric vehicle", pool reading)
    id: 'first-to',
    lacks: (h) =>
      /\b(?:is|are|was|were|be|become|became|becomes|remain|remains|remained)\s+(?:also\s+|now\s+)?(?:the|its|their)\s+(?:first|last|only)\s+(?:[\p{L}’'-]+\s+){0,5}[\p{L}’'-]+$/iu.test(
        h,
      ) && !/\b(?:of|to|for|that|who|which|since|ever)\b/iu.test(/\b(?:first|last|only)\b.*$/iu.exec(h)![0]),
  },
  {
    // a fronted phrase whose main clause the cut left out: "Recognizing that science, technology,
    // and innovation have enabled transformative capabilities across multiple sectors." (before ",
    // from energy to health …, we …"); "However, in light of increased levels of Taliban
    // violence." (before ", the U.S. government is working …"); "For delegations that did not
    // submit commitments in writing, their official remarks." (before "during the Summit will
    // serve …"); pool reading
    id: 'opener-without-clause',
    lacks: (h) => {
      const t = h.replace(
        /^(?:However|Moreover|Furthermore|Additionally|Finally|Meanwhile|Still|Yet|Today|Now),\s+/u,
        '',
      );
      if (
        /^(?:Recogni[sz]ing|Noting|Acknowledging|Welcoming|Reaffirming|Recalling|Emphasi[sz]ing|Underscoring|Stressing|Considering|Mindful|Aware|Whereas|Given that)\b/iu.test(
          t,
        )
      )
        return !/,\s+(?:we|they|I|he|she|it|the|this|these|our|its|their|both|all)\s/u.test(t);
      // a subordinate clause with no main clause after it: "Even as this year’s celebrations are
      // impacted by the COVID-19 pandemic." (before ", the people of the United States stand …")
      if (
        /^(?:Even as|Even though|Even if|As|While|Although|Though|Because|Since|If|When|Whereas|Unless|Until|Once)\s[^,]+$/u.test(
          t,
        )
      )
        return true;
      if (
        /^(?:In light of|Due to|Because of|In response to|As part of|In addition to|On behalf of|In view of|In the wake of|Despite|Amid)\b/iu.test(
          t,
        )
      )
        return !t.includes(',');
      // "For delegations that did not submit commitments." (before "in writing, their official
      // remarks …"): a fronted "for/among/despite …" with no comma has no main clause yet
      if (/^(?:For|Among|Despite|Unlike|Like|Beyond|Besides)\s[^,]+$/u.test(t)) return true;
      // a fronted phrase, then after its comma no verb: "For delegations that …, their official remarks."
      // ("Under Secretary …" is a title, not a fronted phrase: "Under Secretary for Political Affairs
      // Victoria Nuland will travel May 10-12 to Marrakech, Morocco." had no head, and the SMS gave a
      // later line, pool item 614, a blind reading, seed 4646)
      const m =
        /^(?:For|In|On|At|During|After|Before|Following|Through|Under(?![\s-]+Secretary\b)|With|Without|Since|Until|Among|Across|Beyond|Like|Unlike|While|Although|When|If|As|Because|Once|Unless|Whether)\s[^,]+,\s+(.+)$/u.exec(
          t,
        );
      if (!m) return false;
      const ws = m[1]!.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
      return ws.length > 0 && !tagWords(ws).some((x) => x.pos === 'verb' || x.pos === 'aux');
    },
  },
  {
    // a subject and its relative clause, and no main verb yet: "The courage of the brave
    // individuals who stood shoulder-to-shoulder." (before "on June 4 reminds us …", pool
    // reading). No verb before "who/that/which", and one verb group after it, is the clause's own.
    id: 'subject-without-verb',
    lacks: (h) => {
      const ws = h.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
      const r = ws.findIndex((w, i) => i > 1 && /^(?:who|which|that|whose|whom)$/iu.test(w));
      if (r < 0) return false;
      const tags = tagWords(ws);
      if (tags.slice(0, r).some((t) => t.pos === 'verb' || t.pos === 'aux')) return false;
      // the verb groups after the relative word: a main verb would make a second one
      let groups = 0;
      let inGroup = false;
      let prev = '';
      for (const t of tags.slice(r + 1)) {
        const v = t.pos === 'verb' || t.pos === 'aux' || /^(?:not|never|also|n’t|n't)$/iu.test(t.text);
        // a group ends at a verb: "who protested | were arrested"; "who has stood" is one
        if (v && (!inGroup || (t.pos === 'aux' && prev === 'verb'))) groups++;
        inGroup = v;
        prev = t.pos;
      }
      return groups <= 1;
    },
  },
  {
    // a meeting without whom: "Deputy Secretary of State Wendy Sherman held a virtual meeting."
    // (before "with Tunisian Prime Minister Hichem Mechichi", pool reading)
    id: 'meeting-without-whom',
    lacks: (h) =>
      /\b(?:held|holds|hold|holding|hosted|hosts|host|had|has|have|convened|convenes|joined|joins)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|call|phone call|conversation|videoconference|video call|discussion|dialogue|bilateral)$/iu.test(
        h,
      ),
  },
  {
    // a meeting without whom, after its verb and a time or manner: "U.S. Deputy Secretary Sherman met
    // yesterday." (before "in Hanoi with Foreign Minister Bui Thanh Son, …"), "Blinken spoke today."
    // (pool: a blind reading, seed 555)
    id: 'met-without-whom',
    // (not when the subject names both sides: "Blinken, Hayashi and Chung met today in Honolulu.",
    // "Delegations from Thailand and the United States met in Bangkok.", "They met today.")
    lacks: (h) =>
      !/(?:\band\b|^(?:They|We|The two|Both|All)\b|\b(?:leaders|delegations|ministers|officials|sides|counterparts|teams|parties)\b)[^.;:]*\b(?:met|meets|meet|spoke|speaks|talked|conferred|confers)\b/iu.test(
        h,
      ) &&
      /\b(?:met|meets|meet|spoke|speaks|talked|conferred|confers)(?:\s+(?:yesterday|today|tonight|earlier|again|also|separately|jointly|virtually|briefly|privately|separately|in person|by phone|on the phone|by videoconference|this week|last week|on \p{Lu}\p{Ll}+(?:\s\d{1,2})?|in [\p{Lu}][\p{L}.-]*(?:,?\s[\p{Lu}][\p{L}.-]*){0,2}))*$/u.test(
        h,
      ),
  },
  {
    // a noun that a clause after it was to say: "… discussed the importance of advancing towards a
    // reality." (before "where Israelis and Palestinians alike can enjoy …", pool: a blind reading,
    // seed 555), "… to build a world." (before "in which …")
    id: 'noun-awaiting-its-clause',
    lacks: (h) =>
      /\b(?:towards?|into|for|build|building|builds|create|creating|creates|achieve|achieving|achieves|shape|shaping)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:reality|world|future|region|place|time|day|society|situation|system|order|environment)$/u.test(
        h,
      ),
  },
  {
    // a meeting cut before who hosted it: "… participated in a trilateral meeting hosted." (before
    // "by Republic of Korea (ROK) Special Representative … Kim Gunn", pool reading): a participle
    // right after the event it describes asks for its "by" or its place
    id: 'event-participle-without-agent',
    lacks: (h) =>
      /\b(?:meeting|meetings|summit|conference|dialogue|event|session|forum|symposium|talks|call|ceremony|reception|roundtable|workshop|visit|exercise|program|programme|initiative|effort|efforts|campaign|project)\s+(?:hosted|co-hosted|organized|organised|led|co-led|chaired|co-chaired|sponsored|convened|held|run|funded|supported|facilitated|attended|brokered|mediated)$/iu.test(
        h,
      ),
  },
  {
    // a pair's first half: "Protected computers include not only U.S. government and financial
    // institution computer systems." (before ", but also those used in …", pool reading); "either"
    // without its "or", "neither" without its "nor"
    id: 'pair-half',
    lacks: (h) =>
      (/\bnot only\b/iu.test(h) && !/\bnot only\b.*\bbut\b/iu.test(h)) ||
      (/\beither\s+(?!of\b|side\b|party\b|country\b)\S/iu.test(h) && !/\beither\b.*\bor\b/iu.test(h)) ||
      (/\bneither\s+(?!of\b)\S/iu.test(h) && !/\bneither\b.*\bnor\b/iu.test(h)),
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
  {
    // a verb of origin without where from: "The close relationship between our two nations stems
    // in part." (before "from waves of Norwegian emigration …", pool: a blind reading, seed 777)
    id: 'origin-without-source',
    lacks: (h) =>
      /\b(?:stem|stems|stemmed|stemming|derive|derives|derived|arise|arises|arose|originate|originates|originated)(?:\s+(?:in part|in large part|largely|mainly|partly|primarily|directly|chiefly|mostly))?$/iu.test(
        h,
      ),
  },
  {
    // a predicate of place without the place: "Businesses should be aware that the risks faced in
    // mainland China are now increasingly present." (before "in Hong Kong", pool: a blind reading,
    // seed 9191, the Hong Kong business advisory); "The office is based." "Troops remain stationed."
    id: 'place-without-where',
    lacks: (h) =>
      /\b(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stays|stayed)\s+(?:(?:also|not|still|now|already|currently|largely|mainly|primarily|permanently|temporarily)\s+){0,2}(?:located|situated|based|headquartered|stationed|deployed|housed|rooted)$/iu.test(
        h,
      ) ||
      // "present" on its own is whole ("All members were present."); after "increasingly" or
      // "now" it says the thing has spread, and where to is the news
      /\b(?:is|are|was|were|be|been|remain|remains|remained)\s+(?:(?:also|still|now|already)\s+)?(?:increasingly|now|more and more|ever more|widely)\s+present$/iu.test(
        h,
      ),
  },
  {
    // a gerund subject whose verb the cut left out: "Maintaining the strength of the U.S.-Japan
    // Alliance and our treasured friendship." (before "with the Japanese people has never been more
    // important", pool: a blind reading): after the opening -ing word, no finite verb (a participle
    // after a determiner or possessive, "our treasured", is an adjective)
    id: 'gerund-subject-without-verb',
    lacks: (h) => {
      if (!/^\p{Lu}\p{Ll}+ing\s/u.test(h)) return false;
      const ws = h.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
      const tags = tagWords(ws);
      return !tags.some(
        (t, i) =>
          i > 0 &&
          (t.pos === 'aux' ||
            (t.pos === 'verb' &&
              !/ing$/iu.test(t.text) &&
              !(/ed$/iu.test(t.text) && /^(?:art|det|pron|adj)$/.test(tags[i - 1]?.pos ?? '')))),
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
