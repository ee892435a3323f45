import { describe, expect, it } from 'vitest';
import { commitCountText, commitsOf, goalFileName, linkCommits, resolveReference, trailerProblemText } from '../../src/core/commitEvidence';
import { keyResultTrailers, parseKeyResultReference, withKeyResultTrailer } from '../../src/core/keyResultTrailers';
import { parseGoalFile } from '../../src/core/parse';

const goal = (uri: string, quarter: string | undefined, ids: string[]) => {
  const text = ['---', `objective: Goal in ${uri}`, ...(quarter ? [`quarter: ${quarter}`] : []), 'key_results:', ...ids.flatMap((id) => [`  - id: ${id}`, `    title: KR ${id}`]), '---', ''].join('\n');
  return { uri, objective: parseGoalFile(uri, '1', text).objective! };
};

describe('Key-Result: trailers', () => {
  it('reads every Key-Result trailer of the last paragraph, any case, mixed with git’s own', () => {
    const message = 'Retry webhooks with jitter\n\nThe old loop hammered slow merchants.\n\nKey-Result: own-webhook-delivery/alerting\nSigned-off-by: Mira <m@example.com>\nkey-result:  2026-Q4/talks/demo-talks  \n';
    expect(keyResultTrailers(message)).toEqual([
      { name: 'own-webhook-delivery', keyResultId: 'alerting' },
      { name: '2026-Q4/talks', keyResultId: 'demo-talks' },
    ]);
  });

  it('ignores trailers that are not in a trailer paragraph, the subject line, and bad values', () => {
    expect(keyResultTrailers('Key-Result: a/b')).toEqual([]);
    expect(keyResultTrailers('Subject\n\nKey-Result: a/b\nand some prose after it')).toEqual([]);
    expect(keyResultTrailers('Subject\n\nKey-Result: a/b\n\nMore text at the end.')).toEqual([]);
    expect(keyResultTrailers('Subject\n\nKey-Result: no-slash\nKey-Result: a/Not An Id\nKey-Result: /x')).toEqual([]);
    expect(keyResultTrailers('Subject\r\n\r\nKey-Result: talks.md/demo-talks\r\n')).toEqual([{ name: 'talks', keyResultId: 'demo-talks' }]);
  });

  it('reads a reference with folders and drops a .md on the name', () => {
    expect(parseKeyResultReference('goals/2026-Q4/talks.md/demo')).toEqual({ name: 'goals/2026-Q4/talks', keyResultId: 'demo' });
    expect(parseKeyResultReference('talks/')).toBeUndefined();
  });

  it('adds a trailer to a message being written, into its trailer paragraph if it has one', () => {
    const ref = { name: 'talks', keyResultId: 'demo-talks' };
    expect(withKeyResultTrailer('Fix the slides', ref)).toBe('Fix the slides\n\nKey-Result: talks/demo-talks');
    expect(withKeyResultTrailer('Fix the slides\n\nSigned-off-by: Mira <m@x>\n', ref)).toBe('Fix the slides\n\nSigned-off-by: Mira <m@x>\nKey-Result: talks/demo-talks');
    expect(withKeyResultTrailer('', ref)).toBe('\n\nKey-Result: talks/demo-talks');
    const linked = 'Fix\n\nKey-Result: talks/demo-talks';
    expect(withKeyResultTrailer(linked, ref)).toBe(linked);
  });
});

