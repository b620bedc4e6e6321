/**
 * Jaro–Winkler similarity, from its definition (Jaro 1989; Winkler 1990): characters match when
 * equal and no farther apart than ⌊max(|a|, |b|) / 2⌋ − 1; with m matches and t half the number
 * of matched characters out of order, jaro = (m/|a| + m/|b| + (m − t)/m) / 3; Winkler adds
 * ℓ · 0.1 · (1 − jaro) for a common prefix of ℓ ≤ 4 characters. Compares UTF-16 code units,
 * case-sensitively. Tests compare it with natural's JaroWinklerDistance (a devDependency).
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const usedA = new Array<boolean>(a.length).fill(false);
  const usedB = new Array<boolean>(b.length).fill(false);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++)
      if (!usedB[j] && a[i] === b[j]) {
        usedA[i] = usedB[j] = true;
        m++;
        break;
      }
  }
  if (m === 0) return 0;
  let outOfOrder = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!usedA[i]) continue;
    while (!usedB[j]) j++;
    if (a[i] !== b[j]) outOfOrder++;
    j++;
  }
  const jaro = (m / a.length + m / b.length + (m - outOfOrder / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
