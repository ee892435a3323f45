import * as vscode from 'vscode';
import { diagnosticSource } from '../diagnostics/goalDiagnosticsPublisher.js';
import type { CareerFrameworks } from './careerFrameworks.js';

const severities = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information } as const;

/** Problems of the framework files themselves (duplicate ids, items without a description…) in Problems. */
export function publishFrameworkDiagnostics(frameworks: CareerFrameworks): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('growth-backlog-career-framework');
  const publish = (): void => {
    collection.clear();
    for (const loaded of frameworks.all()) {
      collection.set(
        loaded.uri,
        loaded.framework.diagnostics.map((problem) => {
          const start = new vscode.Position(problem.range.line - 1, problem.range.column - 1);
          const diagnostic = new vscode.Diagnostic(new vscode.Range(start, start.translate(0, Math.max(1, problem.range.end - problem.range.start))), problem.message, severities[problem.severity]);
          diagnostic.code = problem.code;
          diagnostic.source = diagnosticSource;
          return diagnostic;
        }),
      );
    }
  };
  const listener = frameworks.onDidChange(publish);
  publish();
  return vscode.Disposable.from(collection, listener);
}
