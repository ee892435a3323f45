import { parseArgs } from 'node:util';
import { isQuarter } from '../../core/quarter.js';
import { objectiveRow, quarterReport, renderReportMarkdown, type ObjectiveRow } from '../../core/report.js';
import { displayPath, exitCodes, UsageError, type CliContext } from '../cliContext.js';
import { loadCareerFramework } from '../careerFrameworkFile.js';
import { cliHints, hintSettingsFromOptions } from '../cliHints.js';
import { findMarkdownFiles } from '../findMarkdownFiles.js';
import { indexGoalFiles } from '../indexFiles.js';

export async function reportCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { quarter: { type: 'string' }, format: { type: 'string', default: 'md' }, hint: { type: 'string', multiple: true }, framework: { type: 'string' } },
    allowPositionals: true,
  });
  if (!values.quarter || !isQuarter(values.quarter)) throw new UsageError('report needs --quarter YYYY-Qn, for example --quarter 2026-Q4.');
  if (values.format !== 'md' && values.format !== 'json') throw new UsageError(`--format is md or json, not "${values.format}".`);
  const files = await findMarkdownFiles(positionals, context.cwd);
  const goals = await indexGoalFiles(positionals, context.cwd, files);
  const loaded = await loadCareerFramework(values.framework, context.cwd, files);
  // The review talks about the same hints as the editor's Problems panel and `lint`.
  const hints = cliHints(goals, context.clock.today(), hintSettingsFromOptions(values.hint), loaded?.framework);
  const rows = goals
    .map(({ file, body }) => {
      const row = objectiveRow(file, displayPath(context, file.uri), body);
      const found = (hints.get(file.uri) ?? []).map(({ code, message }) => ({ code, message }));
      return row && found.length > 0 ? { ...row, hints: found } : row;
    })
    .filter((row): row is ObjectiveRow => row !== undefined)
    .sort((a, b) => a.title.localeCompare(b.title));
  const report = quarterReport(values.quarter, goals.map((goal) => goal.file), rows);
  context.out(values.format === 'json' ? JSON.stringify(report, null, 2) : renderReportMarkdown(report));
  return exitCodes.ok;
}
