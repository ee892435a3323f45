import * as vscode from 'vscode';
import { renderPrepMarkdown } from '../core/oneOnOnePrep.js';
import type { Clock } from '../core/ports.js';
import { isIsoDate } from '../core/quarter.js';
import { answersOf } from '../commands/goalTarget.js';
import type { WorkspaceCommits } from '../git/workspaceCommits.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { workspacePrep } from './workspacePrep.js';

/**
 * Prepare 1:1 Notes: the notes `growth-backlog prep` prints, in a new untitled Markdown
 * document (nothing is saved; paste it into the 1:1 doc or save it where you like).
 * `answers.since` (YYYY-MM-DD) looks further back than the last check-in. Resolves to the
 * opened document.
 */
export async function prepareOneOnOne(goals: GoalWorkspace, commits: WorkspaceCommits, clock: Clock, answers?: unknown): Promise<vscode.TextDocument> {
  const since = answersOf(answers).since;
  const prep = await workspacePrep(goals, commits, clock, typeof since === 'string' && isIsoDate(since) ? since : undefined);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: renderPrepMarkdown(prep) });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}
