// What `growth-backlog <command> --help` prints: each command's arguments and options.
import type { CommandName } from './main.js';

const pathsNote = 'Paths default to the current folder, searched recursively (node_modules and .git skipped).';
const editNote = 'Only the value you change is written; comments, key order and the Markdown body stay as they are.\nA bad value, an unknown id or a file that does not parse exits 2 and leaves the file untouched.';

export const commandHelp: Readonly<Record<CommandName, string>> = {
  lint: `Usage: growth-backlog lint [paths…] [--json] [--no-hints] [--hint CODE=on|off]… [--framework FILE]

Checks goal files for format problems and goal-quality hints. Hints never change the exit code.

Options:
  --json              print [{file,line,column,severity,code,message}] instead of one line per problem
  --no-hints          report format problems only
  --hint CODE=on|off  turn one hint on or off (repeatable; codes in docs/goal-format.md)
  --framework FILE    the career framework to check career ids against
                      (default: a career-framework.md found under the paths)

${pathsNote}
Exit codes: 0 no errors, 1 errors found, 2 usage error.`,

  list: `Usage: growth-backlog list [paths…] [--quarter 2026-Q4|backlog] [--json]

Lists objectives with their score and key results.

Options:
  --quarter Q   only this quarter (YYYY-Qn), or "backlog" for unscheduled objectives
  --json        print the objectives as JSON

${pathsNote}`,

  grade: `Usage: growth-backlog grade <file> <kr-id> <grade>
       growth-backlog grade <file> <kr-id> --clear

Sets a key result's grade, a number from 0.0 to 1.0 (0.7 counts as success).

Options:
  --clear   remove the grade instead

${editNote}`,

  move: `Usage: growth-backlog move <file> <kr-id> <todo|doing|done|dropped>

Sets a key result's status.

${editNote}`,

  checkin: `Usage: growth-backlog checkin <file> --progress TEXT [--next TEXT] [--confidence 0..1] [--date YYYY-MM-DD]

Adds a dated check-in under the objective's "## Check-ins" heading.

Options:
  --progress TEXT     what moved since the last check-in (required)
  --next TEXT         the next steps
  --confidence 0..1   how likely the objective is to be met
  --date YYYY-MM-DD   the check-in's date (default: today)

${editNote}`,

  report: `Usage: growth-backlog report --quarter Q [paths…] [--format md|json] [--hint CODE=on|off]… [--framework FILE]

The quarter review: the quarter's score and calibration, and per objective its score, key
results, check-ins, the hints to talk about and the review's answers (the same document the
Quarter Review view exports). JSON gives the scores, check-in counts and hints per objective.

Options:
  --quarter Q         the quarter, YYYY-Qn (required)
  --format md|json    Markdown (default) or JSON
  --hint CODE=on|off  turn one hint on or off (repeatable)
  --framework FILE    the career framework to check career ids against

${pathsNote}`,

  'next-quarter': `Usage: growth-backlog next-quarter --from YYYY-Qn [paths…] [--carry FILE]… [--close done|dropped]
                   [--close-key-results done|dropped] [--dry-run]

Closes a quarter and starts the next: prints the plan, then writes it (every file is checked
first, then written atomically; a plan that cannot be made writes nothing and exits 2).

Options:
  --from YYYY-Qn                     the quarter that ends (required)
  --carry FILE                       an open objective of that quarter to carry into the next (repeatable)
  --close done|dropped               what the quarter's other open objectives become
  --close-key-results done|dropped   what their open key results become (needs --close)
  --dry-run                          print the plan and write nothing

${pathsNote}`,

  prep: `Usage: growth-backlog prep [paths…] [--since YYYY-MM-DD] [--json | --format md]

Notes for the next 1:1 on the current quarter's active objectives: what changed since the
last check-in (or --since), the open next steps, and the commits linked to each key result
when the goal files are in a git repository.

Options:
  --since YYYY-MM-DD  look back to this date instead of each objective's last check-in
  --json              print JSON
  --format md|json    Markdown (default) or JSON

${pathsNote}`,

  career: `Usage: growth-backlog career [paths…] [--json | --format md] [--framework FILE]

Lists the evidence per competency of the career framework: the objectives that name each
competency in their career: list, with their scores, and career ids the framework lacks.

Options:
  --json            print JSON
  --format md|json  Markdown (default) or JSON
  --framework FILE  the career framework (default: a career-framework.md found under the paths)

${pathsNote}`,
};
