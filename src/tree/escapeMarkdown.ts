/**
 * Goal titles, check-ins and file names are the user's own text: in a tooltip they must read
 * as written, not as Markdown, links or `$(icon)` syntax. One line each, so a stray newline
 * cannot start a heading or a list.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&$:]/g, '\\$&');
}
