// "Did you mean …?": the known names closest to a misspelt one, by edit distance. Used for
// career ids and hint codes; small lists only (a framework has tens of competencies).

/** Levenshtein distance, with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidates within a third of the word's length in edits (at least 2), nearest first;
 * ties keep the candidates' order. A candidate that starts with the word or the word with it
 * (`comm` → `communication`) also counts, after the close ones.
 */
export function closestMatches(word: string, candidates: readonly string[], max = 3): string[] {
  const lowered = word.toLowerCase();
  const limit = Math.max(2, Math.floor(lowered.length / 3));
  const scored: { candidate: string; distance: number; index: number }[] = [];
  candidates.forEach((candidate, index) => {
    const distance = editDistance(lowered, candidate.toLowerCase(), limit);
    if (distance <= limit) scored.push({ candidate, distance, index });
    else if (lowered.length >= 3 && (candidate.toLowerCase().startsWith(lowered) || lowered.startsWith(candidate.toLowerCase()))) scored.push({ candidate, distance: limit + 1, index });
  });
  return scored
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, max)
    .map((entry) => entry.candidate);
}
