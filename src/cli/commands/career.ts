import { parseArgs } from 'node:util';
import { careerEvidence, renderCareerEvidenceMarkdown } from '../../core/careerEvidence.js';
import { displayPath, exitCodes, UsageError, type CliContext } from '../cliContext.js';
import { defaultFrameworkName, loadCareerFramework } from '../careerFrameworkFile.js';
import { findMarkdownFiles } from '../findMarkdownFiles.js';
import { indexGoalFiles } from '../indexFiles.js';

/** `growth-backlog career`: the evidence per competency of the career framework. */
export async function careerCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, format: { type: 'string' }, framework: { type: 'string' } },
    allowPositionals: true,
  });
  const format = values.json ? 'json' : (values.format ?? 'md');
  if (format !== 'md' && format !== 'json') throw new UsageError(`--format is md or json, not "${format}".`);
  const files = await findMarkdownFiles(positionals, context.cwd);
  const loaded = await loadCareerFramework(values.framework, context.cwd, files);
  if (!loaded) throw new UsageError(`No ${defaultFrameworkName} found under the given paths; point at one with --framework FILE.`);
  for (const diagnostic of loaded.framework.diagnostics) {
    context.err(`${displayPath(context, loaded.path)}:${diagnostic.range.line}:${diagnostic.range.column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  }
  const goals = (await indexGoalFiles(positionals, context.cwd, files)).flatMap(({ file, body }) =>
    file.objective ? [{ file: displayPath(context, file.uri), objective: file.objective, body: body.body }] : [],
  );
  context.out(format === 'json' ? JSON.stringify(careerEvidence(loaded.framework, goals), null, 2) : renderCareerEvidenceMarkdown(loaded.framework, goals, displayPath(context, loaded.path)));
  return exitCodes.ok;
}
