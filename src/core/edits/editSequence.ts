import { applyTextEdits, type TextEdit } from '../textEdit.js';
import { accept, isRefusal, type EditResult } from './editableGoal.js';

/** One edit of a sequence: it runs on the text the earlier ones produced. */
export type EditStep = (text: string) => EditResult;

/**
 * Moves an edit made on the text that `applied` (edits on the original, sorted and
 * non-overlapping) produced back onto the original text. Undefined when it touches or borders
 * text that an earlier edit wrote: there no original offset is sure to mean the same place.
 */
function onOriginal(edit: TextEdit, applied: readonly TextEdit[]): TextEdit | undefined {
  const map = (offset: number): { offset: number; before: number } | undefined => {
    let delta = 0;
    let before = 0;
    for (const earlier of applied) {
      const from = earlier.start + delta;
      const to = from + earlier.newText.length;
      if (offset < from) break;
      if (offset <= to) return undefined;
      delta += earlier.newText.length - (earlier.end - earlier.start);
      before += 1;
    }
    return { offset: offset - delta, before };
  };
  const start = map(edit.start);
  const end = map(edit.end);
  // Both ends between the same two earlier edits, or the edit would swallow one.
  if (!start || !end || start.before !== end.before) return undefined;
  return { start: start.offset, end: end.offset, newText: edit.newText };
}

/**
 * Runs edits one after the other, each on the text the earlier ones produced (so each one
 * re-reads and verifies the file as it will be), and returns them as edits on the original
 * text: several small ranges, never a rewrite of the lines in between. The first refusal
 * refuses the whole sequence.
 */
export function editInSequence(text: string, steps: readonly EditStep[]): EditResult {
  let current = text;
  const applied: TextEdit[] = [];
  let exact = true;
  for (const step of steps) {
    const result = step(current);
    if (isRefusal(result)) return result;
    if (result.edits.length === 0) continue;
    if (exact) {
      for (const edit of result.edits) {
        const mapped = onOriginal(edit, applied);
        if (!mapped || applied.some((other) => mapped.start < other.end && other.start < mapped.end)) {
          exact = false;
          break;
        }
        applied.push(mapped);
        applied.sort((a, b) => a.start - b.start || a.end - b.end);
      }
    }
    current = applyTextEdits(current, result.edits);
  }
  if (current === text) return accept([]);
  if (exact && applyTextEdits(text, applied) === current) return accept(applied);
  // Edits that touch each other's text: one replacement of the span that differs.
  let start = 0;
  while (start < text.length && start < current.length && text.charCodeAt(start) === current.charCodeAt(start)) start += 1;
  let end = 0;
  while (end < text.length - start && end < current.length - start && text.charCodeAt(text.length - 1 - end) === current.charCodeAt(current.length - 1 - end)) end += 1;
  return accept([{ start, end: text.length - end, newText: current.slice(start, current.length - end) }]);
}
