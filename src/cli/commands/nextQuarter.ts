import { access } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { closingKeyResultStatuses, type ClosingKeyResultStatus } from '../../core/edits/closeObjective.js';
import { isQuarter } from '../../core/quarter.js';
import { isEmptyPlan, planNextQuarter, type ClosingObjectiveStatus, type RolloverGoal } from '../../core/rollover/nextQuarterPlan.js';
import { describePlan } from '../../core/rollover/planText.js';
import { applyTextEdits } from '../../core/textEdit.js';
import { exitCodes, UsageError, type CliContext } from '../cliContext.js';
import { indexGoalFiles } from '../indexFiles.js';
import { readUtf8, writeFilesAtomically } from '../multiFileWrite.js';

const usage = 'usage: growth-backlog next-quarter --from YYYY-Qn [paths…] [--carry FILE]… [--close done|dropped] [--close-key-results done|dropped] [--dry-run]';

// The plan works on `/`-separated absolute paths; on Windows `C:\goals\a.md` is `/C:/goals/a.md` there.
const toPlanPath = (path: string): string => (sep === '/' ? path : `/${path.split(sep).join('/')}`);
const fromPlanPath = (path: string): string => (sep === '/' ? path : path.slice(1).split('/').join(sep));

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} is ${allowed.join(' or ')}, not "${value}".`);
  return value as T;
}

/**
 * Closes a quarter and starts the next: the plan is computed first and printed; with
 * --dry-run that is all, otherwise every file is checked and then written atomically.
 * A plan that cannot be made (a file to carry that is not an open objective of the quarter,
 * a file that cannot be edited) exits 2 with the reason and writes nothing.
 */
export async function nextQuarterCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      carry: { type: 'string', multiple: true },
      close: { type: 'string' },
      'close-key-results': { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  if (!values.from || !isQuarter(values.from)) throw new UsageError(`next-quarter needs --from YYYY-Qn, the quarter to close.\n${usage}`);
  const close = oneOf<ClosingObjectiveStatus>(values.close, ['done', 'dropped'], '--close');
  const closeKeyResults = oneOf<ClosingKeyResultStatus>(values['close-key-results'], closingKeyResultStatuses, '--close-key-results');
  if (closeKeyResults && !close) throw new UsageError('--close-key-results closes the key results of the objectives that --close closes: give --close too.');

  const goals: RolloverGoal[] = (await indexGoalFiles(positionals, context.cwd)).flatMap(({ file }) => (file.objective ? [{ path: toPlanPath(file.uri), objective: file.objective }] : []));
  const result = await planNextQuarter(
    goals,
    {
      readText: (path) => readUtf8(fromPlanPath(path)),
      exists: (path) => access(fromPlanPath(path)).then(
        () => true,
        () => false,
      ),
    },
    { from: values.from, carry: (values.carry ?? []).map((file) => toPlanPath(resolve(context.cwd, file))), ...(close ? { close } : {}), ...(closeKeyResults ? { closeKeyResults } : {}) },
  );
  const display = (path: string) => relative(context.cwd, fromPlanPath(path)) || fromPlanPath(path);
  if (!result.ok) {
    const message = goals.reduce((text, goal) => text.split(goal.path).join(display(goal.path)), result.message);
    context.err(`growth-backlog next-quarter: ${message} (nothing written)`);
    return exitCodes.usage;
  }
  const { plan } = result;
  const lines = describePlan(plan, display);
  if (values['dry-run'] || isEmptyPlan(plan)) {
    context.out([`${values['dry-run'] ? 'Would close' : 'Closing'} ${plan.closing} and start ${plan.next}:`, ...lines.map((line) => `  ${line}`)].join('\n'));
    return exitCodes.ok;
  }
  const outcome = await writeFilesAtomically(
    plan.edits.map((edit) => ({ path: fromPlanPath(edit.path), expected: edit.text, text: applyTextEdits(edit.text, edit.edits) })),
    plan.creations.map((creation) => ({ path: fromPlanPath(creation.path), text: creation.text })),
  );
  if (!outcome.ok) {
    context.err(`growth-backlog next-quarter: ${outcome.reason}`);
    return exitCodes.usage;
  }
  context.out([`Closed ${plan.closing} and started ${plan.next}:`, ...lines.map((line) => `  ${line}`)].join('\n'));
  return exitCodes.ok;
}
