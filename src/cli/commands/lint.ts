import { parseArgs } from 'node:util';
import { displayPath, exitCodes, type CliContext } from '../cliContext.js';
import { loadCareerFramework } from '../careerFrameworkFile.js';
import { cliHints, hintSettingsFromOptions } from '../cliHints.js';
import { indexGoalFiles, listMarkdownFiles, reportSkipped } from '../indexFiles.js';
import { terminalLine } from '../terminalText.js';
import type { GoalHint } from '../../core/hints/goalHints.js';

interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export async function lintCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, 'no-hints': { type: 'boolean' }, hint: { type: 'string', multiple: true }, framework: { type: 'string' } },
    allowPositionals: true,
  });
  const settings = hintSettingsFromOptions(values.hint);
  const listing = await listMarkdownFiles(positionals, context.cwd);
  const { goals, skipped } = await indexGoalFiles(positionals, context.cwd, listing);
  const loaded = await loadCareerFramework(values.framework, context.cwd, listing.files);
  const hints = values['no-hints'] ? new Map<string, GoalHint[]>() : await cliHints(goals, context.clock.today(), settings, loaded?.framework);
  const problems: Problem[] = goals.flatMap((file) =>
    [...file.diagnostics, ...(file.body?.diagnostics ?? []), ...(hints.get(file.uri) ?? [])].map((diagnostic) => ({
      file: displayPath(context, file.uri),
      line: diagnostic.range.line,
      column: diagnostic.range.column,
      severity: diagnostic.severity,
      code: diagnostic.code,
      message: diagnostic.message,
    })),
  );
  const unreadable = reportSkipped(context, skipped);
  if (loaded) {
    for (const diagnostic of loaded.framework.diagnostics) {
      const { line, column } = diagnostic.range;
      problems.push({ file: displayPath(context, loaded.path), line, column, severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message });
    }
  }
  if (values.json) context.out(JSON.stringify(problems, null, 2));
  else {
    for (const p of problems) context.out(terminalLine(`${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code}: ${p.message}`));
    const errors = problems.filter((p) => p.severity === 'error').length;
    const hintCount = problems.filter((p) => p.severity === 'hint').length;
    const others = problems.length - errors - hintCount;
    context.err(`${plural(goals.length, 'goal file')} checked: ${plural(errors, 'error')}, ${plural(others, 'other problem')}, ${plural(hintCount, 'hint')}.`);
  }
  // Hints and warnings are advice: only errors (and a named file that cannot be read) fail a pre-commit hook or a CI run.
  return unreadable || problems.some((p) => p.severity === 'error') ? exitCodes.problems : exitCodes.ok;
}
