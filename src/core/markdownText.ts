// The user's own text (titles, check-ins, answers, file names) inside Markdown we generate or
// show: it must read as written, in a raw file and rendered, and never become live markup,
// a link, HTML or a `$(icon)`. One module holds every rule so the tree, the status bar, the
// generated notes and the CLI's reports cannot drift apart.

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const controlCharacters = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** One line: line breaks become spaces (a stray newline could start a heading or a list). */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u0085\u2028\u2029\v\f]+/g, ' ').replace(controlCharacters, '').replace(/\t/g, ' ');
}

/**
 * One line of plain text, safe anywhere inside a Markdown line of a file we write. Only the
 * characters that start emphasis, code, links, HTML, tables or entities are escaped, so the
 * raw file stays readable.
 */
export function markdownText(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|~&]/g, '\\$&').trim();
}

/**
 * One line for a tooltip or hover (a `MarkdownString` that may render theme icons) or a table
 * cell: every punctuation mark that could start markup is escaped, including `$(`, `:`
 * (autolinks) and `#`, since nobody reads this raw.
 */
export function markdownInlineText(text: string): string {
  return oneLine(text).replace(/[\\`*_{}[\]()#+\-.!|<>~&$:]/g, '\\$&');
}

/** A line of its own: as `markdownText`, and its start cannot open a heading, quote, list or fence. */
export function markdownLine(text: string): string {
  return markdownText(text).replace(/^[#>+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Several lines of the user's text (a review answer) as paragraphs; blank lines stay breaks. */
export function markdownParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(markdownLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
