import * as vscode from 'vscode';
import type { CareerFrameworks } from '../career/careerFrameworks.js';
import { hintSwitches, settings } from '../configuration.js';
import type { CareerFramework } from '../core/careerFramework.js';
import { careerIdLocations } from '../core/careerIdLocations.js';
import { isHintEnabled, workspaceHints, type GoalHint, type HintGoal, type HintSettings } from '../core/hints/goalHints.js';
import { hintCodes } from '../core/hints/hintCodes.js';
import type { GoalDiagnostic, GoalFile, Severity, SourceRange } from '../core/model.js';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { extensionLog } from '../log/extensionLog.js';
import { diagnosticBatches } from './diagnosticBatches.js';
import { toRange } from './diagnosticRanges.js';
import type { PassSchedule } from './passSchedule.js';
import { publishInSlices } from './slicedPublish.js';

export const diagnosticSource = 'Growth Backlog';

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Hints are advice: Information, so they show in Problems (Hint severity would only dot the editor). */
const hintSeverities: Record<GoalHint['severity'], vscode.DiagnosticSeverity> = { hint: vscode.DiagnosticSeverity.Information, warning: vscode.DiagnosticSeverity.Warning };
/** Files a pass takes per slice, and the host's pause after a slice that set diagnostics. */
const filesPerSlice = 100;
const sliceGapMs = 15;
/** What one DiagnosticCollection.set may carry in VS Code 1.139 (1.1 × its 1,000 a file); the rest would be dropped. */
const diagnosticsPerSet = 1_100;
const everyHint = Object.fromEntries(hintCodes.map((code) => [code, true]));

/** One ids array per framework version: the core's hint cache compares them by identity. */
const frameworkIds = new WeakMap<CareerFramework, readonly string[]>();
function careerIdsOfFramework(framework: CareerFramework): readonly string[] {
  let ids = frameworkIds.get(framework);
  if (!ids) frameworkIds.set(framework, (ids = framework.competencies.map((competency) => competency.id)));
  return ids;
}

interface PublishedFrom {
  readonly documentVersion: number | undefined;
  readonly core: readonly GoalDiagnostic[];
  readonly hints: readonly GoalHint[];
}

/**
 * A request the window answers only after handling the messages the host sent before it:
 * `setContext` of a key that no `when` clause reads is the cheapest one (always the same
 * value, so the window has no change to announce).
 */
function windowRoundTrip(): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', 'growthBacklog.diagnosticsSliceSent', true);
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Whether a file's diagnostics come from the very same objects as last time: the index keeps
 * a file's entry, and the hint cache its hints, until they change. Checked before comparing
 * them as JSON, which a pass did for every file (2,000 signatures for one keystroke) before.
 */
function isSameSource(before: PublishedFrom, now: PublishedFrom): boolean {
  return before.documentVersion === now.documentVersion && sameItems(before.core, now.core) && sameItems(before.hints, now.hints);
}

/**
 * Keeps the `growth-backlog` diagnostic collection equal to what the index says about every
 * goal file (front-matter and body diagnostics, both kept per file version by the index) plus
 * the coaching hints. A pass runs on the turn after a change, so the changes of one turn share
 * it, one pass at a time; a file only gets new diagnostics when they differ, and loses them
 * when it is deleted or stops being a goal file.
 */
