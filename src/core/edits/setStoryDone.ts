import * as l10n from '@vscode/l10n';
import { parseGoalBody } from '../body.js';
import { accept, describeValue, isRefusal, openGoal, refuse, refuseOnException, type EditResult } from './editableGoal.js';

export interface SetStoryDoneArgs {
  /** 1-based line of the story's list item, as the body parser reports it. */
  readonly line: number;
  readonly done: boolean;
  /**
   * The story's text as the caller saw it: the edit is refused if the line now holds
   * another story (lines moved since), rather than ticking the wrong one.
   */
  readonly text?: string;
}

/** `- [ ]`, `* [x]`, `1. [X]`, also inside block quotes: the box is the group's last character. */
const taskMarker = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\]/;

/**
 * Ticks or unticks one next-step story: the one character between its brackets changes
 * (`[ ]` ↔ `[x]`), nothing else. Only a line the body parser reads as a task item is
 * touched, so a `- [ ]` in a code block is never changed.
 */
export function setStoryDone(text: string, args: SetStoryDoneArgs): EditResult {
  return refuseOnException(() => {
    const { line, done, text: expected } = args;
    if (!Number.isSafeInteger(line) || line < 1) return refuse('invalid-value', l10n.t('A story is named by its line number, not {0}.', describeValue(line)));
    if (typeof done !== 'boolean') return refuse('invalid-value', l10n.t('A story is done or not, not {0}.', describeValue(done)));
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;
    const task = parseGoalBody(text).body.tasks.find((candidate) => candidate.line === line);
    if (!task || (expected !== undefined && task.text !== expected)) {
      return refuse('not-editable', l10n.t('That story is no longer on this line (the file changed); look at it again and retry.'));
    }
    let start = 0;
    for (let current = 1; current < line; current++) start = text.indexOf('\n', start) + 1;
    const end = text.indexOf('\n', start);
    const match = taskMarker.exec(text.slice(start, end === -1 ? text.length : end));
    if (!match) return refuse('not-editable', l10n.t('That story does not start with a plain `- [ ]` box on its line; tick it by hand.'));
    const box = start + match[0].length - 2;
    if ((match[1] !== ' ') === done) return accept([]);
    return accept([{ start: box, end: box + 1, newText: done ? 'x' : ' ' }]);
  });
}
