import * as vscode from 'vscode';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { latestCheckIn } from '../core/checkIns.js';
import type { Clock } from '../core/ports.js';
import { goalLenses, type LensSpec } from './lensModel.js';

/**
 * Code lenses on goal files (files the index knows as goals, whatever their name): a
 * summary and Open Board above the objective, status, Grade… and a one-click move above
 * each key result. Recomputed whenever the index changes, so they follow typing, and when a
 * new day begins, so the check-in age is today's.
 */
class GoalLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly goals: GoalWorkspace,
    private readonly clock: Clock,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const uri = document.uri.toString();
    const file = this.goals.index.get(uri);
    if (!file?.objective) return [];
    // The body parse is the slow part; a lens without the check-in age beats no lens.
    const body = await this.goals.body(uri).catch(() => undefined);
    const current = this.goals.index.get(uri) ?? file;
    const specs = goalLenses(current, { lastCheckIn: body ? latestCheckIn(body.body.checkIns) : undefined, today: this.clock.today() });
    // Offsets are exact only while the index holds this very version of the document.
    const exact = current.version === `doc:${document.version}`;
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
  const provider = new GoalLensProvider(goals, api.calendar);
  context.subscriptions.push(
    provider,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider),
    goals.onDidChange(() => provider.refresh()),
    api.calendar.onDidChangeDay(() => provider.refresh()),
  );
  const surface: LensSurface = { onDidChangeCodeLenses: provider.onDidChangeCodeLenses };
  api.surfaces.lenses = surface;
}
