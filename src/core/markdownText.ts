// The user's own text inside Markdown we generate (1:1 notes, the quarter review): it must
// read as written, in the raw file and rendered, and never become live markup. Line breaks
// and control characters go; the characters that start markup, links or HTML are escaped.

/** One line of plain text, safe anywhere inside a Markdown line. */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u0085\u2028\u2029\v\f]+/g, ' ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/\t/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .trim();
}

/**
 * Several lines of the user's text (a review answer) as Markdown paragraphs: each line is
 * escaped like `markdownText`, blank lines stay paragraph breaks, and a line that would
 * start a heading, a quote, a list or a fence is escaped at its start.
 */
export function markdownParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => markdownText(line).replace(/^[#>+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
