// `npm run bench:cli`: `growth-backlog list --json` on 3,000 hand-written-size goal files (about
// 2 KB: tasks, a small table, check-ins, a review) against a floor in the same run: a Node
// process that finds the same files, reads each and hands it to gray-matter. Both are timed as
// whole processes (start-up included), in turns, so a burst of load on this shared machine hits
// both. Prints a table, then one JSON line.
import matter from 'gray-matter';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { handWrittenGoalFile, measureAlternately } from './benchFiles';

const fileCount = Number(process.env.BENCH_FILES ?? 3_000);
const rounds = Number(process.env.BENCH_RUNS ?? 5);

/** Runs a Node process to its end, its output thrown away; rejects on a non-zero exit. */
function runNode(args: string[]): Promise<void> {
  return new Promise((settle, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? settle() : reject(new Error(`node ${args.join(' ')} exited with ${code}`))));
  });
}

/** The floor, run in its own process: find the Markdown files as the CLI does, read each, gray-matter it. */
async function floor(folder: string): Promise<void> {
  const files = await glob('**/*.md', { cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false });
  let keys = 0;
  for (const file of files) keys += Object.keys(matter(await readFile(file, 'utf8'), {}).data).length;
  if (keys === 0) throw new Error('the floor read no front-matter');
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'growth-backlog-bench-cli-'));
  try {
    const folder = join(root, 'goals');
    mkdirSync(folder);
    let bytes = 0;
    for (let i = 0; i < fileCount; i++) {
      const text = handWrittenGoalFile(i);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(folder, `goal-${i}.md`), text);
    }
    const cli = join(__dirname, 'cli.js');
    const [floorMs = 0, listMs = 0] = await measureAlternately(
      [() => runNode([__filename, '--floor', folder]), () => runNode([cli, 'list', '--json', folder])],
      rounds,
    );
    const files = fileCount.toLocaleString('en');
    console.log(
      [
        `| ${files} goal files of ${(bytes / fileCount / 1024).toFixed(1)} KB, whole processes (medians of ${rounds}) | time |`,
        '| --- | ---: |',
        `| floor: find, read and gray-matter every file | ${floorMs.toFixed(0)} ms |`,
        `| \`growth-backlog list --json\` | ${listMs.toFixed(0)} ms (${(listMs / floorMs).toFixed(2)}× the floor) |`,
        JSON.stringify({ goalFiles: fileCount, floorMs: Math.round(floorMs), listMs: Math.round(listMs), ratio: Number((listMs / floorMs).toFixed(2)) }),
      ].join('\n'),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** `--write <folder> <count>`: the same goal files for scripts/bench-start.mjs, which is plain JavaScript. */
function writeGoalFiles(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `goal-${i}.md`), handWrittenGoalFile(i));
}

if (process.argv[2] === '--floor') void floor(process.argv[3] as string);
else if (process.argv[2] === '--write') writeGoalFiles(process.argv[3] as string, Number(process.argv[4]));
else void main();
