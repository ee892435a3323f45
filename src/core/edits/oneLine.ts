/**
 * Collapses every kind of line break to a space. Titles and check-in text are one line in
 * the file: a break in them could start a heading or a new section and rewrite the outline.
 */
export function oneLine(text: string): string {
  return text
    .split(/[\r\n\u0085\u2028\u2029\v\f]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}
