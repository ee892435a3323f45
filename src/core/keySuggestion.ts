// "Did you mean" for misspelt front-matter keys: the parser names the suggestion in its
// unknown-key warning and the quick fix renames the key to it, so both use this one rule.
import damerauLevenshtein from 'damerau-levenshtein';

/** Edits allowed between a typed key and a known one: one for short keys, two from five letters on. */
function allowedEdits(key: string): number {
  return key.length >= 5 ? 2 : 1;
}

/**
 * The known key `key` was most likely meant to be, or undefined when none is close enough.
 * Case, dashes and spaces for underscores count as no edit (`Title`, `key-results`); a swap
 * of two neighbouring letters counts as one (`titel`). Keys already in the mapping are never
 * suggested: renaming to them would write a key twice. Lengths are compared first, so a long
 * key costs nothing whatever is in the file.
 */
export function suggestKey(key: string, known: Iterable<string>, present: ReadonlySet<string> = new Set()): string | undefined {
  const typed = key.trim().toLowerCase().replace(/[-\s]/g, '_');
  const limit = allowedEdits(typed);
  let best: { key: string; edits: number } | undefined;
  for (const candidate of known) {
    if (present.has(candidate) || Math.abs(candidate.length - typed.length) > limit) continue;
    const edits = typed === candidate ? 0 : damerauLevenshtein(typed, candidate).steps;
    if (edits <= limit && (!best || edits < best.edits)) best = { key: candidate, edits };
  }
  return best?.key;
}
