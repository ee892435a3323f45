import * as vscode from 'vscode';
import type { CareerFrameworks } from '../career/careerFrameworks.js';
import { hintSwitches, settings } from '../configuration.js';
import type { CareerFramework } from '../core/careerFramework.js';
import { careerIdLocations } from '../core/careerIdLocations.js';
import { isHintEnabled, workspaceHints, type GoalHint, type HintGoal, type HintSettings } from '../core/hints/goalHints.js';
import { hintCodes } from '../core/hints/hintCodes.js';
import type { GoalBody, GoalDiagnostic, GoalFile, Severity, SourceRange } from '../core/model.js';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { toRange } from './diagnosticRanges.js';

export const diagnosticSource = 'Growth Backlog';

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** What the body of one file version contributes: its diagnostics and the facts the hints read. */
interface BodyFacts {
  readonly version: string;
  readonly diagnostics: readonly GoalDiagnostic[];
  readonly body: GoalBody | undefined;
}

/** Hints are advice: Information, so they show in Problems (Hint severity would only dot the editor). */
const hintSeverities: Record<GoalHint['severity'], vscode.DiagnosticSeverity> = { hint: vscode.DiagnosticSeverity.Information, warning: vscode.DiagnosticSeverity.Warning };
const everyHint = Object.fromEntries(hintCodes.map((code) => [code, true]));

/** One ids array per framework version: the core's hint cache compares them by identity. */
const frameworkIds = new WeakMap<CareerFramework, readonly string[]>();
function careerIdsOfFramework(framework: CareerFramework): readonly string[] {
  let ids = frameworkIds.get(framework);
  if (!ids) frameworkIds.set(framework, (ids = framework.competencies.map((competency) => competency.id)));
  return ids;
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
  /** Where the career ids of a file version are written, read only for files with an unknown id. */
  private readonly careerLocations = new Map<string, { version: string; locations: Map<string, SourceRange> }>();
  private pending = new Set<string>();
  private pendingAll = false;
  private running: Promise<void> | undefined;
  private disposed = false;

  constructor(
    private readonly goals: GoalWorkspace,
    private readonly clock: Clock,
    private readonly frameworks: CareerFrameworks,
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
      this.careerLocations.delete(uri);
    }
    let parsed = 0;
    for (const file of files) {
      if (changed && !changed.has(file.uri) && this.bodies.get(file.uri)?.version === file.version) continue;
      if (!(await this.readBody(file))) continue;
      parsed += 1;
      if (parsed % bodiesPerSlice === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.disposed) return;
    }
    await this.locateUnknownCareerIds(this.goals.goalFiles());
    if (this.disposed) return;
    this.publish(this.goals.goalFiles());
  }

  /** Unknown career ids point at the id itself: the index keeps ids, not positions, so read those few files. */
  private async locateUnknownCareerIds(files: readonly GoalFile[]): Promise<void> {
    for (const file of files) {
      const framework = file.objective && file.objective.career.length > 0 ? this.frameworks.forUri(file.uri) : undefined;
      if (!framework || this.careerLocations.get(file.uri)?.version === file.version) continue;
      const known = new Set(framework.framework.competencies.map((competency) => competency.id));
      if (file.objective?.career.every((id) => known.has(id))) continue;
      try {
        this.careerLocations.set(file.uri, { version: file.version, locations: careerIdLocations(await this.goals.textOf(file.uri)) });
      } catch {
        this.careerLocations.delete(file.uri);
      }
    }
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
      this.bodies.set(file.uri, { version, diagnostics: body?.diagnostics ?? [], body: body?.body });
    } catch {
      // Deleted or unreadable between listing and reading: the next index change cleans up.
      this.bodies.delete(file.uri);
    }
    return true;
  }

  /** Every hint of the workspace, each file's `growthBacklog.hints` applied (a folder may silence what another keeps). */
  private hints(files: readonly GoalFile[]): Map<string, GoalHint[]> {
    const { checkInReminderDays, maxObjectivesPerQuarter, maxKeyResultsPerObjective } = settings();
    const goals: HintGoal[] = [];
    for (const file of files) {
      if (!file.objective) continue;
      const body = this.bodies.get(file.uri);
      // Without the body the hints that read it are left out rather than guessed.
      goals.push({ uri: file.uri, objective: file.objective, ...(body?.body && body.version === file.version ? { body: body.body } : {}) });
    }
    const hintSettings = { checkInReminderDays, maxObjectivesPerQuarter, maxKeyResultsPerObjective, enabled: everyHint };
    const careerIdsOf = (uri: string) => {
      const framework = this.frameworks.forUri(uri)?.framework;
      return framework ? careerIdsOfFramework(framework) : undefined;
    };
    const all = workspaceHints(goals, { today: this.clock.today(), settings: hintSettings, careerIdsOf });
    // The setting is read once per workspace folder, not once per file.
    const switchesByFolder = new Map<string, HintSettings>();
    for (const [uri, hints] of all) {
      const parsed = vscode.Uri.parse(uri);
      const folder = vscode.workspace.getWorkspaceFolder(parsed)?.uri.toString() ?? '';
      let switches = switchesByFolder.get(folder);
      if (!switches) switchesByFolder.set(folder, (switches = { ...hintSettings, enabled: hintSwitches(parsed) }));
      const locations = this.careerLocations.get(uri);
      all.set(
        uri,
        hints
          .filter((hint) => isHintEnabled(hint.code, switches))
          .map((hint) => {
            const range = hint.careerId !== undefined && locations ? locations.locations.get(hint.careerId) : undefined;
            return range ? { ...hint, range } : hint;
          }),
      );
    }
    return all;
  }

  private publish(files: readonly GoalFile[]): void {
    const hintsByUri = this.hints(files);
    const openDocuments = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    for (const file of files) {
      const open = openDocuments.get(file.uri);
      const document = open && file.version === `doc:${open.version}` ? open : undefined;
      const body = this.bodies.get(file.uri);
      const core = [...file.diagnostics, ...(body && body.version === file.version ? body.diagnostics : [])];
      const hints = hintsByUri.get(file.uri) ?? [];
      const signature = JSON.stringify([document?.version, core, hints]);
      if (this.published.get(file.uri) === signature) continue;
      this.published.set(file.uri, signature);
      const diagnostics = [
        ...core.map((diagnostic) => this.toDiagnostic(diagnostic.range, diagnostic.message, severities[diagnostic.severity], diagnostic.code, document)),
        // Unknown career ids mark the id itself; other hints mark the line they are about.
        ...hints.map((hint) => this.toDiagnostic(hint.range, hint.message, hintSeverities[hint.severity], hint.code, document, hint.careerId === undefined)),
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
