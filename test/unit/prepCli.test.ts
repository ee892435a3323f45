// `growth-backlog prep` on real files: in a git repository made here (commits with
// Key-Result: trailers, an older version of the goal file), and in a folder without git.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

let folder: string;
let out: string[];

async function prep(...args: string[]): Promise<{ code: number; text: string }> {
  out = [];
  const code = await runCli(['prep', ...args], { cwd: folder, clock: { today: () => '2026-11-24' }, out: (t) => out.push(t), err: () => undefined });
  return { code, text: out.join('\n') };
}

const goal = (current: number) => `---
objective: Own the webhook service
quarter: 2026-Q4
status: active
key_results:
  - id: alerting
    title: Add 4 alerts
    status: doing
    target: 4
    current: ${current}
---
- [ ] Agree thresholds #alerting

## Check-ins

### 2026-11-05
Progress: First alert live.
Confidence: 0.7
`;

function git(...args: string[]): void {
  execFileSync('git', args, { cwd: folder, stdio: 'ignore' });
}

function commitAt(date: string, message: string): void {
  execFileSync('git', ['commit', '--allow-empty', '-q', '-m', message], {
    cwd: folder,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00`, GIT_COMMITTER_DATE: `${date}T10:00:00` },
  });
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'growth-backlog-prep-'));
  mkdirSync(join(folder, 'goals'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('growth-backlog prep', () => {
  it('reads the commits and the goal file history from git', async () => {
    git('init', '-q');
    git('config', 'user.email', 'mira@example.com');
    git('config', 'user.name', 'Mira');
    writeFileSync(join(folder, 'goals', 'webhooks.md'), goal(1));
    git('add', '.');
    commitAt('2026-11-03', 'Goals for Q4');
    commitAt('2026-11-04', 'Failure-rate alert\n\nKey-Result: webhooks/alerting');
    commitAt('2026-11-18', 'Latency alert\n\nSome detail.\n\nKey-Result: webhooks/alerting\nSigned-off-by: Mira <mira@example.com>');
    commitAt('2026-11-19', 'Unrelated refactor');
    // Updated in the working tree after the 1:1 of 2026-11-05, not committed yet.
    writeFileSync(join(folder, 'goals', 'webhooks.md'), goal(2));

    const json = await prep('--json');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.text) as { objectives: { file: string; lastCheckIn: string; keyResults: { commits: { subject: string; date: string; hash: string }[] }[] }[] };
    expect(parsed.objectives.map((objective) => [objective.file, objective.lastCheckIn])).toEqual([[join('goals', 'webhooks.md'), '2026-11-05']]);
    expect(parsed.objectives[0]?.keyResults[0]?.commits.map(({ subject, date }) => [subject, date])).toEqual([['Latency alert', '2026-11-18']]);
    expect(parsed.objectives[0]?.keyResults[0]?.commits[0]?.hash).toMatch(/^[0-9a-f]{40}$/);

    const markdown = await prep();
    expect(markdown.text).toContain('- Changed in the goal file: alerting: current 1 → 2 of 4');
    expect(markdown.text).toMatch(/ {2}- commit `[0-9a-f]{7}` 2026-11-18: Latency alert/);

    const since = JSON.parse((await prep('--since', '2026-11-01', '--format', 'json')).text) as typeof parsed;
    expect(since.objectives[0]?.keyResults[0]?.commits.map((commit) => commit.subject)).toEqual(['Latency alert', 'Failure-rate alert']);
  });

  it('works the same without git, with no commits and no history', async () => {
    writeFileSync(join(folder, 'goals', 'webhooks.md'), goal(2));
    const json = JSON.parse((await prep('--json')).text) as { objectives: { keyResults: { commits: unknown[] }[]; nextSteps: string[] }[] };
    expect(json.objectives[0]?.keyResults[0]?.commits).toEqual([]);
    expect(json.objectives[0]?.nextSteps).toEqual(['Agree thresholds (alerting)']);
    expect((await prep()).text).toContain('- No git history of the goal file from 2026-11-05 to compare with.');
  });

  it('refuses a bad --since or --format with exit code 2', async () => {
    expect((await prep('--since', 'last week')).code).toBe(2);
    expect((await prep('--format', 'html')).code).toBe(2);
  });
});
