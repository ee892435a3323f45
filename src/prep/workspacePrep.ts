import * as vscode from 'vscode';
import { oneOnOnePrep, type OneOnOnePrep, type PrepGoal } from '../core/oneOnOnePrep.js';
import { quarterOfDate } from '../core/quarter.js';
import type { Clock } from '../core/ports.js';
import type { WorkspaceCommits } from '../git/workspaceCommits.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';

/** The 1:1 notes for today from the workspace: its goal files, their bodies, and git when there is one. */
export async function workspacePrep(goals: GoalWorkspace, commits: WorkspaceCommits, clock: Clock, since?: string): Promise<OneOnOnePrep> {
  await goals.whenReady();
  await commits.whenRead();
  const today = clock.today();
  const quarter = quarterOfDate(today);
  const entries: PrepGoal[] = [];
  for (const { uri, objective } of goals.index.objectives()) {
    // Only the quarter's active objectives are in the notes: no other body is read.
    if (objective.quarter !== quarter || objective.status !== 'active') continue;
    const parsed = await goals.body(uri).catch(() => undefined);
    if (!parsed) continue;
    entries.push({ uri, file: vscode.workspace.asRelativePath(vscode.Uri.parse(uri), true), objective: goals.index.get(uri)?.objective ?? objective, body: parsed.body });
  }
  return oneOnOnePrep({ goals: entries, evidence: commits.evidence, history: commits, today, ...(since ? { since } : {}) });
}
