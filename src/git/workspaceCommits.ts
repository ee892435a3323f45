import * as vscode from 'vscode';
import { linkCommits, noEvidence, trailerProblemText, type CommitEvidence, type CommitRecord } from '../core/commitEvidence.js';
import type { GitHistory } from '../core/gitHistory.js';
import { localDate } from '../core/localDay.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { gitExtensionId, type GitApi, type GitExtension, type GitRepository } from './gitExtensionApi.js';

/** Commits read per repository: years of history for one person, bounded. */
const maxCommits = 5000;

/**
 * The workspace's commits as evidence for key results, read through the built-in Git
 * extension's API: no git process of our own, no network. Without git (VS Code for the
 * Web, `git.enabled: false`, a folder that is no repository) there is simply no evidence.
 * Commits are re-read when a repository opens or its HEAD moves (a commit, a checkout, a
 * pull); they are linked again whenever goal files change.
 */
export class WorkspaceCommits implements GitHistory, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the evidence changed: views that show commit counts refresh. */
  readonly onDidChange = this.changed.event;
  private api: GitApi | undefined;
  private commits: readonly CommitRecord[] = [];
  private current: CommitEvidence = noEvidence;
  private readonly heads = new Map<GitRepository, string | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private reading: Promise<void> | undefined;
  /** Trailer problems already written to the log, so each is said once. */
  private readonly reported = new Set<string>();
  private readAgain = false;

  constructor(
    private readonly goals: GoalWorkspace,
    /** The extension's log, created on first use (see log/extensionLog.ts). */
    private readonly log: () => vscode.LogOutputChannel,
  ) {
    this.disposables.push(goals.onDidChange((uris) => this.onGoalsChanged(uris)));
  }

  /** Connects to the Git extension in the background; views show evidence once it arrives. */
  start(): void {
    void this.connect();
  }

  /** True once the Git extension's API is in use (git is enabled and available). */
  get connected(): boolean {
    return this.api !== undefined;
  }

  get evidence(): CommitEvidence {
    return this.current;
  }

  /** Resolves when the commits being read (if any) are linked. */
  async whenRead(): Promise<void> {
    while (this.reading) await this.reading;
  }

  private async connect(): Promise<void> {
    const extension = vscode.extensions.getExtension<GitExtension>(gitExtensionId);
    if (!extension) return;
    let git: GitExtension;
    try {
      git = extension.isActive ? extension.exports : await extension.activate();
    } catch (error) {
      this.log().warn(vscode.l10n.t('The Git extension did not start: {0}', error instanceof Error ? error.message : String(error)));
      return;
    }
    // The Git extension fires the event before its API is complete (VS Code 1.139 sets its
    // clone manager right after): ask once the current task is over, and again a little later.
    this.disposables.push(git.onDidChangeEnablement((enabled) => (enabled ? setTimeout(() => this.useApi(git, 5), 0) : this.dropApi())));
    if (git.enabled) this.useApi(git, 5);
  }

  private useApi(git: GitExtension, attempts: number): void {
    if (this.api || !git.enabled) return;
    try {
      this.api = git.getAPI(1);
    } catch (error) {
      if (attempts > 1) setTimeout(() => this.useApi(git, attempts - 1), 200);
      else this.log().warn(vscode.l10n.t("The Git extension's API is not available: {0}", error instanceof Error ? error.message : String(error)));
      return;
    }
    const api = this.api;
    this.disposables.push(
      api.onDidOpenRepository((repository) => this.watch(repository)),
      api.onDidCloseRepository((repository) => {
        this.heads.delete(repository);
        this.read();
      }),
    );
    for (const repository of api.repositories) this.watch(repository);
    this.read();
  }

  private dropApi(): void {
    this.api = undefined;
    this.heads.clear();
    this.commits = [];
    this.relink();
  }

  private watch(repository: GitRepository): void {
    if (this.heads.has(repository)) return;
    this.heads.set(repository, repository.state.HEAD?.commit);
    this.disposables.push(
      repository.state.onDidChange(() => {
        // The state changes with every edit in the working tree; only a new HEAD means new commits.
        const head = repository.state.HEAD?.commit;
        if (this.heads.get(repository) === head) return;
        this.heads.set(repository, head);
        this.read();
      }),
    );
    this.read();
  }

  /** Reads the commits of every repository again; calls during a read are folded into one more. */
  private read(): void {
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = (async () => {
      do {
        this.readAgain = false;
        const commits: CommitRecord[] = [];
        for (const repository of this.heads.keys()) {
          try {
            const found = await repository.log({ maxEntries: maxCommits, grep: 'key-result' });
            for (const commit of found) {
              const when = commit.authorDate ?? commit.commitDate;
              if (when) commits.push({ hash: commit.hash, message: commit.message, date: localDate(when), repository: repository.rootUri.toString() });
            }
          } catch (error) {
            // A repository without commits yet, or one git cannot read.
            this.log().info(vscode.l10n.t('No commits read from {0}: {1}', repository.rootUri.fsPath, error instanceof Error ? error.message : String(error)));
          }
        }
        this.commits = commits;
        this.relink();
      } while (this.readAgain);
    })().finally(() => {
      this.reading = undefined;
    });
  }

  /** What of a goal file decides which commits link to it: its quarter and key result ids. */
  private readonly linkKeys = new Map<string, string>();

  /**
   * Typing in a goal file changes the index on every keystroke; the links only change when a
   * file's quarter or key result ids do (or a file comes or goes), so only then is all relinked.
   */
  private onGoalsChanged(uris: readonly string[]): void {
    let changed = false;
    for (const uri of uris) {
      const objective = this.goals.index.get(uri)?.objective;
      const key = objective ? `${objective.quarter ?? ''}\n${objective.keyResults.map((keyResult) => keyResult.id).join('\n')}` : undefined;
      if (key === this.linkKeys.get(uri)) continue;
      changed = true;
      if (key === undefined) this.linkKeys.delete(uri);
      else this.linkKeys.set(uri, key);
    }
    if (changed) this.relink();
  }

  private relink(): void {
    if (this.commits.length === 0 && this.current === noEvidence) return;
    const before = this.current;
    this.current = this.commits.length === 0 ? noEvidence : linkCommits(this.commits, this.goals.index.objectives());
    for (const problem of this.current.problems) {
      const text = trailerProblemText(problem);
      if (this.reported.has(text)) continue;
      this.reported.add(text);
      this.log().warn(text);
    }
    if (!sameEvidence(before, this.current)) this.changed.fire();
  }

  /** The repository holding a file, for opening a commit or writing a commit message. */
  repositoryOf(uri: vscode.Uri): GitRepository | undefined {
    return this.api?.getRepository(uri) ?? undefined;
  }

  /** Every repository the Git extension has open. */
  repositories(): readonly GitRepository[] {
    return this.api?.repositories ?? [];
  }

  async linkedCommits(): Promise<readonly CommitRecord[]> {
    await this.whenRead();
    return this.commits;
  }

  async textAsOf(uri: string, date: string): Promise<string | undefined> {
    const file = vscode.Uri.parse(uri);
    const repository = this.repositoryOf(file);
    if (!repository || file.scheme !== 'file') return undefined;
    try {
      const history = await repository.log({ path: file.fsPath, maxEntries: 500 });
      const commit = history.find((candidate) => {
        const when = candidate.commitDate ?? candidate.authorDate;
        return when !== undefined && localDate(when) <= date;
      });
      return commit ? await repository.show(commit.hash, file.fsPath) : undefined;
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

function sameEvidence(a: CommitEvidence, b: CommitEvidence): boolean {
  if (a.byKeyResult.size !== b.byKeyResult.size) return false;
  for (const [key, commits] of a.byKeyResult) {
    const other = b.byKeyResult.get(key);
    if (!other || other.length !== commits.length || other.some((commit, index) => commit.hash !== commits[index]?.hash)) return false;
  }
  return true;
}
