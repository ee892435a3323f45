// The CLI on hostile or unusual files, in-process: foreign encodings, special files, precision,
// terminal escapes and Markdown that must stay inert. Processes, full disks and huge files
// are in cliProcesses.test.ts.
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

let workspace: string;
let out: string[];
let err: string[];

async function cli(...argv: string[]): Promise<number> {
  out = [];
  err = [];
  return runCli(argv, { cwd: workspace, clock: { today: () => '2026-11-24' }, out: (t) => out.push(t), err: (t) => err.push(t) });
}

const goal = `---
objective: Speak up in design reviews
quarter: 2026-Q4
key_results:
  - id: reviews
    title: Comment on 5 design docs
    status: doing
---
`;
const file = (name: string) => join(workspace, name);

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'growth-backlog-cli-safety-'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

describe('files that are not UTF-8 (item 3)', () => {
  const latin1 = () => Buffer.concat([Buffer.from(`${goal}Notes from the caf`), Buffer.from([0xe9]), Buffer.from(' on Friday.\n')]);

  it('lint reports not-utf8 with the byte offset; list still shows the objective', async () => {
    writeFileSync(file('latin1.md'), latin1());
    expect(await cli('lint', '--no-hints')).toBe(1);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(`latin1.md:9:19: error not-utf8: Byte ${latin1().indexOf(0xe9)} (0xe9) is not valid UTF-8`);
    expect(await cli('list', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject([{ title: 'Speak up in design reviews', keyResults: [{ id: 'reviews' }] }]);
  });

  it('grade, move and checkin refuse the file and leave every byte as it was', async () => {
    const bytes = latin1();
    writeFileSync(file('latin1.md'), bytes);
    expect(await cli('grade', 'latin1.md', 'reviews', '0.7')).toBe(2);
    expect(err.join('\n')).toMatch(new RegExp(`^latin1\\.md: Byte ${bytes.indexOf(0xe9)} \\(0xe9\\) is not valid UTF-8.*\\(file unchanged\\)$`));
    expect(await cli('move', 'latin1.md', 'reviews', 'done')).toBe(2);
    expect(await cli('checkin', 'latin1.md', '--progress', 'Two docs')).toBe(2);
    expect(readFileSync(file('latin1.md')).equals(bytes)).toBe(true);
  });

  it('UTF-16 and CR-only goal files get a diagnostic instead of being ignored, and edits are refused', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(goal, 'utf16le')]);
    writeFileSync(file('utf16.md'), utf16);
    const crOnly = goal.replace(/\n/g, '\r');
    writeFileSync(file('mac.md'), crOnly);
    expect(await cli('lint', '--json', '--no-hints')).toBe(1);
    expect((JSON.parse(out.join('\n')) as { file: string; code: string; severity: string }[]).map(({ file, code, severity }) => [file, code, severity])).toEqual([
      ['mac.md', 'cr-line-endings', 'warning'],
      ['utf16.md', 'not-utf8', 'error'],
    ]);
    expect(await cli('grade', 'utf16.md', 'reviews', '0.5')).toBe(2);
    expect(err.join('\n')).toContain('UTF-16');
    expect(await cli('grade', 'mac.md', 'reviews', '0.5')).toBe(2);
    expect(err.join('\n')).toContain('end in a CR alone');
    expect(readFileSync(file('utf16.md')).equals(utf16)).toBe(true);
    expect(readFileSync(file('mac.md'), 'utf8')).toBe(crOnly);
  });
});

describe('next-quarter on files an edit would re-encode', () => {
  it('refuses the whole plan with exit 2 and writes nothing', async () => {
    const latin1 = Buffer.concat([Buffer.from(`${goal}Caf`), Buffer.from([0xe9]), Buffer.from('\n')]);
    writeFileSync(file('latin1.md'), latin1);
    expect(await cli('next-quarter', '--from', '2026-Q4', '--close', 'done')).toBe(2);
    expect(err.join('\n')).toMatch(/^growth-backlog next-quarter: latin1\.md: Byte \d+ \(0xe9\) is not valid UTF-8.*\(nothing written\)$/);
    expect(readFileSync(file('latin1.md')).equals(latin1)).toBe(true);
    rmSync(file('latin1.md'));
    const crOnly = goal.replace(/\n/g, '\r');
    writeFileSync(file('mac.md'), crOnly);
    expect(await cli('next-quarter', '--from', '2026-Q4', '--close', 'done')).toBe(2);
    expect(err.join('\n')).toContain('end in a CR alone');
    expect(readFileSync(file('mac.md'), 'utf8')).toBe(crOnly);
    expect(readdirSync(workspace)).toEqual(['mac.md']);
  });
});

