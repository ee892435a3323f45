import * as vscode from 'vscode';
import { BoardIds } from '../board/boardIds.js';
import type { Calendar } from '../calendar/localCalendar.js';
import { commandIds } from '../commandIds.js';
import { setGrade } from '../core/edits/setGrade.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { parseReviewWebviewMessage, type ReviewHostMessage, type ReviewViewModel, type ReviewWebviewMessage } from '../protocol/reviewProtocol.js';
import { webviewHtml } from '../webviewHtml.js';
import { receiveWebviewMessage } from '../webviewMessages.js';
import { applyGoalEdit } from '../writes/applyGoalEdit.js';
import { reviewViewModel } from './reviewModel.js';
import { reviewStrings } from './reviewStrings.js';
import { workspaceReview } from './workspaceReview.js';

export const reviewViewType = 'growthBacklog.quarterReview';

/** Where the review webview may load files from: the webview bundles and the extension's media. */
export function reviewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'out', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/**
 * One Quarter Review panel: it renders the shell, posts the review the core computes, and
 * answers the webview's messages (each validated, ids mapped through this panel's table):
 * review answers and grades go through the one write path, as undoable WorkspaceEdits.
 */
export class ReviewPanel implements vscode.Disposable {
  private readonly ids = new BoardIds();
  private readonly disposables: vscode.Disposable[] = [];
  private webviewReady = false;
  private posted: ReviewViewModel | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposedEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly goals: GoalWorkspace,
    private readonly calendar: Calendar,
    private readonly log: vscode.LogOutputChannel,
    extensionUri: vscode.Uri,
    private quarter: string,
  ) {
    panel.webview.options = { enableScripts: true, localResourceRoots: reviewResourceRoots(extensionUri) };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'growth-backlog.svg');
    const asset = (name: string): vscode.Uri => vscode.Uri.joinPath(extensionUri, 'out', 'webview', name);
    this.disposables.push(
      this.disposedEmitter,
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      goals.onDidChange(() => this.scheduleRefresh()),
      calendar.onDidChangeDay(() => this.scheduleRefresh()),
      panel.onDidDispose(() => this.dispose()),
    );
    panel.title = vscode.l10n.t('Quarter Review {0}', quarter);
    panel.webview.html = webviewHtml(panel.webview, { title: vscode.l10n.t('Quarter Review'), rootId: 'review-root', script: asset('review.js'), styles: asset('review.css'), codicons: asset('codicon.css') });
  }

  get currentQuarter(): string {
    return this.quarter;
  }

  /** Brings the panel forward on `quarter`. */
  async show(quarter: string): Promise<void> {
    this.panel.reveal();
    if (quarter === this.quarter) return;
    this.quarter = quarter;
    await this.postReview();
  }

  /** The view model last posted to the webview (for tests), and the goal file behind an id. */
  modelForTests(): ReviewViewModel | undefined {
    return this.posted;
  }

  uriOf(id: string): string | undefined {
    return this.ids.objective(id) ?? this.ids.card(id)?.uri;
  }

  /** Handles a message as if the webview had sent it (validation included). */
  async receive(raw: unknown): Promise<void> {
    await receiveWebviewMessage(raw, { name: 'Review', parse: parseReviewWebviewMessage, handle: (message) => this.handle(message), log: this.log });
  }

  private post(message: ReviewHostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private async handle(message: ReviewWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        // The words first, so the review is drawn in the display language (src/protocol/webviewStrings.ts).
        this.post({ type: 'strings', strings: reviewStrings() });
        return this.postReview();
      case 'showQuarter':
        this.quarter = message.quarter;
        this.panel.title = vscode.l10n.t('Quarter Review {0}', message.quarter);
        return this.postReview();
      case 'saveAnswers':
        return this.saveAnswers(message.requestId, message.objectiveId, { achieved: message.achieved, formulation: message.formulation });
      case 'setGrade':
        return this.setGrade(message.requestId, message.keyResultId, message.grade);
      case 'openObjective': {
        const uri = this.ids.objective(message.objectiveId);
        if (!uri) return this.log.warn(`Dropped openObjective for unknown objective id ${message.objectiveId}`);
        await vscode.window.showTextDocument(vscode.Uri.parse(uri), { viewColumn: vscode.ViewColumn.Beside, preview: false });
        return;
      }
      case 'export':
        await vscode.commands.executeCommand(commandIds.exportQuarterReview, { quarter: this.quarter });
        return;
    }
  }

  private async saveAnswers(requestId: number, objectiveId: string, answers: { achieved: string; formulation: string }): Promise<void> {
    const uri = this.ids.objective(objectiveId);
    const objective = this.posted?.objectives.find((candidate) => candidate.id === objectiveId);
    if (!uri || !objective) return this.refuse(requestId, vscode.l10n.t('This objective is no longer in the review.'));
    // A closed quarter's written answers are a record; an empty one may still be filled in.
    for (const question of ['achieved', 'formulation'] as const) {
      if (objective.answersLocked[question] && answers[question].trim() !== objective.answers[question]) {
        return this.refuse(requestId, vscode.l10n.t('{0} is over: its written answers are a record and are not rewritten from here.', this.quarter));
      }
    }
    const outcome = await applyGoalEdit(uri, (text) => this.goals.markdown.bodyEdits().setReviewAnswers(text, answers), { label: vscode.l10n.t('Write quarter review') });
    this.answer(requestId, outcome);
  }

  private async setGrade(requestId: number, keyResultId: string, grade: number): Promise<void> {
    const ref = this.ids.card(keyResultId);
    const keyResult = this.posted?.objectives.flatMap((objective) => objective.keyResults).find((candidate) => candidate.id === keyResultId);
    if (!ref || !keyResult) return this.refuse(requestId, vscode.l10n.t('This key result is no longer in the review.'));
    if (keyResult.gradeLocked) return this.refuse(requestId, vscode.l10n.t('{0} is over: its grades are a record and are not changed from here.', this.quarter));
    const outcome = await applyGoalEdit(ref.uri, (text) => setGrade(text, { keyResultId: ref.keyResultId, grade }), { label: vscode.l10n.t('Grade {0}', ref.keyResultId) });
    this.answer(requestId, outcome);
  }

  private refuse(requestId: number, reason: string): void {
    this.post({ type: 'saveResult', requestId, ok: false, reason });
  }

  private answer(requestId: number, outcome: { applied: true } | { applied: false; reason: string }): void {
    this.post(outcome.applied ? { type: 'saveResult', requestId, ok: true } : { type: 'saveResult', requestId, ok: false, reason: outcome.reason });
    // The edit reaches the index a moment later; the review is posted again from there.
    this.scheduleRefresh();
  }

  private scheduleRefresh(): void {
    if (!this.webviewReady || this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.postReview();
    }, 50);
  }

  private async postReview(): Promise<void> {
    if (!this.webviewReady || this.disposed) return;
    const quarter = this.quarter;
    const { review, quarters } = await workspaceReview(this.goals, quarter);
    if (quarter !== this.quarter || this.disposed) return;
    const model = reviewViewModel(review, this.ids, quarters, this.calendar.today());
    if (JSON.stringify(model) === JSON.stringify(this.posted)) return;
    this.posted = model;
    this.post({ type: 'review', review: model });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.webviewReady = false;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.disposedEmitter.fire();
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
