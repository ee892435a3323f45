import { parseArgs } from 'node:util';
import { isQuarter } from '../../core/quarter.js';
import { quarterReview } from '../../core/quarterReview.js';
import { renderQuarterReviewMarkdown } from '../../core/quarterReviewMarkdown.js';
import { objectiveRow, quarterReport, type ObjectiveRow } from '../../core/report.js';
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
  if (values.format === 'md') {
    // The same document the Quarter Review view exports.
    const reviewGoals = goals.flatMap(({ file, body }) => (file.objective ? [{ uri: file.uri, objective: file.objective, body: body.body }] : []));
    context.out(renderQuarterReviewMarkdown(quarterReview(values.quarter, reviewGoals)));
    return exitCodes.ok;
  }
  const rows = goals
    .map(({ file, body }) => objectiveRow(file, displayPath(context, file.uri), body))
    .filter((row): row is ObjectiveRow => row !== undefined)
    .sort((a, b) => a.title.localeCompare(b.title));
  context.out(JSON.stringify(quarterReport(values.quarter, goals.map((goal) => goal.file), rows), null, 2));
  return exitCodes.ok;
}
