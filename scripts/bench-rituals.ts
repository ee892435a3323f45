// `npm run bench:rituals`: the cost of the rituals on a large history, in memory (the files
// are parsed first; reading them is `npm run bench`'s subject). Measured: linking commits to
// key results, the quarter review (model and Markdown) and the 1:1 prep. The floor they are
// compared with is parsing the goal files' front-matter, which every surface pays anyway.
import { parseGoalBody } from '../src/core/body';
import { linkCommits, type CommitRecord } from '../src/core/commitEvidence';
import { noGitHistory } from '../src/core/gitHistory';
import { oneOnOnePrep } from '../src/core/oneOnOnePrep';
import { parseGoalFile } from '../src/core/parse';
import { quarterReview } from '../src/core/quarterReview';
import { renderQuarterReviewMarkdown } from '../src/core/quarterReviewMarkdown';
import { goalFile, measureAlternately } from './benchFiles';

const goalCount = Number(process.env.BENCH_GOALS ?? 10_000);
const commitCount = Number(process.env.BENCH_COMMITS ?? 5_000);

const quarter = '2026-Q2';
const texts = Array.from({ length: goalCount }, (_, i) => goalFile(i));
const goals = texts.map((text, i) => {
  const uri = `file:///bench/goals/goal-${i}.md`;
  return { uri, file: `goals/goal-${i}.md`, objective: parseGoalFile(uri, '1', text).objective!, text };
});
// As in the editor, only the reviewed quarter's bodies are read.
const quarterGoals = goals.filter((goal) => goal.objective.quarter === quarter).map((goal) => ({ ...goal, body: parseGoalBody(goal.text).body }));
const reviewGoals = [...goals.filter((goal) => goal.objective.quarter !== quarter), ...quarterGoals];
// One commit in five names two key results; one in ten names a file that does not exist.
const commits: CommitRecord[] = Array.from({ length: commitCount }, (_, i) => {
  const goal = i % 10 === 9 ? 'no-such-goal' : `goal-${(i * 7) % goalCount}`;
  const trailers = [`Key-Result: ${goal}/kr-1`, ...(i % 5 === 0 ? [`Key-Result: goal-${(i * 3) % goalCount}/kr-2`] : [])];
  return { hash: i.toString(16).padStart(40, '0'), message: `Change number ${i}\n\nSome detail.\n\n${trailers.join('\n')}`, date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15` };
});
const inQuarter = quarterGoals.length;
const evidence = linkCommits(commits, goals);

async function main(): Promise<void> {
const [frontMatterMs = 0, linkMs = 0, reviewMs = 0, markdownMs = 0, prepMs = 0] = await measureAlternately(
  [
    async () => texts.forEach((text, i) => parseGoalFile(`file:///bench/goals/goal-${i}.md`, '1', text)),
    async () => linkCommits(commits, goals),
    async () => quarterReview(quarter, reviewGoals),
    async () => renderQuarterReviewMarkdown(quarterReview(quarter, reviewGoals)),
    async () => oneOnOnePrep({ goals: quarterGoals, evidence, history: noGitHistory, today: '2026-05-20' }),
  ],
  Number(process.env.BENCH_RUNS ?? 7),
);

const round = (value: number): number => Math.round(value * 10) / 10;
console.log(`${goalCount} goal files (${inQuarter} in ${quarter}), ${commitCount} commits with Key-Result: trailers`);
console.log('| measure | median |');
console.log('| --- | ---: |');
console.log(`| front-matter parse of every goal file (the floor) | ${round(frontMatterMs)} ms |`);
console.log(`| link every commit to its key results | ${round(linkMs)} ms |`);
console.log(`| quarter review model of ${quarter} | ${round(reviewMs)} ms |`);
console.log(`| the same, with its Markdown (report --format md) | ${round(markdownMs)} ms |`);
console.log(`| 1:1 prep of the ${inQuarter} objectives (no git history) | ${round(prepMs)} ms |`);
console.log(JSON.stringify({ goals: goalCount, commits: commitCount, frontMatterMs: round(frontMatterMs), linkMs: round(linkMs), reviewMs: round(reviewMs), markdownMs: round(markdownMs), prepMs: round(prepMs) }));
}

void main();
