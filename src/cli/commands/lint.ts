import { parseArgs } from 'node:util';
import { displayPath, exitCodes, type CliContext } from '../cliContext.js';
import { indexGoalFiles } from '../indexFiles.js';

export async function lintCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  const goals = await indexGoalFiles(positionals, context.cwd);
  const problems = goals.flatMap((file) =>
    [...file.diagnostics, ...(file.body?.diagnostics ?? [])].map((diagnostic) => ({
      file: displayPath(context, file.uri),
      line: diagnostic.range.line,
      column: diagnostic.range.column,
      severity: diagnostic.severity,
      code: diagnostic.code,
      message: diagnostic.message,
    })),
  );
  if (values.json) context.out(JSON.stringify(problems, null, 2));
  else {
    for (const p of problems) context.out(`${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code}: ${p.message}`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    context.err(`${goals.length} goal file${goals.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} other problem${problems.length - errors === 1 ? '' : 's'}.`);
  }
  return problems.some((p) => p.severity === 'error') ? exitCodes.problems : exitCodes.ok;
}
