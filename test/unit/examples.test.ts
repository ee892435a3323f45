import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../src/core/body.js';
import type { GoalFile, Objective } from '../../src/core/model.js';
import { parseGoalFile } from '../../src/core/parse.js';
import { objectiveScore, scoreBand } from '../../src/core/scoring.js';
import { parseCareerFramework } from '../../src/core/careerFramework.js';
import { defaultHintSettings, workspaceHints } from '../../src/core/hints/goalHints.js';

const root = fileURLToPath(new URL('../../examples/goals/', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : []))
    .sort();
}

interface Sample {
  readonly path: string;
  readonly text: string;
  readonly file: GoalFile;
}

const samples: Sample[] = markdownFiles(root).map((absolute) => {
  const path = relative(root, absolute).split('\\').join('/');
  const text = readFileSync(absolute, 'utf8');
  return { path, text, file: parseGoalFile(path, '1', text) };
});
const goals = samples.filter((sample): sample is Sample & { file: { objective: Objective } } => sample.file.objective !== undefined);
const inFolder = (folder: string) => goals.filter((sample) => sample.path.startsWith(`${folder}/`));

describe('examples/goals sample workspace', () => {
  it('has the expected goal files in each folder', () => {
    expect(goals).toHaveLength(10);
    expect(inFolder('2026-Q4')).toHaveLength(4);
    expect(inFolder('2027-Q1')).toHaveLength(1);
    expect(inFolder('2026-Q3')).toHaveLength(2);
    expect(inFolder('backlog')).toHaveLength(3);
  });

  it('shows good practice: at most 3 active objectives in the quarter in progress, and no coaching hint fires', () => {
    // The sample's present: a few days into December 2026, the quarter in progress 2026-Q4.
    const today = '2026-12-02';
    const active = inFolder('2026-Q4').filter((sample) => sample.file.objective.status === 'active');
    expect(active).toHaveLength(3);
    const framework = parseCareerFramework(readFileSync(join(root, 'career-framework.md'), 'utf8'));
    const entries = goals.map((sample) => ({ uri: sample.path, objective: sample.file.objective, body: parseGoalBody(sample.text).body }));
    const hints = workspaceHints(entries, { today, settings: defaultHintSettings, careerIds: framework.competencies.map((competency) => competency.id) });
    for (const [path, fired] of hints) expect(fired.map((hint) => `${hint.code}: ${hint.message}`), path).toEqual([]);
  });

  it('keeps README.md and career-framework.md out of the goals', () => {
    const others = samples.filter((sample) => !sample.file.objective).map((sample) => sample.path);
    expect(others.sort()).toEqual(['README.md', 'career-framework.md']);
    for (const sample of samples.filter((s) => !s.file.objective)) expect(sample.file.diagnostics).toEqual([]);
  });

  it('uses kebab-case file names', () => {
    for (const sample of goals) expect(sample.path).toMatch(/^(2026-Q[34]|2027-Q1|backlog)\/[a-z0-9]+(-[a-z0-9]+)*\.md$/);
  });

  it.each(samples.map((sample) => [sample.path, sample] as const))('%s has no front-matter or body diagnostics', (_path, sample) => {
    expect(sample.file.diagnostics).toEqual([]);
    if (sample.file.objective) expect(parseGoalBody(sample.text).diagnostics).toEqual([]);
  });

  it('puts each scheduled goal in the quarter its folder is named after', () => {
    for (const sample of [...inFolder('2026-Q4'), ...inFolder('2027-Q1'), ...inFolder('2026-Q3')]) {
      expect(sample.file.objective.quarter).toBe(sample.path.split('/')[0]);
    }
    expect(inFolder('2026-Q4').map((sample) => sample.file.objective.status).sort()).toEqual(['active', 'active', 'active', 'dropped']);
    for (const sample of inFolder('2027-Q1')) expect(sample.file.objective.status).toBe('active');
  });

  it('drops an objective honestly: its open key results dropped too, and the reason written down', () => {
    const [dropped] = goals.filter((sample) => sample.file.objective.status === 'dropped');
    expect(dropped?.path).toBe('2026-Q4/onboard-new-teammate.md');
    expect(dropped?.file.objective.keyResults.map((kr) => kr.status).sort()).toEqual(['done', 'dropped', 'dropped']);
    expect(dropped?.text).toMatch(/^Dropped on 18 November: /m);
  });

  it('plans next quarter without progress yet', () => {
    for (const sample of inFolder('2027-Q1')) {
      const body = parseGoalBody(sample.text).body;
      expect(body.checkIns).toEqual([]);
      for (const keyResult of sample.file.objective.keyResults) {
        expect(keyResult.status).toBe('todo');
        expect(keyResult.grade).toBeUndefined();
        expect(keyResult.target, keyResult.id).toBeDefined();
      }
    }
  });

  it('keeps the backlog unscheduled', () => {
    for (const sample of inFolder('backlog')) {
      expect(sample.file.objective.quarter).toBeUndefined();
      expect(sample.file.objective.status).toBe('backlog');
    }
  });

  it('has finished, fully graded and reviewed objectives in 2026-Q3', () => {
    for (const sample of inFolder('2026-Q3')) {
      const objective = sample.file.objective;
      expect(objective.status).toBe('done');
      for (const keyResult of objective.keyResults.filter((kr) => kr.status !== 'dropped')) expect(keyResult.grade).toBeDefined();
      expect(objectiveScore(objective)).toBeDefined();
      expect(parseGoalBody(sample.text).body.hasReview).toBe(true);
    }
    // One success and one partial result, as the reviews say.
    const bands = inFolder('2026-Q3').map((sample) => scoreBand(objectiveScore(sample.file.objective) ?? 0));
    expect(bands.sort()).toEqual(['green', 'yellow']);
  });

  it('shows a realistic quarter in progress in 2026-Q4', () => {
    const active = inFolder('2026-Q4').filter((sample) => sample.file.objective.status === 'active');
    const objectives = active.map((sample) => sample.file.objective);
    const keyResults = objectives.flatMap((objective) => objective.keyResults);
    const statuses = new Set(keyResults.map((kr) => kr.status));
    for (const status of ['todo', 'doing', 'done'] as const) expect(statuses).toContain(status);
    expect(keyResults.filter((kr) => kr.grade !== undefined).length).toBeGreaterThanOrEqual(2);
    expect(keyResults.filter((kr) => kr.target !== undefined && kr.current !== undefined).length).toBeGreaterThanOrEqual(4);
    expect(objectives.filter((objective) => objective.commitment === 'committed')).toHaveLength(1);

    for (const sample of active) {
      const body = parseGoalBody(sample.text).body;
      expect(body.checkIns.length, sample.path).toBeGreaterThanOrEqual(2);
      for (const checkIn of body.checkIns) {
        expect(checkIn.date >= '2026-10-01' && checkIn.date <= '2026-11-30', checkIn.date).toBe(true);
        expect(checkIn.progress).toBeTruthy();
        expect(checkIn.next).toBeTruthy();
        expect(checkIn.confidence).toBeDefined();
      }
      expect(body.tasks.some((task) => task.done)).toBe(true);
      expect(body.tasks.some((task) => !task.done)).toBe(true);
    }
  });

  it('only uses career ids listed in career-framework.md', () => {
    const framework = readFileSync(join(root, 'career-framework.md'), 'utf8');
    const listed = new Set([...framework.matchAll(/^- `([a-z-]+)`/gm)].map((match) => match[1]));
    expect(listed.size).toBe(12);
    const used = new Set(goals.flatMap((sample) => sample.file.objective.career));
    for (const id of used) expect(listed, id).toContain(id);
  });

  it('keeps the complete example in docs/goal-format.md valid', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/goal-format.md', import.meta.url)), 'utf8');
    const example = /```markdown\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const text = `${example ?? ''}\n`;
    const file = parseGoalFile('docs-example.md', '1', text);
    expect(file.diagnostics).toEqual([]);
    expect(file.objective?.keyResults).toHaveLength(3);
    const parsed = parseGoalBody(text);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.body.checkIns.map((checkIn) => [checkIn.date, Boolean(checkIn.progress), Boolean(checkIn.next), checkIn.confidence])).toEqual([
      ['2026-10-12', true, true, 0.7],
      ['2026-10-26', true, true, 0.5],
    ]);
    expect(parsed.body.tasks.map((task) => task.done)).toEqual([true, false]);
    expect(parsed.body.hasReview).toBe(true);
  });
});
