/**
 * A speaker attributed once (issue 12, an editor's reading): lines of a version that follow each
 * other and are the same speaker's say who speaks once, in the first line; the next line's
 * quotation joins the first line without its label or «— сказал …» ("Secretary Blinken: “A”
 * Secretary Blinken: “B”" → "Secretary Blinken: “A” “B”"; «В.Путин: «A» В.Путин: «B»» →
 * «В.Путин: «A» «B».»; «…», — сказал Путин. «…», — добавил Путин. → «…», — сказал Путин. «…».).
 * The quotation stays in the line of its speaker, so in the same post or paragraph as the name;
 * the join is kept only when the verifier passes it (verify/rules/quotes.ts looks for a name in
 * the quotation's own sentence: a quotation with none is not given to anyone else) and, in a
 * thread, when the joined line still fits a post. A reported statement («Путин сказал, что …»)
 * names its speaker and is never stripped; a quotation after it may join it.
 */

/** A transcript's turn as lines.ts writes it: «В.Путин: «…».», "Secretary Blinken: “…”". */
const LABELLED = /^(\p{Lu}[\p{L}.’'\s-]{1,60}?): ([«“"].+[»”"]\.?)$/u;

/** A Russian short exact quote (ru-reported.ts): «…», — сказал Путин. / «…?» — спросил Путин. */
const RU_QUOTED = /^«(.+?)(»,|[!?…]») — (?:сказал|добавил|спросил|отметил|заявил)а? (\p{Lu}[\p{L}.\s-]{1,60})\.$/u;

/** A Russian reported statement (ru-reported.ts): «Путин сказал, что …». */
const RU_REPORTED = /^(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?) (?:сказал|добавил)а?, что /u;

/** The surname a speaker is known by: «В.Путин», «Владимир Путин», "Secretary Blinken" → the last word. */
function surname(name: string): string {
  return (
    name
      .split(/[\s.]+/)
      .filter(Boolean)
      .at(-1) ?? name
  );
}

/** Who a line quotes or reports (the surname), and the line's quotation without its attribution. */
export function attributionOf(line: string): { speaker: string; bare: string | null } | null {
  const labelled = LABELLED.exec(line);
  if (labelled) return { speaker: surname(labelled[1]!), bare: labelled[2]! };
  const quoted = RU_QUOTED.exec(line);
  if (quoted) {
    const end = quoted[2] === '»,' ? '».' : quoted[2]!;
    return { speaker: surname(quoted[3]!), bare: `«${quoted[1]}${end}` };
  }
  const reported = RU_REPORTED.exec(line);
  if (reported) return { speaker: surname(reported[1]!), bare: null };
  return null;
}

/**
 * The lines with a speaker attributed once in a row of their lines: a line that repeats the
 * speaker of the line before joins it as a bare quotation, when `ok` passes the joined line and
 * `fits` it (a post's length).
 */
export function attributeOnce(
  lines: readonly string[],
  ok: (text: string) => boolean,
  fits: (text: string) => boolean = () => true,
): string[] {
  const out: string[] = [];
  let last: string | null = null;
  for (const line of lines) {
    const who = attributionOf(line);
    if (who && who.bare && last === who.speaker && out.length > 0) {
      const joined = `${out.at(-1)!} ${who.bare}`;
      if (fits(joined) && ok(joined)) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(line);
    last = who?.speaker ?? null;
  }
  return out;
}
