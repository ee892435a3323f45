// Where the cursor is relative to a goal file's `career:` value, from the text alone, so the
// completion and hover providers stay thin and this stays unit-tested. Handles the flow form
// (`career: [a, b]`), the single value (`career: a`) and the block list (`  - a` lines).

export interface CareerFieldPosition {
  /** The id around the offset (possibly empty, when the cursor sits where a new id goes). */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** The other ids already in the list. */
  readonly present: readonly string[];
}

const idChar = /[A-Za-z0-9_.-]/;
const idPattern = /[A-Za-z0-9][A-Za-z0-9_.-]*/g;

function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return { start, end: newline === -1 ? text.length : newline };
}

/** The end of the front-matter (the offset of its closing `---` line), or -1 when there is none. */
function frontMatterEnd(text: string): number {
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(text)) return -1;
  const closing = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  closing.lastIndex = 3;
  return closing.exec(text)?.index ?? -1;
}

/** The cursor's place inside `career:`, or undefined anywhere else. */
export function careerFieldAt(text: string, offset: number): CareerFieldPosition | undefined {
  const end = frontMatterEnd(text);
  if (end === -1 || offset > end || offset < 4) return undefined;
  const line = lineBounds(text, offset);
  let keyLine = line;
  let lineText = text.slice(line.start, line.end);
  // An indented line belongs to the top-level key above it.
  while (/^[ \t]/.test(lineText) || (/^-/.test(lineText) && keyLine.start > 0)) {
    if (keyLine.start === 0) return undefined;
    keyLine = lineBounds(text, keyLine.start - 1);
    lineText = text.slice(keyLine.start, keyLine.end);
  }
  const key = /^career[ \t]*:/.exec(lineText);
  if (!key) return undefined;
  if (keyLine.start === line.start && offset < line.start + key[0].length) return undefined;
  // Comments end the value.
  const cursorLine = text.slice(line.start, offset);
  if (/(^|[ \t])#/.test(cursorLine)) return undefined;

  let start = offset;
  while (start > line.start && idChar.test(text.charAt(start - 1))) start--;
  let wordEnd = offset;
  while (wordEnd < line.end && idChar.test(text.charAt(wordEnd))) wordEnd++;
  // "- " starts a block item; the dash is not part of the id.
  while (start < wordEnd && text.charAt(start) === '-') start++;

  // The value runs from the key line to the next top-level line.
  let valueEnd = keyLine.end;
  while (valueEnd < end) {
    const next = lineBounds(text, valueEnd + 1);
    const nextText = text.slice(next.start, next.end);
    if (!/^[ \t]|^-/.test(nextText) || nextText.startsWith('---')) break;
    valueEnd = next.end;
  }
  const value = text.slice(keyLine.start + key[0].length, valueEnd).replace(/(^|[ \t])#.*$/gm, '');
  const word = text.slice(start, wordEnd);
  const present = [...value.matchAll(idPattern)].map((match) => match[0]).filter((id, index, all) => id !== word || all.indexOf(id) !== index);
  return { word, start, end: wordEnd, present: [...new Set(present)] };
}
