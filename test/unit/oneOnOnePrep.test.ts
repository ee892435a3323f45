import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../src/core/body';
import { linkCommits, noEvidence } from '../../src/core/commitEvidence';
import { noGitHistory } from '../../src/core/gitHistory';
import { checkInDraft, oneOnOnePrep, prepJson, renderPrepMarkdown, type PrepGoal } from '../../src/core/oneOnOnePrep';
import { parseGoalFile } from '../../src/core/parse';

const talks = (current: number, status: string, grade?: string) => `---
objective: Pitch my ideas <b>clearly</b>
quarter: 2026-Q4
status: active
key_results:
  - id: demo-talks
    title: Present at 2 sprint demos
    status: ${status}
    target: 2
    current: ${current}
  - id: doc
    title: Write one design note
${grade ? `    grade: ${grade}\n` : ''}---
- [x] Book the October slot #demo-talks
- [ ] Book the December slot #demo-talks
- [ ] Ask Sam to review the note

## Check-ins

### 2026-10-20
Progress: First demo booked.
Confidence: 0.6

### 2026-11-10
Progress: Demo one done.
Next: Rehearse the second.
Confidence: 0.7

### 2027-01-10
Progress: a check-in dated in the future is not the last one yet.
`;

const other = `---
objective: Backlog idea
quarter: 2026-Q4
status: backlog
---
`;

function goal(uri: string, text: string): PrepGoal {
  return { uri, file: uri.replace('file:///w/', ''), objective: parseGoalFile(uri, '1', text).objective!, body: parseGoalBody(text).body };
}

const uri = 'file:///w/goals/talks.md';
const goals = [goal(uri, talks(2, 'done')), goal('file:///w/goals/idea.md', other)];

describe('1:1 prep', () => {
  it('without git: active objectives of the quarter, their check-ins, confidence trend and open next steps', async () => {
    const prep = await oneOnOnePrep({ goals, evidence: noEvidence, history: noGitHistory, today: '2026-11-24' });
    expect(prep.objectives.map((objective) => objective.title)).toEqual(['Pitch my ideas <b>clearly</b>']);
    const [objective] = prep.objectives;
    expect(objective).toMatchObject({ since: '2026-11-10', sinceFrom: 'check-in', historyKnown: false, changes: [] });
    expect(objective?.confidence).toEqual([
      { date: '2026-10-20', value: 0.6 },
      { date: '2026-11-10', value: 0.7 },
    ]);
    expect(objective?.nextSteps).toEqual(['Book the December slot (demo-talks)', 'Ask Sam to review the note']);
    expect(prepJson(prep)).toEqual({
      objectives: [
        {
          file: 'goals/talks.md',
          title: 'Pitch my ideas <b>clearly</b>',
          quarter: '2026-Q4',
          lastCheckIn: '2026-11-10',
          confidence: [0.6, 0.7],
          keyResults: [
            { id: 'demo-talks', title: 'Present at 2 sprint demos', status: 'done', current: 2, target: 2, commits: [] },
            { id: 'doc', title: 'Write one design note', status: 'todo', current: null, target: null, commits: [] },
          ],
          nextSteps: ['Book the December slot (demo-talks)', 'Ask Sam to review the note'],
        },
      ],
    });
    const markdown = renderPrepMarkdown(prep);
    expect(markdown).toContain('## Pitch my ideas \\<b\\>clearly\\</b\\>');
    expect(markdown).not.toContain('<b>');
    expect(markdown).toContain('- No git history of the goal file from 2026-11-10 to compare with.');
    expect(markdown).toContain('Confidence over the quarter: 0.6 → 0.7');
    expect(markdown).toContain('- Blockers: ');
  });

  it('with git: what changed in the goal file since the last check-in, and the commits since then', async () => {
    const asked: [string, string][] = [];
    const history = {
      textAsOf: async (file: string, date: string) => {
        asked.push([file, date]);
        return talks(1, 'doing');
      },
    };
    const now = [goal(uri, talks(2, 'done', '0.8')), goals[1]!];
    const evidence = linkCommits(
      [
        { hash: 'aaaaaaa1', message: 'Demo slides\n\nKey-Result: talks/demo-talks', date: '2026-11-12' },
        { hash: 'bbbbbbb2', message: 'Old work\n\nKey-Result: talks/demo-talks', date: '2026-10-01' },
        { hash: 'ccccccc3', message: 'Note draft\n\nKey-Result: talks/doc', date: '2026-11-10' },
      ],
      now,
    );
    const prep = await oneOnOnePrep({ goals: now, evidence, history, today: '2026-11-24' });
    expect(asked).toEqual([[uri, '2026-11-10']]);
    const [objective] = prep.objectives;
    expect(objective?.historyKnown).toBe(true);
    expect(objective?.keyResults.map((keyResult) => [keyResult.id, keyResult.changes, keyResult.commits.map((commit) => commit.hash)])).toEqual([
      ['demo-talks', ['status doing → done', 'current 1 → 2 of 2'], ['aaaaaaa1']],
      ['doc', ['grade – → 0.8'], ['ccccccc3']],
    ]);
    const markdown = renderPrepMarkdown(prep);
    expect(markdown).toContain('- Changed in the goal file: demo-talks: status doing → done; demo-talks: current 1 → 2 of 2; doc: grade – → 0.8');
    expect(markdown).toContain('  - commit `aaaaaaa` 2026-11-12: Demo slides');
    expect(prepJson(prep).objectives[0]?.keyResults[0]?.commits).toEqual([{ hash: 'aaaaaaa1', subject: 'Demo slides', date: '2026-11-12' }]);
    expect(checkInDraft(objective!)).toEqual({
      progress: 'demo-talks: status doing → done, current 1 → 2 of 2, 1 commit; doc: grade – → 0.8, 1 commit',
      next: 'Book the December slot (demo-talks); Ask Sam to review the note',
      confidence: 0.7,
    });
  });

  it('looks back to --since when given, listing the check-ins after it', async () => {
    const prep = await oneOnOnePrep({ goals, evidence: noEvidence, history: noGitHistory, today: '2026-11-24', since: '2026-10-01' });
    expect(prep.objectives[0]).toMatchObject({ since: '2026-10-01', sinceFrom: 'given' });
    expect(prep.objectives[0]?.checkInsSince.map((checkIn) => checkIn.date)).toEqual(['2026-10-20', '2026-11-10']);
  });

  it('says so when the quarter has no active objective', async () => {
    const prep = await oneOnOnePrep({ goals, evidence: noEvidence, history: noGitHistory, today: '2027-02-01' });
    expect(prepJson(prep)).toEqual({ objectives: [] });
    expect(renderPrepMarkdown(prep)).toContain('_No active objectives in 2027-Q1._');
  });
});
