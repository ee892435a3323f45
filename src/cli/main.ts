import { careerCommand } from './commands/career.js';
import { checkinCommand, gradeCommand, moveCommand } from './commands/edit.js';
import { lintCommand } from './commands/lint.js';
import { listCommand } from './commands/list.js';
import { nextQuarterCommand } from './commands/nextQuarter.js';
import { prepCommand } from './commands/prep.js';
import { reportCommand } from './commands/report.js';
import { exitCodes, UsageError, type CliContext } from './cliContext.js';
import { terminalText } from './terminalText.js';
import { commandHelp } from './commandHelp.js';
import { version } from '../../package.json';

const usage = `growth-backlog — personal goals, OKR-style, in Markdown

Usage:
  growth-backlog lint [paths…] [--json] [--no-hints] [--hint CODE=on|off]…
                                                        report problems and hints (exit 1 on errors only)
  growth-backlog list [paths…] [--quarter Q] [--json]   objectives and key results
  growth-backlog grade <file> <kr-id> <0..1>            grade a key result
  growth-backlog grade <file> <kr-id> --clear           remove its grade
  growth-backlog move <file> <kr-id> <todo|doing|done|dropped>
  growth-backlog checkin <file> --progress TEXT [--next TEXT] [--confidence 0..1|N%] [--date YYYY-MM-DD]
  growth-backlog report --quarter Q [paths…] [--format md|json]
  growth-backlog next-quarter --from Q [paths…] [--carry FILE]… [--close done|dropped]
                 [--close-key-results done|dropped] [--dry-run]
                                                        close a quarter, carry objectives on
  growth-backlog prep [paths…] [--since YYYY-MM-DD] [--json | --format md]
                                                        1:1 notes on the current quarter's active objectives
  growth-backlog career [paths…] [--json | --format md] [--framework FILE]
                                                        evidence per competency of the career framework
  growth-backlog <command> --help                       options of one command
  growth-backlog --version

Paths default to the current folder, searched recursively (node_modules and .git skipped).
Exit codes: 0 ok, 1 problems found or a named file unreadable, 2 usage error or refused
edit (file untouched). Edits are atomic; parallel runs on one file take turns.`;

const commands = {
  lint: lintCommand,
  list: listCommand,
  grade: gradeCommand,
  move: moveCommand,
  checkin: checkinCommand,
  report: reportCommand,
  'next-quarter': nextQuarterCommand,
  prep: prepCommand,
  career: careerCommand,
} satisfies Record<string, (args: string[], context: CliContext) => Promise<number>>;

/** Every command needs its `--help` text in commandHelp.ts; the type makes that a compile error. */
export type CommandName = keyof typeof commands;

const isCommandName = (name: string): name is CommandName => Object.hasOwn(commands, name);

export async function runCli(argv: readonly string[], terminal: CliContext): Promise<number> {
  // Every line goes out through terminalText: goal text never reaches the terminal as a control character.
  const context: CliContext = { ...terminal, out: (text) => terminal.out(terminalText(text)), err: (text) => terminal.err(terminalText(text)) };
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? context.err : context.out)(usage);
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (name === '--version' || name === '-v') {
    context.out(version);
    return exitCodes.ok;
  }
  if (!isCommandName(name)) {
    context.err(`Unknown command "${name}".\n\n${usage}`);
    return exitCodes.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    context.out(commandHelp[name]);
    return exitCodes.ok;
  }
  const command = commands[name];
  try {
    return await command(args, context);
  } catch (error) {
    // parseArgs reports unknown options with a TypeError carrying an ERR_PARSE_ARGS_* code.
    const isUsage = error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    context.err(`growth-backlog ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return isUsage || (error instanceof Error && error.message.startsWith('No such file')) ? exitCodes.usage : exitCodes.problems;
  }
}
