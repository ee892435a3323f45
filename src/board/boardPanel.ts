import * as vscode from 'vscode';
import type { Calendar } from '../calendar/localCalendar.js';
import { commandIds, type GoalTarget } from '../commandIds.js';
import { settings } from '../configuration.js';
import { clearGrade } from '../core/edits/clearGrade.js';
import { setGrade } from '../core/edits/setGrade.js';
import { setKeyResultStatus } from '../core/edits/setKeyResultStatus.js';
import type { EditResult } from '../core/edits/editableGoal.js';
import type { GoalFile } from '../core/model.js';
import { commitCountText, commitsOf } from '../core/commitEvidence.js';
import { quarterOfDate } from '../core/quarter.js';
import type { WorkspaceCommits } from '../git/workspaceCommits.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { parseWebviewMessage, type BoardCard, type BoardObjective, type HostMessage, type WebviewMessage } from '../protocol/boardProtocol.js';
import { completeWalkthroughStep } from '../walkthrough/completeStep.js';
import { applyGoalEdit } from '../writes/applyGoalEdit.js';
import { receiveWebviewMessage } from '../webviewMessages.js';
import { boardHtml } from './boardHtml.js';
import { BoardSync, boardObjective, shownFirst } from './boardModel.js';
import { boardStrings } from './boardStrings.js';

export const boardViewType = 'growthBacklog.board';

/** The board's model with the real file behind every card, for extension-host tests. */
export interface BoardModelForTests {
  readonly objectives: readonly (BoardObjective & { readonly uri: string })[];
  readonly cards: readonly (BoardCard & { readonly uri: string; readonly keyResultId: string })[];
  /** The date the webview last got (in `init` or `today`); undefined before it is ready. */
  readonly today: string | undefined;
  /** The `checkInReminderDays` the webview last got (in `init` or `reminderDays`). */
  readonly reminderDays: number | undefined;
}

/** Where the webview may load files from: the board bundle and the extension's media. */
export function boardResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'out', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/**
 * One board webview panel: it renders the shell, answers the webview's messages (each
 * validated, ids mapped through this panel's own table) and posts index changes as patches.
 */
