import * as vscode from 'vscode';
import { settings } from '../configuration.js';
import type { GoalDiagnostic, GoalFile, Severity } from '../core/model.js';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { toRange } from './diagnosticRanges.js';
import { checkInHint, keyResultHints, quarterLoadHints, type GoalHint } from './goalHints.js';

export const diagnosticSource = 'Growth Backlog';

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * Keeps the `growth-backlog` diagnostic collection equal to what the index says about every
 * goal file (front-matter and body diagnostics) plus the coaching hints. A pass runs on the
 * turn after a change, so the changes of one turn share it; a file only gets new diagnostics
 * when they differ, and loses them when it is deleted or stops being a goal file.
 */
export class GoalDiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('growth-backlog');
  private readonly published = new Map<string, string>();
  private readonly publishedEmitter = new vscode.EventEmitter<readonly string[]>();
  /** The files whose diagnostics a pass set (integration tests count refreshes with it). */
  readonly onDidPublish = this.publishedEmitter.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly goals: GoalWorkspace,
    private readonly clock: Clock,
  ) {}

  /** Asks for a pass on the next turn. */
  schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (!this.disposed) this.pass();
    }, 0);
  }

  private pass(): void {
    const files = this.goals.goalFiles();
    const current = new Set(files.map((file) => file.uri));
    for (const uri of [...this.published.keys()]) {
      if (current.has(uri)) continue;
      this.collection.delete(vscode.Uri.parse(uri));
      this.published.delete(uri);
    }
    this.publish(files);
  }

  private publish(files: readonly GoalFile[]): void {
    const { checkInReminderDays, maxObjectivesPerQuarter } = settings();
    const hintSettings = { checkInReminderDays, maxObjectivesPerQuarter };
    const today = this.clock.today();
    const entries = files.flatMap((file) => (file.objective ? [{ uri: file.uri, objective: file.objective }] : []));
    const loadHints = quarterLoadHints(entries, today, hintSettings);
    const openDocuments = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    const changed: string[] = [];
    for (const file of files) {
      const open = openDocuments.get(file.uri);
      const document = open && this.goals.holds(open) ? open : undefined;
      const body = file.body;
      const core = [...file.diagnostics, ...(body?.diagnostics ?? [])];
      const hints: GoalHint[] = [];
      if (file.objective) {
        hints.push(...keyResultHints(file.objective));
        // Without the body the age of the last check-in is unknown: no hint rather than a wrong one.
        const checkIn = body ? checkInHint(file.objective, body.lastCheckIn, today, hintSettings) : undefined;
        if (checkIn) hints.push(checkIn);
        const load = loadHints.get(file.uri);
        if (load) hints.push(load);
      }
      const signature = JSON.stringify([document?.version, core, hints]);
      if (this.published.get(file.uri) === signature) continue;
      this.published.set(file.uri, signature);
      const diagnostics = [
        ...core.map((diagnostic) => this.toDiagnostic(diagnostic.range, diagnostic.message, severities[diagnostic.severity], diagnostic.code, document)),
        ...hints.map((hint) => this.toDiagnostic(hint.range, hint.message, vscode.DiagnosticSeverity.Information, hint.code, document, true)),
      ];
      this.collection.set(vscode.Uri.parse(file.uri), diagnostics);
      changed.push(file.uri);
    }
    if (changed.length > 0) this.publishedEmitter.fire(changed);
  }

  private toDiagnostic(
    range: GoalDiagnostic['range'],
    message: string,
    severity: vscode.DiagnosticSeverity,
    code: string,
    document: vscode.TextDocument | undefined,
    firstLineOnly = false,
  ): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(range, document, { firstLineOnly }), message, severity);
    diagnostic.code = code;
    diagnostic.source = diagnosticSource;
    return diagnostic;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.publishedEmitter.dispose();
    this.collection.dispose();
  }
}
