import * as vscode from 'vscode';
import { settings } from '../configuration.js';
import type { GoalDiagnostic, GoalFile, Severity } from '../core/model.js';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { latestCheckIn } from '../core/checkIns.js';
import { toRange } from './diagnosticRanges.js';
import { checkInHint, keyResultHints, openKeyResultsHint, quarterLoadHints, type GoalHint } from './goalHints.js';

export const diagnosticSource = 'Growth Backlog';

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** What the body of one file version contributes: its diagnostics and its last check-in. */
interface BodyFacts {
  readonly version: string;
  readonly diagnostics: readonly GoalDiagnostic[];
  readonly lastCheckIn: string | undefined;
}

/** Bodies parsed between yields: remark is slow, and the extension host must stay responsive. */
const bodiesPerSlice = 20;

/**
 * Keeps the `growth-backlog` diagnostic collection equal to what the core says about every
 * goal file (front-matter diagnostics from the index, body diagnostics from goals.body) plus
 * the coaching hints. Runs on index changes, one pass at a time; a file only gets new
 * diagnostics when they differ, and loses them when it is deleted or stops being a goal file.
 */
export class GoalDiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('growth-backlog');
  private readonly bodies = new Map<string, BodyFacts>();
  private readonly published = new Map<string, string>();
  private pending = new Set<string>();
  private pendingAll = false;
  private running: Promise<void> | undefined;
  private disposed = false;

  constructor(
    private readonly goals: GoalWorkspace,
    private readonly clock: Clock,
  ) {}

  /** Queues files for a new pass (all of them without an argument); resolves when the pass that covers them is done. */
  schedule(uris?: readonly string[]): Promise<void> {
    if (uris) for (const uri of uris) this.pending.add(uri);
    else this.pendingAll = true;
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    while (!this.disposed && (this.pendingAll || this.pending.size > 0)) {
      const all = this.pendingAll;
      const uris = this.pending;
      this.pendingAll = false;
      this.pending = new Set();
      await this.pass(all ? undefined : uris);
    }
  }

  private async pass(changed: ReadonlySet<string> | undefined): Promise<void> {
    const files = this.goals.goalFiles();
    const current = new Set(files.map((file) => file.uri));
    for (const uri of [...this.published.keys()]) {
      if (current.has(uri)) continue;
      this.collection.delete(vscode.Uri.parse(uri));
      this.published.delete(uri);
      this.bodies.delete(uri);
    }
    let parsed = 0;
    for (const file of files) {
      if (changed && !changed.has(file.uri) && this.bodies.get(file.uri)?.version === file.version) continue;
      if (!(await this.readBody(file))) continue;
      parsed += 1;
      if (parsed % bodiesPerSlice === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.disposed) return;
    }
    this.publish(this.goals.goalFiles());
  }

  /** True when a body was parsed (or at least looked at). */
  private async readBody(file: GoalFile): Promise<boolean> {
    if (!file.objective) {
      this.bodies.delete(file.uri);
      return false;
    }
    try {
      const body = await this.goals.body(file.uri);
      const version = this.goals.index.get(file.uri)?.version ?? file.version;
      this.bodies.set(file.uri, { version, diagnostics: body?.diagnostics ?? [], lastCheckIn: body ? latestCheckIn(body.body.checkIns) : undefined });
    } catch {
      // Deleted or unreadable between listing and reading: the next index change cleans up.
      this.bodies.delete(file.uri);
    }
    return true;
  }

  private publish(files: readonly GoalFile[]): void {
    const { checkInReminderDays, maxObjectivesPerQuarter } = settings();
    const hintSettings = { checkInReminderDays, maxObjectivesPerQuarter };
    const today = this.clock.today();
    const entries = files.flatMap((file) => (file.objective ? [{ uri: file.uri, objective: file.objective }] : []));
    const loadHints = quarterLoadHints(entries, today, hintSettings);
    const openDocuments = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    for (const file of files) {
      const open = openDocuments.get(file.uri);
      const document = open && file.version === `doc:${open.version}` ? open : undefined;
      const body = this.bodies.get(file.uri);
      const core = [...file.diagnostics, ...(body && body.version === file.version ? body.diagnostics : [])];
      const hints: GoalHint[] = [];
      if (file.objective) {
        hints.push(...keyResultHints(file.objective));
        const openKeyResults = openKeyResultsHint(file.objective, today);
        if (openKeyResults) hints.push(openKeyResults);
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
    }
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
    this.collection.dispose();
  }
}
