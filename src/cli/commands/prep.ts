import { parseArgs } from 'node:util';
import { linkCommits } from '../../core/commitEvidence.js';
import { oneOnOnePrep, prepJson, renderPrepMarkdown } from '../../core/oneOnOnePrep.js';
import { isIsoDate } from '../../core/quarter.js';
import { displayPath, exitCodes, UsageError, type CliContext } from '../cliContext.js';
import { GitCli } from '../gitCli.js';
import { indexGoalFiles, reportSkipped } from '../indexFiles.js';

/**
 * `growth-backlog prep`: notes for the next 1:1 on the current quarter's active objectives,
 * with the commits and goal-file history that git has (none outside a repository).
 */
export async function prepCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { since: { type: 'string' }, json: { type: 'boolean' }, format: { type: 'string' } },
    allowPositionals: true,
  });
  if (values.since !== undefined && !isIsoDate(values.since)) throw new UsageError(`--since is a date written YYYY-MM-DD, not "${values.since}".`);
  if (values.format !== undefined && values.format !== 'md' && values.format !== 'json') throw new UsageError(`--format is md or json, not "${values.format}".`);
  const { goals, bodies, skipped } = await indexGoalFiles(positionals, context.cwd, undefined, { fullBodies: true });
  const unreadable = reportSkipped(context, skipped);
  const entries = goals.flatMap((file) => {
    const body = bodies.get(file.uri)?.body;
    return file.objective && body ? [{ uri: file.uri, file: displayPath(context, file.uri), objective: file.objective, body }] : [];
  });
  const git = new GitCli(entries.map((entry) => entry.uri));
  const evidence = linkCommits(await git.linkedCommits(), entries);
  const prep = await oneOnOnePrep({ goals: entries, evidence, history: git, today: context.clock.today(), ...(values.since ? { since: values.since } : {}) });
  context.out(values.json || values.format === 'json' ? JSON.stringify(prepJson(prep), null, 2) : renderPrepMarkdown(prep));
  return unreadable ? exitCodes.problems : exitCodes.ok;
}