describe('FIFOs and other special files (item 6)', () => {
  it('grade on a FIFO is refused at once (it used to wait forever for a writer)', async () => {
    execFileSync('mkfifo', [file('pipe.md')]);
    expect(await cli('grade', 'pipe.md', 'reviews', '0.5')).toBe(2);
    expect(err).toEqual(['pipe.md: it is a FIFO (named pipe), not a regular file (file unchanged)']);
  });

  it('one found in a folder is skipped with a message and the rest is still read; one named is an error', async () => {
    writeFileSync(file('mine.md'), goal);
    execFileSync('mkfifo', [file('pipe.md')]);
    expect(await cli('lint', '--no-hints')).toBe(0);
    expect(err).toEqual(['pipe.md: skipped: it is a FIFO (named pipe), not a regular file', '1 goal file checked: 0 errors, 0 other problems, 0 hints.']);
    expect(await cli('list', 'pipe.md', 'mine.md')).toBe(1);
    expect(err).toEqual(['pipe.md: error: cannot read it: it is a FIFO (named pipe), not a regular file']);
    expect(out.join('\n')).toContain('Speak up in design reviews');
    expect(await cli('report', '--quarter', '2026-Q4', 'pipe.md')).toBe(1);
  });

  it('a career framework that is a FIFO is refused at once, not waited on (lint, report and career read it too)', async () => {
    writeFileSync(file('mine.md'), goal);
    execFileSync('mkfifo', [file('career-framework.md')]);
    expect(await cli('lint')).toBe(0);
    expect(err[0]).toBe('career-framework.md: skipped: it is a FIFO (named pipe), not a regular file');
    expect(await cli('report', '--quarter', '2026-Q4')).toBe(0);
    expect(out.join('\n')).toContain('Speak up in design reviews');
    expect(await cli('career', '--framework', 'career-framework.md')).toBe(2);
    expect(err.at(-1)).toBe('growth-backlog career: Cannot read the career framework career-framework.md.');
  });
});

