/**
 * Goal titles, check-ins and file names are the user's own text: in a tooltip or a report
 * they must read as written, not as Markdown, HTML, links or `$(icon)` syntax. Every
 * punctuation mark that could start any of those is backslash-escaped (an escaped `<` can
 * open no HTML tag, an escaped `[`, `(` or `:` no link or autolink), which also keeps a `|`
 * from splitting a table cell. One line each, so a stray newline cannot start a heading or
 * a list. The tree's tooltips and the CLI's Markdown report share this one rule.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&$:]/g, '\\$&');
}