export class GoalDiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('growth-backlog');
  /** What each file's diagnostics were last set from. */
  private readonly published = new Map<string, PublishedFrom>();
  private readonly publishedEmitter = new vscode.EventEmitter<readonly string[]>();
  /** The files whose diagnostics a pass set (integration tests count refreshes with it). */
  readonly onDidPublish = this.publishedEmitter.event;
  /** Where the career ids of a file version are written, read only for files with an unknown id. */
  private readonly careerLocations = new Map<string, { version: string; locations: Map<string, SourceRange> }>();
  private wanted = false;
  private running: Promise<void> | undefined;
  private disposed = false;

  constructor(
    private readonly goals: GoalWorkspace,
    private readonly clock: Clock,
    private readonly frameworks: CareerFrameworks,
    /** When deferred work (files no editor shows, never published yet) may run. */
    private readonly deferred: Pick<PassSchedule, 'holdMs'>,
    /** Resolves once the window has handled what the host sent before (see `publishInSlices`). */
    private readonly windowCaughtUp: () => PromiseLike<unknown> = windowRoundTrip,
  ) {}

  /** Asks for a pass; resolves when a pass that started after this call is done. */
  schedule(): Promise<void> {
    this.wanted = true;
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    while (!this.disposed && this.wanted) {
      // The changes of one turn share a pass.
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.wanted = false;
      if (!this.disposed) await this.pass();
    }
  }

  private async pass(): Promise<void> {
    const files = this.goals.goalFiles();
    const current = new Set(files.map((file) => file.uri));
    for (const uri of [...this.published.keys()]) {
      if (current.has(uri)) continue;
      this.collection.delete(vscode.Uri.parse(uri));
      this.published.delete(uri);
      this.careerLocations.delete(uri);
    }
    await this.locateUnknownCareerIds(files);
    if (this.disposed) return;
    await this.publish(this.goals.goalFiles());
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

  /**
   * The hints of `only`, each file's `growthBacklog.hints` applied (a folder may silence what
   * another keeps), counted against every goal of `files`.
   */
  private hints(files: readonly GoalFile[], only: ReadonlySet<string>): Map<string, GoalHint[]> {
    const { checkInReminderDays, maxObjectivesPerQuarter, maxKeyResultsPerObjective } = settings();
    const goals: HintGoal[] = [];
    for (const file of files) {
      if (!file.objective) continue;
      // Without the body the hints that read it are left out rather than guessed.
      goals.push({ uri: file.uri, objective: file.objective, ...(file.body ? { body: file.body } : {}) });
    }
    const hintSettings = { checkInReminderDays, maxObjectivesPerQuarter, maxKeyResultsPerObjective, enabled: everyHint };
    const careerIdsOf = (uri: string) => {
      const framework = this.frameworks.forUri(uri)?.framework;
      return framework ? careerIdsOfFramework(framework) : undefined;
    };
    const all = workspaceHints(goals, { today: this.clock.today(), settings: hintSettings, careerIdsOf }, only);
    // The setting is read once per workspace folder, not once per file.
    const switchesByFolder = new Map<string, HintSettings>();
    for (const [uri, hints] of all) {
      const folder = this.goals.folders.folderOf(uri)?.uri.toString() ?? '';
      let switches = switchesByFolder.get(folder);
      if (!switches) switchesByFolder.set(folder, (switches = { ...hintSettings, enabled: hintSwitches(vscode.Uri.parse(uri)) }));
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

  /**
   * Files open in an editor first, at once; then the rest, a slice at a time. A slice with a
   * file that never had diagnostics (the first pass over thousands of files, or many new
   * ones) waits until no surface is producing its first paint (`PassSchedule`); later passes
   * mostly find nothing changed and go straight through.
   */
  private async publish(files: readonly GoalFile[]): Promise<void> {
    const openDocuments = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    const shown: GoalFile[] = [];
    const rest: GoalFile[] = [];
    for (const file of files) (openDocuments.has(file.uri) ? shown : rest).push(file);
    const changed = this.publishSlice(files, shown, openDocuments);
    const answers: number[] = [];
    // A first pass over thousands of files would hold the extension host for a second, and
    // the window for longer: other work (a refresh, a card move, a command) goes between slices.
    const fromRest = await publishInSlices(
      rest,
      {
        isNew: (file) => !this.published.has(file.uri),
        holdMs: () => this.deferred.holdMs(),
        publish: (slice) => this.publishSlice(files, slice, openDocuments),
        windowCaughtUp: async () => {
          const askedAt = performance.now();
          await this.windowCaughtUp();
          answers.push(performance.now() - askedAt);
        },
        wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        disposed: () => this.disposed,
        newPassWanted: () => this.wanted,
      },
      { sliceSize: filesPerSlice, gapMs: sliceGapMs },
    );
    if (fromRest === undefined) return;
    changed.push(...fromRest);
    if (answers.length > 0) {
      const sorted = answers.sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
      extensionLog().info(
        `Diagnostics: ${changed.length} files set; between slices the window answered ${sorted.length} times, after ${median.toFixed(0)} ms (median) and at most ${(sorted.at(-1) ?? 0).toFixed(0)} ms`,
      );
    }
    if (changed.length > 0) this.publishedEmitter.fire(changed);
  }

  /** Sets the diagnostics of `slice` that changed; returns their uris. */
  private publishSlice(files: readonly GoalFile[], slice: readonly GoalFile[], openDocuments: ReadonlyMap<string, vscode.TextDocument>): string[] {
    if (slice.length === 0) return [];
    const hintsByUri = this.hints(files, new Set(slice.map((file) => file.uri)));
    const changed: string[] = [];
    // Files go in batches: each `set` is a message to the workbench and an event (2,000 of
    // them on a first pass over 2,000 files, one per file), under VS Code's limit per call.
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const file of slice) {
      const open = openDocuments.get(file.uri);
      const document = open && this.goals.holds(open) ? open : undefined;
      const core = [...file.diagnostics, ...(file.body?.diagnostics ?? [])];
      const hints = hintsByUri.get(file.uri) ?? [];
      const from: PublishedFrom = { documentVersion: document?.version, core, hints };
      const before = this.published.get(file.uri);
      if (before && isSameSource(before, from)) continue;
      this.published.set(file.uri, from);
      if (before && JSON.stringify(before) === JSON.stringify(from)) continue;
      const diagnostics = [
        ...core.map((diagnostic) => this.toDiagnostic(diagnostic.range, diagnostic.message, severities[diagnostic.severity], diagnostic.code, document)),
        // Unknown career ids mark the id itself; other hints mark the line they are about.
        ...hints.map((hint) => this.toDiagnostic(hint.range, hint.message, hintSeverities[hint.severity], hint.code, document, hint.careerId === undefined)),
      ];
      entries.push([vscode.Uri.parse(file.uri), diagnostics]);
      changed.push(file.uri);
    }
    for (const batch of diagnosticBatches(entries, diagnosticsPerSet)) this.collection.set(batch);
    return changed;
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
    this.publishedEmitter.dispose();
    this.collection.dispose();
  }
}