describe('resolving a reference to a goal file', () => {
  const q3 = goal('file:///w/goals/2026-Q3/talks.md', '2026-Q3', ['demo-talks']);
  const q4 = goal('file:///w/goals/2026-Q4/talks.md', '2026-Q4', ['demo-talks', 'slides']);
  const other = goal('file:///w/goals/2026-Q4/other%20name.md', '2026-Q4', ['x']);

  it('names files by their name without .md, decoded', () => {
    expect(goalFileName(other.uri)).toBe('other name');
    expect(goalFileName('C:\\goals\\talks.md')).toBe('talks');
  });

  it('takes the only file with that name and key result', () => {
    expect(resolveReference({ name: 'talks', keyResultId: 'slides' }, '2026-07-01', [q3, q4, other])).toEqual({ kind: 'resolved', uri: q4.uri });
    expect(resolveReference({ name: 'talks', keyResultId: 'nope' }, '2026-07-01', [q3, q4])).toEqual({ kind: 'unknown' });
  });

  it('tells two files of the same name apart by the quarter of the commit, or by a folder', () => {
    expect(resolveReference({ name: 'talks', keyResultId: 'demo-talks' }, '2026-08-10', [q3, q4])).toEqual({ kind: 'resolved', uri: q3.uri });
    expect(resolveReference({ name: 'talks', keyResultId: 'demo-talks' }, '2026-11-10', [q3, q4])).toEqual({ kind: 'resolved', uri: q4.uri });
    expect(resolveReference({ name: '2026-Q4/talks', keyResultId: 'demo-talks' }, '2027-02-01', [q3, q4])).toEqual({ kind: 'resolved', uri: q4.uri });
    const ambiguous = resolveReference({ name: 'talks', keyResultId: 'demo-talks' }, '2027-02-01', [q3, q4]);
    expect(ambiguous).toEqual({ kind: 'ambiguous', candidates: [q3.uri, q4.uri] });
  });

  it('links commits to key results, newest first, and reports the ones it cannot place', () => {
    const evidence = linkCommits(
      [
        { hash: 'a1', message: 'Slides draft\n\nKey-Result: talks/slides', date: '2026-10-02' },
        { hash: 'b2', message: 'Demo\n\nKey-Result: talks/demo-talks\nKey-Result: talks/slides', date: '2026-11-20' },
        { hash: 'c3', message: 'Old demo\n\nKey-Result: talks/demo-talks', date: '2026-08-01' },
        { hash: 'd4', message: 'Next year\n\nKey-Result: talks/demo-talks', date: '2027-01-05' },
        { hash: 'e5', message: 'Typo\n\nKey-Result: tlaks/slides', date: '2026-10-03' },
        { hash: 'a1', message: 'Slides draft\n\nKey-Result: talks/slides', date: '2026-10-02' },
        { hash: 'f6', message: 'No trailer', date: '2026-10-03' },
      ],
      [q3, q4],
    );
    expect(commitsOf(evidence, q4.uri, 'slides').map((commit) => commit.hash)).toEqual(['b2', 'a1']);
    expect(commitsOf(evidence, q4.uri, 'demo-talks').map((commit) => commit.subject)).toEqual(['Demo']);
    expect(commitsOf(evidence, q3.uri, 'demo-talks').map((commit) => commit.hash)).toEqual(['c3']);
    expect(commitsOf(evidence, q4.uri, 'slides', { since: '2026-11-01' }).map((commit) => commit.hash)).toEqual(['b2']);
    expect(commitsOf(evidence, q4.uri, 'slides', { quarter: '2026-Q3' })).toEqual([]);
    expect(evidence.problems.map((problem) => [problem.commit.hash, problem.resolution.kind])).toEqual([
      ['d4', 'ambiguous'],
      ['e5', 'unknown'],
    ]);
    expect(trailerProblemText(evidence.problems[0]!)).toMatch(/could be 2 goal files .* write a folder before the name, such as 2026-Q4\/talks\/demo-talks/);
  });

  it('words the count for the lens and the card', () => {
    expect(commitCountText(0, '2026-Q4', '2026-Q4')).toBeUndefined();
    expect(commitCountText(3, '2026-Q4', '2026-Q4')).toBe('3 commits this quarter');
    expect(commitCountText(1, '2026-Q3', '2026-Q4')).toBe('1 commit in 2026-Q3');
    expect(commitCountText(2, undefined, '2026-Q4')).toBe('2 commits');
  });
});
