// Slugs name new goal files and key result ids, so they follow the id rule of the format:
// lowercase ASCII letters, digits and dashes, starting with a letter or digit.

/**
 * `Explain my ideas — clearly!` → `explain-my-ideas-clearly`. Accents are folded to ASCII,
 * and a long text is cut at a word boundary so names stay readable. Empty when nothing is left.
 */
export function slugOf(text: string, maxLength = 40): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) return slug || word.slice(0, maxLength);
    slug = next;
  }
  return slug;
}

/** `base`, or `base-2`, `base-3`… : the first that `taken` does not hold. */
export function uniqueName(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
