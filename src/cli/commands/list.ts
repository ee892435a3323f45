import { parseArgs } from 'node:util';
import { objectiveRow, scoreDetails, type ObjectiveRow } from '../../core/report.js';
import { isQuarter } from '../../core/quarter.js';
import { formatScore, progressText } from '../../core/scoring.js';
import { displayPath, exitCodes, UsageError, type CliContext } from '../cliContext.js';
import { indexGoalFiles } from '../indexFiles.js';

const statusMark: Record<string, string> = { todo: '[ ]', doing: '[~]', done: '[x]', dropped: '[-]' };

export async function listCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, quarter: { type: 'string' } }, allowPositionals: true });
  if (values.quarter !== undefined && values.quarter !== 'backlog' && !isQuarter(values.quarter)) {
    throw new UsageError(`--quarter must look like 2026-Q4 (or "backlog"), not "${values.quarter}".`);
  }
  const rows = (await indexGoalFiles(positionals, context.cwd))
    .map(({ file, body }) => objectiveRow(file, displayPath(context, file.uri), body))
    .filter((row): row is ObjectiveRow => row !== undefined)
    .filter((row) => values.quarter === undefined || (values.quarter === 'backlog' ? row.quarter === undefined : row.quarter === values.quarter))
    // Newest quarter first, the unscheduled backlog last.
    .sort((a, b) => (b.quarter ?? '').localeCompare(a.quarter ?? '') || a.title.localeCompare(b.title));
  if (values.json) {
    context.out(JSON.stringify(rows, null, 2));
    return exitCodes.ok;
  }
  let quarter: string | undefined | null = null;
  for (const row of rows) {
    if (row.quarter !== quarter) {
      quarter = row.quarter;
      context.out(`\n${quarter ?? 'Backlog (unscheduled)'}`);
    }
    context.out(`  ${row.title}  [${row.status}] score ${formatScore(row.score)}${scoreDetails(row)}  (${row.file})`);
    for (const keyResult of row.keyResults) {
      const progress = keyResult.target !== undefined ? ` ${progressText(keyResult)}` : '';
      context.out(`    ${statusMark[keyResult.status]} ${keyResult.id}: ${keyResult.title}${progress}  grade ${formatScore(keyResult.grade)}`);
    }
  }
  if (rows.length === 0) context.err('No objectives found.');
  return exitCodes.ok;
}
