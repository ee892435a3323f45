// `npm run bench:hints`: what one pass of the coaching hints costs over 10,000 goal files
// (the Problems panel recomputes them after every change). Titles cycle through the labelled
// measurability corpus, so the classifier sees realistic, varied text.
import { defaultHintSettings, workspaceHints, type HintGoal } from '../src/core/hints/goalHints.js';
import { parseGoalFile } from '../src/core/parse.js';
import { freshCorpus, heldOutCorpus, tuningCorpus } from '../test/unit/hints/measurabilityCorpus.js';
import { goalFile, measureAlternately, timed } from './benchFiles.js';

const titles = [...tuningCorpus, ...heldOutCorpus, ...freshCorpus].map(([title]) => title);
const careerIds = ['communication', 'technical-ownership', 'quality', 'learning', 'planning', 'mentoring'];

function goals(count: number): HintGoal[] {
  return Array.from({ length: count }, (_, i) => {
    let k = 0;
    const text = goalFile(i).replace(/title: "Ship milestone \d+ of initiative \d+ and present it at the demo"/g, () => `title: ${JSON.stringify(titles[(i * 5 + k++) % titles.length])}`);
    const objective = parseGoalFile(`file:///bench/${i}.md`, '1', text).objective;
    if (!objective) throw new Error(`goal ${i} did not parse`);
    const body = { checkIns: [{ date: '2026-11-02', line: 30, next: 'Share it', confidence: 0.6 }], tasks: [{ text: 'Draft', done: false, line: 20 }], hasReview: true, reviewText: 'Done.' };
    return { uri: `file:///bench/${i}.md`, objective, body };
  });
}

async function main(): Promise<void> {
const all = goals(10_000);
const context = { today: '2026-11-25', settings: defaultHintSettings, careerIds };
// The first pass computes every file; a pass after an edit recomputes the edited file only
// (its Objective is a new object, as the index makes one per version).
const firstPassMs = await timed(() => workspaceHints(all, context));
let edit = 0;
const [afterEditMs] = await measureAlternately([
  async () => {
    const index = (edit++ * 7919) % all.length;
    const goal = all[index] as HintGoal;
    all[index] = { ...goal, objective: { ...goal.objective } };
    workspaceHints(all, context);
  },
]);
const hints = [...workspaceHints(all, context).values()].reduce((sum, list) => sum + list.length, 0);
console.log(JSON.stringify({ goalFiles: all.length, keyResults: all.reduce((sum, goal) => sum + goal.objective.keyResults.length, 0), hints, firstPassMs: Math.round(firstPassMs), afterEditMs: Math.round((afterEditMs ?? 0) * 10) / 10 }));
}

void main();
