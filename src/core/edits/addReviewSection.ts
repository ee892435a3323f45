import * as l10n from '@vscode/l10n';
import { readFrontMatter } from '../frontMatter.js';
import { reviewPrompts } from '../review.js';
import { applyTextEdits, type TextEdit } from '../textEdit.js';
import { outlineBody, type OutlineBlock } from './bodyOutline.js';
import { accept, isRefusal, openGoal, refuse, refuseOnException, type EditableGoal, type EditResult } from './editableGoal.js';

/** Just before the line break that ends the line where a block ends (or the block end itself). */
function endOfLine(text: string, offset: number): number {
  let at = offset;
  while (text.charAt(at) === ' ' || text.charAt(at) === '\t') at += 1;
  return at === text.length || text.charAt(at) === '\n' || text.charAt(at) === '\r' ? at : offset;
}

function place(goal: EditableGoal): { edit: TextEdit; heading: number } {
  const { text, bodyStart, eol } = goal;
  const section = ['## Review', '', ...reviewPrompts.flatMap((prompt, i) => (i === 0 ? [prompt] : ['', prompt]))].join(eol);
  const last = outlineBody(text.slice(bodyStart)).blocks.at(-1);
  if (last) {
    const at = endOfLine(text, bodyStart + last.end);
    return { edit: { start: at, end: at, newText: `${eol}${eol}${section}` }, heading: at + 2 * eol.length };
  }
  const at = text.length;
  const prefix = text.endsWith('\n') ? '' : eol;
  return { edit: { start: at, end: at, newText: `${prefix}${section}${eol}` }, heading: at + prefix.length };
}

const headingsOf = (blocks: readonly OutlineBlock[]) => blocks.filter((block) => block.type === 'heading').map((block) => `${block.depth} ${block.text}`);

/** Re-reads the edited file: the new heading must read as the review, and every old heading must still be there. */
function verify(goal: EditableGoal, edit: TextEdit, heading: number): boolean {
  const next = applyTextEdits(goal.text, [edit]);
  const reread = readFrontMatter(next);
  if (!reread || reread.document.errors.length > 0 || next.slice(0, goal.bodyStart) !== goal.text.slice(0, goal.bodyStart)) return false;
  const outline = outlineBody(next.slice(reread.bodyStart));
  if (!outline.review || reread.bodyStart + outline.review.start !== heading) return false;
  const before = headingsOf(outlineBody(goal.text.slice(goal.bodyStart)).blocks);
  const after = headingsOf(outline.blocks.filter((block) => block !== outline.review));
  return before.length === after.length && before.every((line, i) => line === after[i]);
}

/**
 * Adds a `## Review` section with the review prompts at the end of the body, unless the
 * file already has one (then nothing changes). Only text is inserted.
 */
export function addReviewSection(text: string): EditResult {
  return refuseOnException(() => {
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;
    if (outlineBody(text.slice(goal.bodyStart)).review) return accept([]);
    const { edit, heading } = place(goal);
    if (!verify(goal, edit, heading)) {
      return refuse('not-editable', l10n.t('A review section added here would not be read back correctly (is a ``` code block left open near the end of the notes?); please add it by hand.'));
    }
    return accept([edit]);
  });
}

/** File offset of the review heading, where a reader of the review starts. */
export function reviewSectionOffset(text: string): number | undefined {
  const frontMatter = readFrontMatter(text);
  if (!frontMatter) return undefined;
  const review = outlineBody(text.slice(frontMatter.bodyStart)).review;
  return review ? frontMatter.bodyStart + review.start : undefined;
}