export class BoardPanel implements vscode.Disposable {
  private readonly sync: BoardSync;
  private readonly disposables: vscode.Disposable[] = [];
  private webviewReady = false;
  private postedToday: string | undefined;
  private postedReminderDays: number | undefined;
  private disposed = false;
  private readonly createdAt = performance.now();
  /** A goal file to show once the webview has its cards. */
  private pendingReveal: string | undefined;
  /** Goal files left out of `init` (other quarters), posted once its first cards are on screen. */
  private notYetPosted: string[] = [];
  private notYetPostedTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposedEmitter.event;
  private readonly postedEmitter = new vscode.EventEmitter<HostMessage['type']>();
  /** Each message posted to the webview, by type (integration tests count refreshes with it). */
  readonly onDidPost = this.postedEmitter.event;
  private readonly firstCardsShownEmitter = new vscode.EventEmitter<void>();
  /** The webview has the first cards of an `init` on screen. */
  readonly onDidShowFirstCards = this.firstCardsShownEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly goals: GoalWorkspace,
    private readonly calendar: Calendar,
    private readonly log: vscode.LogOutputChannel,
    extensionUri: vscode.Uri,
    private readonly commits: WorkspaceCommits,
  ) {
    this.sync = new BoardSync((uri, keyResultId, quarter) =>
      commitCountText(commitsOf(commits.evidence, uri, keyResultId, quarter ? { quarter } : {}).length, quarter, quarterOfDate(calendar.today())),
    );
    panel.webview.options = { enableScripts: true, localResourceRoots: boardResourceRoots(extensionUri) };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'growth-backlog.svg');
    const asset = (name: string): vscode.Uri => vscode.Uri.joinPath(extensionUri, 'out', 'webview', name);
    this.disposables.push(
      this.disposedEmitter,
      this.postedEmitter,
      this.firstCardsShownEmitter,
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      goals.onDidChange((uris) => this.onIndexChange(uris)),
      calendar.onDidChangeDay((today) => this.onDayChange(today)),
      commits.onDidChange(() => this.onIndexChange(this.files().map((file) => file.uri))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('growthBacklog.checkInReminderDays')) this.onReminderDaysChange();
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    panel.webview.html = boardHtml(panel.webview, { script: asset('board.js'), styles: asset('board.css'), codicons: asset('codicon.css') });
  }

  /** Brings the panel forward and, given a goal file, shows its objective (once the webview is ready). */
  reveal(uri?: string): void {
    this.panel.reveal();
    if (uri !== undefined && this.goals.index.get(uri)?.objective) this.revealObjective(uri);
  }

  private revealObjective(uri: string): void {
    this.pendingReveal = this.webviewReady ? undefined : uri;
    if (this.webviewReady && this.notYetPosted.includes(uri)) this.postNotYetPosted();
    if (this.webviewReady) this.post({ type: 'revealObjective', objectiveId: this.sync.ids.objectiveId(uri) });
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
    this.postedEmitter.fire(message.type);
  }

  private files(): GoalFile[] {
    return this.goals.index.goalFiles();
  }

  private readonly getFile = (uri: string): GoalFile | undefined => this.goals.index.get(uri);

  private async receive(raw: unknown): Promise<void> {
    await receiveWebviewMessage(raw, { name: 'Board', parse: parseWebviewMessage, handle: (message) => this.handle(message), log: this.log });
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.init(message.quarter);
      case 'firstCardsShown':
        this.firstCardsShownEmitter.fire();
        return this.postNotYetPosted();
      case 'moveCard':
        await this.edit(message.requestId, message.cardId, vscode.l10n.t('Move key result'), (keyResultId) => (text) => setKeyResultStatus(text, { keyResultId, status: message.status }));
        return;
      case 'setGrade':
        if (await this.edit(message.requestId, message.cardId, vscode.l10n.t('Grade key result'), (keyResultId) => (text) => setGrade(text, { keyResultId, grade: message.grade }))) {
          completeWalkthroughStep('keyResultGraded');
        }
        return;
      case 'clearGrade':
        await this.edit(message.requestId, message.cardId, vscode.l10n.t('Clear grade'), (keyResultId) => (text) => clearGrade(text, { keyResultId }));
        return;
      case 'openCard':
        return this.openCard(message.cardId);
      case 'openCommits': {
        const ref = this.sync.ids.card(message.cardId);
        if (!ref) return this.log.warn(`Dropped openCommits for unknown card id ${message.cardId}`);
        const target: GoalTarget = { uri: ref.uri, keyResultId: ref.keyResultId };
        await vscode.commands.executeCommand(commandIds.openCommit, target);
        return;
      }
      case 'setStoryDone':
        return this.setStoryDone(message.requestId, message.storyId, message.done);
      case 'addCheckIn':
      case 'addKeyResult': {
        const uri = this.sync.ids.objective(message.objectiveId);
        if (!uri) return this.log.warn(`Dropped ${message.type} for unknown objective id ${message.objectiveId}`);
        const target: GoalTarget = { uri };
        await vscode.commands.executeCommand(message.type === 'addCheckIn' ? commandIds.addCheckIn : commandIds.addKeyResult, target);
        return;
      }
    }
  }

  /** Answers `ready`: the words, then (once the index is ready) the shown quarter's cards; the other quarters follow its first paint. */
  private async init(quarter: string | undefined): Promise<void> {
    // The words first: the webview shows "Reading goal files…" while the index is awaited.
    this.post({ type: 'strings', strings: boardStrings() });
    const readyAt = performance.now();
    await this.goals.whenReady();
    this.webviewReady = true;
    this.postedToday = this.calendar.today();
    this.postedReminderDays = settings().checkInReminderDays;
    const { first, rest } = shownFirst(this.files(), quarter, this.postedToday);
    // A goal file to reveal may be in another quarter: its card goes in the first post too.
    const reveal = this.pendingReveal === undefined ? undefined : rest.find((file) => file.uri === this.pendingReveal);
    const snapshot = this.sync.snapshot(reveal ? [...first, reveal] : first, this.postedToday, this.postedReminderDays);
    this.post({ type: 'init', snapshot });
    this.notYetPosted = rest.filter((file) => file !== reveal).map((file) => file.uri);
    // The webview says when its first cards are on screen; should it never paint (its frames
    // stopped while hidden), the rest goes anyway after a few seconds.
    clearTimeout(this.notYetPostedTimer);
    this.notYetPostedTimer = this.notYetPosted.length > 0 ? setTimeout(() => this.postNotYetPosted(), 5_000) : undefined;
    // npm run bench:start reads this line: where the board's first seconds went.
    this.log.info(`Board: webview ready after ${(readyAt - this.createdAt).toFixed(0)} ms, init posted after ${(performance.now() - this.createdAt).toFixed(0)} ms (${snapshot.objectives.length} objectives, ${snapshot.cards.length} cards)`);
    if (this.pendingReveal) this.revealObjective(this.pendingReveal);
  }

  /** Applies a card's edit and tells the webview; resolves to whether it was applied. */
  private async edit(requestId: number, cardId: string, label: string, makeEdit: (keyResultId: string) => (text: string) => EditResult): Promise<boolean> {
    const ref = this.sync.ids.card(cardId);
    if (!ref) {
      this.log.warn(`Dropped an edit for unknown card id ${cardId}`);
      this.post({ type: 'editResult', requestId, ok: false, reason: vscode.l10n.t('This card is no longer on the board.') });
      return false;
    }
    const expectedVersion = this.sync.postedVersion(ref.uri);
    const outcome = await applyGoalEdit(ref.uri, makeEdit(ref.keyResultId), { label, ...(expectedVersion ? { expectedVersion } : {}) });
    const card = this.sync.currentCard(cardId, this.getFile);
    if (outcome.applied) {
      this.post({ type: 'editResult', requestId, ok: true, ...(card ? { card } : {}) });
    } else {
      this.log.info(`${label} refused for ${ref.uri}#${ref.keyResultId}: ${outcome.reason}`);
      this.post({ type: 'editResult', requestId, ok: false, reason: outcome.reason, ...(card ? { card } : {}) });
    }
    return outcome.applied;
  }

  private async openCard(cardId: string): Promise<void> {
    const ref = this.sync.ids.card(cardId);
    if (!ref) return this.log.warn(`Dropped openCard for unknown card id ${cardId}`);
    const keyResult = this.goals.index.findKeyResult(ref.uri, ref.keyResultId);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(ref.uri));
    const position = new vscode.Position(Math.max(0, (keyResult?.range.line ?? 1) - 1), Math.max(0, (keyResult?.range.column ?? 1) - 1));
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
      preview: false,
    });
  }

  /** The other quarters' cards, as one patch (a file changed meanwhile is already posted and adds nothing). */
  private postNotYetPosted(): void {
    clearTimeout(this.notYetPostedTimer);
    this.notYetPostedTimer = undefined;
    const uris = this.notYetPosted;
    this.notYetPosted = [];
    if (this.webviewReady && uris.length > 0) this.postPatch(uris);
  }

  private onIndexChange(uris: readonly string[]): void {
    // Before `ready` the webview has nothing to patch; its `init` will carry the change.
    if (!this.webviewReady || uris.length === 0) return;
    this.postPatch(uris);
  }

  private onDayChange(today: string): void {
    // Before `ready` the webview's `init` will carry the date. Only the date goes: the webview
    // counts the days from it, and no card or objective changed.
    if (!this.webviewReady || today === this.postedToday) return;
    this.postedToday = today;
    this.post({ type: 'today', today });
  }

  private onReminderDaysChange(): void {
    const reminderDays = settings().checkInReminderDays;
    if (!this.webviewReady || reminderDays === this.postedReminderDays) return;
    this.postedReminderDays = reminderDays;
    this.post({ type: 'reminderDays', reminderDays });
  }

  private postPatch(uris: readonly string[]): void {
    const patch = this.sync.patch(uris, this.getFile);
    if (patch.objectives.length + patch.cards.length + patch.removedObjectives.length + patch.removedCards.length === 0) return;
    this.post({ type: 'patch', ...patch });
  }

  /** Ticks or unticks a story; the answer carries the card (or objective) as the file now has it. */
  private async setStoryDone(requestId: number, storyId: string, done: boolean): Promise<void> {
    const ref = this.sync.ids.story(storyId);
    if (!ref) {
      this.log.warn(`Dropped setStoryDone for unknown story id ${storyId}`);
      this.post({ type: 'editResult', requestId, ok: false, reason: vscode.l10n.t('This story is no longer on the board.') });
      return;
    }
    const expectedVersion = this.sync.postedVersion(ref.uri);
    const outcome = await applyGoalEdit(ref.uri, (text) => this.goals.markdown.bodyEdits().setStoryDone(text, { line: ref.line, done, text: ref.text }), {
      label: done ? vscode.l10n.t('Tick story') : vscode.l10n.t('Untick story'),
      ...(expectedVersion ? { expectedVersion } : {}),
    });
    if (outcome.applied) this.post({ type: 'editResult', requestId, ok: true });
    else {
      this.log.info(`Story tick refused for ${ref.uri}:${ref.line}: ${outcome.reason}`);
      this.post({ type: 'editResult', requestId, ok: false, reason: outcome.reason });
    }
  }

  /** The current model with file identities resolved (never sent to the webview). */
  modelForTests(): BoardModelForTests {
    const objectives: (BoardObjective & { uri: string })[] = [];
    const cards: (BoardCard & { uri: string; keyResultId: string })[] = [];
    for (const file of this.files()) {
      if (!file.objective) continue;
      const objectiveId = this.sync.ids.objectiveId(file.uri);
      const facts = file.body;
      objectives.push({ ...boardObjective(this.sync.ids, file.uri, objectiveId, file.objective, facts), uri: file.uri });
      this.sync.currentCards(file.uri, objectiveId, file.objective, facts).forEach((card, index) => {
        cards.push({ ...card, uri: file.uri, keyResultId: file.objective?.keyResults[index]?.id ?? '' });
      });
    }
    return { objectives, cards, today: this.postedToday, reminderDays: this.postedReminderDays };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.webviewReady = false;
    clearTimeout(this.notYetPostedTimer);
    this.disposedEmitter.fire();
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
