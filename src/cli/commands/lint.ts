import { parseArgs } from 'node:util';
import { displayPath, exitCodes, type CliContext } from '../cliContext.js';
import { loadCareerFramework } from '../careerFrameworkFile.js';
import { cliHints, hintSettingsFromOptions } from '../cliHints.js';
import { findMarkdownFiles } from '../findMarkdownFiles.js';
import { indexGoalFiles } from '../indexFiles.js';

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
  const files = await findMarkdownFiles(positionals, context.cwd);
  const goals = await indexGoalFiles(positionals, context.cwd, files);
  const loaded = await loadCareerFramework(values.framework, context.cwd, files);
  const hints = values['no-hints'] ? new Map() : cliHints(goals, context.clock.today(), settings, loaded?.framework);
  const problems: Problem[] = goals.flatMap(({ file, body }) =>
    [...file.diagnostics, ...(file.objective ? body.diagnostics : []), ...(hints.get(file.uri) ?? [])].map((diagnostic) => ({
      file: displayPath(context, file.uri),
      line: diagnostic.range.line,
      column: diagnostic.range.column,
      severity: diagnostic.severity,
      code: diagnostic.code,
      message: diagnostic.message,
    })),
  );
  if (loaded) {
    for (const diagnostic of loaded.framework.diagnostics) {
      const { line, column } = diagnostic.range;
      problems.push({ file: displayPath(context, loaded.path), line, column, severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message });
    }
  }
  if (values.json) context.out(JSON.stringify(problems, null, 2));
  else {
    for (const p of problems) context.out(`${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code}: ${p.message}`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const hintCount = problems.filter((p) => p.severity === 'hint').length;
    const others = problems.length - errors - hintCount;
    context.err(`${plural(goals.length, 'goal file')} checked: ${plural(errors, 'error')}, ${plural(others, 'other problem')}, ${plural(hintCount, 'hint')}.`);
  }
  // Hints and warnings are advice: only errors fail a pre-commit hook or a CI run.
  return problems.some((p) => p.severity === 'error') ? exitCodes.problems : exitCodes.ok;
}
