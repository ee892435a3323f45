import { parseArgs } from 'node:util';
import { isQuarter } from '../../core/quarter.js';
import { objectiveRow, quarterReport, renderReportMarkdown, type ObjectiveRow } from '../../core/report.js';
import { displayPath, exitCodes, UsageError, type CliContext } from '../cliContext.js';
import { indexGoalFiles } from '../indexFiles.js';

export async function reportCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { quarter: { type: 'string' }, format: { type: 'string', default: 'md' } },
    allowPositionals: true,
  });
  if (!values.quarter || !isQuarter(values.quarter)) throw new UsageError('report needs --quarter YYYY-Qn, for example --quarter 2026-Q4.');
  if (values.format !== 'md' && values.format !== 'json') throw new UsageError(`--format is md or json, not "${values.format}".`);
  const goals = await indexGoalFiles(positionals, context.cwd);
  const rows = goals
    .map((file) => objectiveRow(file, displayPath(context, file.uri)))
    .filter((row): row is ObjectiveRow => row !== undefined)
    .sort((a, b) => a.title.localeCompare(b.title));
  const report = quarterReport(values.quarter, goals, rows);
  context.out(values.format === 'json' ? JSON.stringify(report, null, 2) : renderReportMarkdown(report));
  return exitCodes.ok;
}
