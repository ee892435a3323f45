// Edits are returned as offsets into the original text rather than as a new text so that
// hosts can apply them natively (a VS Code WorkspaceEdit keeps undo, cursors and folding)
// and so that tests can prove that nothing outside the ranges moved.

/** Replace `text.slice(start, end)` with `newText`. Offsets refer to the original text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * Applies non-overlapping edits to `text`. Insertions at the same offset keep their order.
 * Throws a RangeError for an edit outside the text or overlapping another one: that is a
 * bug in the caller, and guessing a merge could corrupt the user's file.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
    .map(({ edit }) => edit);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of ordered) {
    if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < 0 || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(`Text edit [${edit.start}, ${edit.end}) is outside the text (length ${text.length}).`);
    }
    if (edit.start < cursor) {
      throw new RangeError(`Text edit [${edit.start}, ${edit.end}) overlaps an earlier edit ending at ${cursor}.`);
    }
    parts.push(text.slice(cursor, edit.start), edit.newText);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
