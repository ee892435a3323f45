import * as vscode from 'vscode';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { commitsOf } from '../core/commitEvidence.js';
import type { WorkspaceCommits } from '../git/workspaceCommits.js';
import type { Clock } from '../core/ports.js';
import { goalLenses, type LensSpec } from './lensModel.js';

/**
 * Code lenses on goal files (files the index knows as goals, whatever their name): a
 * summary, Open Board and Add Key Result… above the objective; status, Grade…, a one-click
 * move and the count of linked commits above each key result. Recomputed whenever the index changes, so they follow typing, and when a
 * new day begins, so the check-in age is today's.
 */
class GoalLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly goals: GoalWorkspace,
    private readonly clock: Clock,
    private readonly commits: WorkspaceCommits,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const uri = document.uri.toString();
    const file = this.goals.index.get(uri);
    if (!file?.objective) return [];
    const quarter = file.objective.quarter;
    const commitCounts = new Map(file.objective.keyResults.map((keyResult) => [keyResult.id, commitsOf(this.commits.evidence, uri, keyResult.id, quarter ? { quarter } : {}).length]));
    const specs = goalLenses(file, { lastCheckIn: file.body?.lastCheckIn, today: this.clock.today(), commitCounts });
    // Offsets are exact only while the index holds this very text of the document.
    const exact = this.goals.holds(document);
    return specs.map((spec) => new vscode.CodeLens(this.lineRange(document, spec, exact), this.commandOf(spec)));
  }

  private lineRange(document: vscode.TextDocument, spec: LensSpec, exact: boolean): vscode.Range {
    const line = exact ? document.positionAt(spec.offset).line : Math.min(Math.max(spec.line - 1, 0), document.lineCount - 1);
    return new vscode.Range(line, 0, line, 0);
  }

  private commandOf(spec: LensSpec): vscode.Command {
    // An empty command id makes a lens that informs without being clickable.
    return { title: spec.title, command: spec.command ?? '', ...(spec.args ? { arguments: [...spec.args] } : {}) };
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** What integration tests read through `api.surfaces.lenses`. */
export interface LensSurface {
  /** VS Code asks for lenses again when this fires. executeCodeLensProvider always asks afresh, so only this shows a refresh. */
  readonly onDidChangeCodeLenses: vscode.Event<void>;
}

export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  const provider = new GoalLensProvider(goals, api.calendar, api.commits);
  context.subscriptions.push(
    provider,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider),
    goals.onDidChange(() => provider.refresh()),
    api.calendar.onDidChangeDay(() => provider.refresh()),
    api.commits.onDidChange(() => provider.refresh()),
  );
  const surface: LensSurface = { onDidChangeCodeLenses: provider.onDidChangeCodeLenses };
  api.surfaces.lenses = surface;
}