describe('atomic edits (item 1)', () => {
  it('edit through a symbolic link at its target, keep the mode, and note hard links the rename leaves behind', async () => {
    mkdirSync(file('real'));
    writeFileSync(file('real/goal.md'), goal);
    chmodSync(file('real/goal.md'), 0o640);
    symlinkSync('real/goal.md', file('link.md'));
    expect(await cli('grade', 'link.md', 'reviews', '0.5')).toBe(0);
    expect(lstatSync(file('link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file('real/goal.md'), 'utf8')).toContain('    grade: 0.5\n');
    expect(statSync(file('real/goal.md')).mode & 0o777).toBe(0o640);

    linkSync(file('real/goal.md'), file('other-name.md'));
    expect(await cli('move', 'real/goal.md', 'reviews', 'done')).toBe(0);
    expect(err).toEqual(['real/goal.md: note: this file has 2 names (hard links); the others still show the old text']);
    expect(readFileSync(file('other-name.md'), 'utf8')).toContain('status: doing');
    expect(readFileSync(file('real/goal.md'), 'utf8')).toContain('status: done');
  });
});

describe('precision (item 10)', () => {
  it('refuses a grade or confidence the file cannot keep, instead of printing one value and writing another', async () => {
    writeFileSync(file('mine.md'), goal);
    expect(await cli('grade', 'mine.md', 'reviews', '0.001')).toBe(2);
    expect(err.join('\n')).toContain('0.001 would be written as 0');
    expect(await cli('checkin', 'mine.md', '--progress', 'x', '--confidence', '0.555')).toBe(2);
    expect(readFileSync(file('mine.md'), 'utf8')).toBe(goal);
    expect(await cli('grade', 'mine.md', 'reviews', '0.65')).toBe(0);
    expect(out).toEqual(['mine.md: graded reviews 0.65']);
    expect(readFileSync(file('mine.md'), 'utf8')).toContain('    grade: 0.65\n');
  });
});

const hostileTitle = String.raw`Evil \e]0;pwned\a title \e[2J \e]52;c;ZWNobyBwd25lZA==\a \x9b31m \u202eevil`;
const hostile = `---
objective: "${hostileTitle}"
quarter: "2026-Q4"
key_results:
  - id: kr
    title: "<img src=x onerror=alert(1)> and [click](javascript:alert(1)) | <script>x</script>"
    status: doing
    grade: 0.5
  - id: other
    title: "Line one\\nline two"
    bogus\u001b[2J: 1
---
`;

describe('terminal escapes from goal files (item 11)', () => {
  /** C0 but line feed and tab, DEL, C1 and the right-to-left override. */
  const controlsIn = (line: string) =>
    [...line].filter((char) => {
      const code = char.charCodeAt(0);
      return (code < 0x20 && char !== '\n' && char !== '\t') || (code >= 0x7f && code <= 0x9f) || code === 0x202e;
    });

  it('list, report, lint and edit messages print no control characters, and JSON still parses to the same text', async () => {
    writeFileSync(file('evil\u001b[31m.md'), hostile);
    for (const argv of [['list'], ['report', '--quarter', '2026-Q4'], ['lint'], ['grade', 'evil\u001b[31m.md', 'kr\u0007', '0.5'], ['grade', 'evil\u001b[31m.md', 'kr', '0.7']]) {
      await cli(...argv);
      for (const line of [...out, ...err]) expect(controlsIn(line), `${argv[0]}: ${JSON.stringify(line)}`).toEqual([]);
    }
    expect(out).toEqual(['evil\\u001b[31m.md: graded kr 0.7']);
    await cli('list');
    expect(out.join('\n')).toContain('Evil \\u001b]0;pwned\\u0007 title');
    // The user's line break cannot fake another line of output.
    expect(out.join('\n')).toContain('other: Line one\\u000aline two');
    await cli('list', '--json');
    expect((JSON.parse(out.join('\n')) as { title: string }[])[0]?.title).toBe(hostileTitle.replace(/\\e/g, '\u001b').replace(/\\a/g, '\u0007').replace('\\x9b', '\u009b').replace('\\u202e', '\u202e'));
  });
});

describe('report --format md (item 12)', () => {
  function nodes(tree: Root | RootContent, found: RootContent[] = []): RootContent[] {
    if (tree.type !== 'root') found.push(tree);
    if ('children' in tree) for (const child of tree.children) nodes(child as RootContent, found);
    return found;
  }
  const textOf = (node: RootContent | undefined): string => (!node ? '' : 'value' in node ? node.value : 'children' in node ? node.children.map((child) => textOf(child as RootContent)).join('') : '');

  it('renders goal text as text: no HTML, no image, no link but a plain web address, the table intact', async () => {
    writeFileSync(file('evil.md'), hostile.replace(`"${hostileTitle}"`, '"[pwn](javascript:alert(1)) <b onmouseover=x>bold</b> www.example.com"'));
    expect(await cli('report', '--quarter', '2026-Q4')).toBe(0);
    const markdown = out.join('\n');
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
    const all = nodes(tree);
    expect(all.filter((node) => node.type === 'html' || node.type === 'image' || node.type === 'imageReference' || node.type === 'linkReference')).toEqual([]);
    // GFM turns a bare web address into a link, as it does in any text; no other target gets through.
    expect([...new Set(all.flatMap((node) => (node.type === 'link' ? [node.url] : [])))]).toEqual(['http://www.example.com']);
    const heading = all.find((node) => node.type === 'heading' && node.depth === 2);
    expect(textOf(heading)).toBe(
      '[pwn](javascript:alert(1)) <b onmouseover=x>bold</b> www.example.com',
    );
    // The key results' table: a header row and the two key results, the `|` in a title kept inside its cell.
    const table = all.find((node) => node.type === 'table' && textOf(node).startsWith('Key result'));
    expect(table && 'children' in table ? table.children.length : 0).toBe(3);
    const firstCell = table && 'children' in table ? (table.children[1] as RootContent & { children: RootContent[] }).children[0] : undefined;
    expect(textOf(firstCell)).toBe(
      '<img src=x onerror=alert(1)> and [click](javascript:alert(1)) | <script>x</script>',
    );
  });
});
