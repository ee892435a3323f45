import * as vscode from 'vscode';
import { parseGoalFile } from '../core/parse.js';
import { diagnosticSource } from './goalDiagnosticsPublisher.js';
import { hasHintFixes, hintFixesFor, isFixable, quickFixFor, type QuickFix } from './quickFixes.js';

/**
 * Quick fixes for Growth Backlog diagnostics whose fix is certain. The diagnostic is
 * re-read from the document's current text (front-matter parsing is cheap) so the fix
 * works on exact offsets even if the published range is a moment old.
 */
export class GoalQuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === diagnosticSource && typeof diagnostic.code === 'string');
    const wanted = ours.filter((diagnostic) => isFixable(diagnostic.code as string));
    const hinted = ours.filter((diagnostic) => hasHintFixes(diagnostic.code as string));
    if (wanted.length === 0 && hinted.length === 0) return [];
    const text = document.getText();
    const toAction = (fix: QuickFix, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction => {
      const edit = new vscode.WorkspaceEdit();
      for (const change of fix.edits) edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = edit;
      action.diagnostics = [diagnostic];
      action.isPreferred = preferred;
      return action;
    };
    const hintActions = hinted.flatMap((diagnostic) => hintFixesFor(text, diagnostic.code as string).map((fix, index) => toAction(fix, diagnostic, index === 0)));
    if (wanted.length === 0) return hintActions;
    const fresh = parseGoalFile(document.uri.toString(), 'quick-fix', text).diagnostics;
    const tabSize = vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.options.tabSize;
    const fixContext = typeof tabSize === 'number' ? { tabSize } : {};
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of wanted) {
      const onLine = fresh.filter((candidate) => candidate.code === diagnostic.code && candidate.range.line - 1 === diagnostic.range.start.line);
      // Two on one line (`{titel: a, stauts: b}`): the one at the same column.
      const source = onLine.find((candidate) => candidate.range.column - 1 === diagnostic.range.start.character) ?? onLine[0];
      const fix = source && quickFixFor(text, { code: source.code, start: source.range.start, end: source.range.end }, fixContext);
      if (!fix) continue;
      actions.push(toAction(fix, diagnostic, true));
    }
    return [...actions, ...hintActions];
  }
}
