import { parseArgs } from 'node:util';
import { isQuarter } from '../../core/quarter.js';
import { quarterReview } from '../../core/quarterReview.js';
import { renderQuarterReviewMarkdown } from '../../core/quarterReviewMarkdown.js';
import { objectiveRow, quarterReport, type ObjectiveRow } from '../../core/report.js';
import { displayPath, exitCodes, UsageError, type CliContext } from '../cliContext.js';
import { loadCareerFramework } from '../careerFrameworkFile.js';
import { cliHints, hintSettingsFromOptions } from '../cliHints.js';
import { indexGoalFiles, listMarkdownFiles, reportSkipped } from '../indexFiles.js';

export async function reportCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { quarter: { type: 'string' }, format: { type: 'string', default: 'md' }, hint: { type: 'string', multiple: true }, framework: { type: 'string' } },
    allowPositionals: true,
  });
  if (!values.quarter || !isQuarter(values.quarter)) throw new UsageError('report needs --quarter YYYY-Qn, for example --quarter 2026-Q4.');
  if (values.format !== 'md' && values.format !== 'json') throw new UsageError(`--format is md or json, not "${values.format}".`);
  const listing = await listMarkdownFiles(positionals, context.cwd);
  // Markdown is the quarter review, which quotes check-ins and the review: whole bodies.
  const { goals, bodies, skipped } = await indexGoalFiles(positionals, context.cwd, listing, { fullBodies: values.format === 'md' });
  const unreadable = reportSkipped(context, skipped);
  const loaded = await loadCareerFramework(values.framework, context.cwd, listing.files);
  // The review talks about the same hints as the editor's Problems panel and `lint`.
  const hints = await cliHints(goals, context.clock.today(), hintSettingsFromOptions(values.hint), loaded?.framework);
  const hintsOf = (uri: string) => (hints.get(uri) ?? []).map(({ code, message }) => ({ code, message }));
  if (values.format === 'md') {
    // The same document the Quarter Review view exports.
    const reviewGoals = goals.flatMap((file) => {
      const body = bodies.get(file.uri)?.body;
      return file.objective ? [{ uri: file.uri, objective: file.objective, ...(body ? { body } : {}), hints: hintsOf(file.uri) }] : [];
    });
    context.out(renderQuarterReviewMarkdown(quarterReview(values.quarter, reviewGoals)));
    return unreadable ? exitCodes.problems : exitCodes.ok;
  }
  const rows = goals
    .map((file) => {
      const row = objectiveRow(file, displayPath(context, file.uri));
      const found = hintsOf(file.uri);
      return row && found.length > 0 ? { ...row, hints: found } : row;
    })
    .filter((row): row is ObjectiveRow => row !== undefined)
    .sort((a, b) => a.title.localeCompare(b.title));
  context.out(JSON.stringify(quarterReport(values.quarter, goals, rows), null, 2));
  return unreadable ? exitCodes.problems : exitCodes.ok;
}
