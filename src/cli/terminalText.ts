// Goal files may come from anyone, and a title can carry escape sequences that clear the
// screen, set the window title or write the clipboard (OSC 52) when printed. Nothing from a
// file reaches the terminal as a control character: it is shown as a `\u001b`-style escape.

/**
 * C0 and C1 control characters, DEL, and the bidirectional controls that reorder what the
 * terminal shows ("Trojan Source"). Line feeds and tabs are left to terminalText's caller.
 */
const controls = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const controlsExceptLayout = new RegExp(`[${controls}]`, 'g');
const controlsAndLineBreaks = new RegExp(`[${controls}\\n\\t]`, 'g');

function escape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Text as the CLI prints it: every control character escaped except line feeds and tabs,
 * which the CLI's own layout uses. The escape is valid JSON inside a string, and JSON
 * output never has a raw control character outside one, so JSON still parses to the same
 * values.
 */
export function terminalText(text: string): string {
  return text.replace(controlsExceptLayout, escape);
}

/** One line of output built from the user's text: line breaks and tabs are escaped too. */
export function terminalLine(text: string): string {
  return text.replace(controlsAndLineBreaks, escape);
}
