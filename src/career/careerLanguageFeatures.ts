import * as vscode from 'vscode';
import type { Competency } from '../core/careerFramework.js';
import { closestMatches } from '../core/closestMatches.js';
import { replaceCareerId } from '../core/edits/replaceCareerId.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { diagnosticSource } from '../diagnostics/goalDiagnosticsPublisher.js';
import { markdownInlineText } from '../core/markdownText.js';
import { careerFieldAt } from './careerField.js';
import type { CareerFrameworks } from './careerFrameworks.js';

/** A competency as hover and completion documentation: name, area, description, level expectations. Framework text is escaped. */
export function competencyMarkdown(competency: Competency): vscode.MarkdownString {
  const lines = [
    `**${markdownInlineText(competency.name ?? competency.id)}** \`${competency.id}\`${competency.area ? ` — ${markdownInlineText(competency.area)}` : ''}`,
    '',
    markdownInlineText(competency.description),
  ];
  if (competency.levels.length > 0) lines.push('', ...competency.levels.map((level) => `- **${markdownInlineText(level.level)}:** ${markdownInlineText(level.expectation)}`));
  const markdown = new vscode.MarkdownString(lines.join('\n'));
  markdown.supportHtml = false;
  markdown.isTrusted = false;
  return markdown;
}

/** Completion of competency ids inside `career:` of goal files. */
export class CareerCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly frameworks: CareerFrameworks) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const loaded = this.frameworks.forUri(document.uri);
    if (!loaded) return undefined;
    const field = careerFieldAt(document.getText(), document.offsetAt(position));
    if (!field) return undefined;
    const range = new vscode.Range(document.positionAt(field.start), document.positionAt(field.end));
    const present = new Set(field.present);
    return loaded.framework.competencies
      .filter((competency) => !present.has(competency.id))
      .map((competency, index) => {
        const item = new vscode.CompletionItem({ label: competency.id, description: competency.name ?? competency.area }, vscode.CompletionItemKind.EnumMember);
        item.range = range;
        item.detail = [competency.name, competency.area].filter(Boolean).join(' — ') || undefined;
        item.documentation = competencyMarkdown(competency);
        // The framework's own order, not the alphabet: areas stay together.
        item.sortText = String(index).padStart(4, '0');
        item.filterText = `${competency.id} ${competency.name ?? ''}`;
        return item;
      });
  }
}

/** Hover on an id inside `career:`: what the competency means, or that the framework does not know it. */
export class CareerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly frameworks: CareerFrameworks) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const loaded = this.frameworks.forUri(document.uri);
    const field = loaded ? careerFieldAt(document.getText(), document.offsetAt(position)) : undefined;
    if (!loaded || !field?.word) return undefined;
    const range = new vscode.Range(document.positionAt(field.start), document.positionAt(field.end));
    const competency = loaded.framework.competencies.find((candidate) => candidate.id === field.word);
    if (competency) return new vscode.Hover(competencyMarkdown(competency), range);
    const suggestions = closestMatches(field.word, loaded.framework.competencies.map((candidate) => candidate.id));
    const word = markdownInlineText(field.word);
    const text =
      suggestions.length > 0
        ? vscode.l10n.t('"{0}" is not in the career framework. Did you mean {1}?', word, suggestions.map((id) => `\`${id}\``).join(vscode.l10n.t({ message: ' or ', comment: ['Between suggested ids: `a` or `b`'] })))
        : vscode.l10n.t('"{0}" is not in the career framework.', word);
    return new vscode.Hover(new vscode.MarkdownString(text), range);
  }
}

/** Quick fixes for `unknown-career-id`: replace exactly that id with one of the closest known ids. */
export class CareerIdQuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly frameworks: CareerFrameworks,
    private readonly goals: GoalWorkspace,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const wanted = context.diagnostics.filter((diagnostic) => diagnostic.source === diagnosticSource && diagnostic.code === 'unknown-career-id');
    const loaded = this.frameworks.forUri(document.uri);
    if (wanted.length === 0 || !loaded || !this.goals.index.get(document.uri.toString())?.objective) return [];
    const text = document.getText();
    const known = loaded.framework.competencies.map((competency) => competency.id);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of wanted) {
      // Read the id from the text where the diagnostic points now, not from a message that may be a moment old.
      const field = careerFieldAt(text, document.offsetAt(diagnostic.range.start) + 1);
      if (!field?.word || known.includes(field.word)) continue;
      closestMatches(field.word, known).forEach((id, index) => {
        const result = replaceCareerId(text, { from: field.word, to: id });
        if (!result.ok || result.edits.length === 0) return;
        const edit = new vscode.WorkspaceEdit();
        for (const change of result.edits) edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
        const action = new vscode.CodeAction(vscode.l10n.t('Change "{0}" to "{1}"', field.word, id), vscode.CodeActionKind.QuickFix);
        action.edit = edit;
        action.diagnostics = [diagnostic];
        action.isPreferred = index === 0;
        actions.push(action);
      });
    }
    return actions;
  }
}
