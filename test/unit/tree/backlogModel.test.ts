import { describe, expect, it } from 'vitest';
import type { TaskItem } from '../../../src/core/model';
import { buildBacklog, objectiveChildren, type BacklogOptions, type GroupNode, type ObjectiveNode } from '../../../src/tree/backlogModel';
import { goalFile, kr, sampleFiles } from './goalTexts';
import { parseCareerFramework } from '../../../src/core/careerFramework';
import { backlogRow } from '../../../src/tree/backlogRows';

const options: BacklogOptions = { grouping: 'quarter', showFinished: true, today: '2026-11-25', maxObjectivesPerQuarter: 3 };
const labels = (groups: readonly GroupNode[]) => groups.map((group) => group.label);
const titles = (group: GroupNode | undefined) => (group?.children ?? []).map((child) => (child.kind === 'objective' ? child.objective.title : child.uri));
const find = (groups: readonly GroupNode[], label: string) => groups.find((group) => group.label === label);

describe('backlog grouped by quarter', () => {
  const groups = buildBacklog(sampleFiles(), options);

  it('lists the current quarter first, then the others newest first, the backlog, then problems', () => {
    expect(labels(groups)).toEqual(['2026-Q4', '2027-Q1', '2026-Q3', '2026-Q2', 'Backlog', 'Problems']);
    expect(groups.map((group) => group.expanded)).toEqual([true, false, false, false, false, true]);
    expect(groups[0]?.isCurrentQuarter).toBe(true);
    expect(groups[0]?.quarter).toBe('2026-Q4');
    expect(groups.map((group) => group.group)).toEqual(['quarter', 'quarter', 'quarter', 'quarter', 'backlog', 'problems']);
  });

  it('sorts active objectives before finished ones, then by title', () => {
    expect(titles(groups[0])).toEqual(['Learn tracing', 'Own webhooks', 'Abandoned guild']);
  });

  it('scores a quarter over its scored, not dropped objectives and counts the not dropped', () => {
    const q4 = groups[0];
    // Own webhooks: roadmap 1.0 (stories ungraded, old dropped) → 1.0; Learn tracing 0.3 → mean 0.65.
    expect(q4?.score).toBe(0.7);
    expect(q4?.count).toBe(2);
    expect(q4?.overLimit).toBeUndefined();
    expect(find(groups, '2027-Q1')?.score).toBeUndefined();
  });

  it('flags a quarter with more objectives than the limit', () => {
    const limited = buildBacklog(sampleFiles(), { ...options, maxObjectivesPerQuarter: 1 });
    expect(limited[0]?.overLimit).toBe(1);
  });

  it('gives objective nodes the GoalTarget shape and their own line', () => {
    const node = groups[0]?.children[1] as ObjectiveNode;
    expect(node.kind).toBe('objective');
    expect(node.uri).toBe('file:///ws/goals/q4-webhooks.md');
    expect('keyResultId' in node).toBe(false);
    expect(node.line).toBe(2);
    expect(node.score).toBe(1);
    expect(node.id).toBe('quarter:2026-Q4/file:///ws/goals/q4-webhooks.md');
  });

  it('lists broken goal files under Problems with their first error', () => {
    const problems = find(groups, 'Problems');
    expect(problems?.children).toHaveLength(1);
    const broken = problems?.children[0];
    expect(broken?.kind).toBe('problem');
    expect(broken?.uri).toBe('file:///ws/goals/broken.md');
    expect(broken?.kind === 'problem' && broken.diagnostics[0]?.code).toBe('yaml-syntax');
  });

  it('hides finished objectives, and groups left empty, when showFinished is off', () => {
    const hidden = buildBacklog(sampleFiles(), { ...options, showFinished: false });
    expect(labels(hidden)).toEqual(['2026-Q4', '2027-Q1', 'Backlog', 'Problems']);
    expect(titles(hidden[0])).toEqual(['Learn tracing', 'Own webhooks']);
    // Counts and scores still describe the whole quarter.
    expect(hidden[0]?.count).toBe(2);
  });

  it('expands the newest quarter when none is current', () => {
    const later = buildBacklog(sampleFiles(), { ...options, today: '2027-08-01' });
    expect(labels(later).slice(0, 2)).toEqual(['2027-Q1', '2026-Q4']);
    expect(later[0]?.expanded).toBe(true);
    expect(later[0]?.isCurrentQuarter).toBe(false);
  });

  it('is empty for a workspace without goal files', () => {
    expect(buildBacklog([], options)).toEqual([]);
  });
});

describe('backlog grouped by status', () => {
  it('orders active, backlog, done, dropped and shows the quarter on each objective', () => {
    const groups = buildBacklog(sampleFiles(), { ...options, grouping: 'status' });
    expect(labels(groups)).toEqual(['Active', 'Backlog', 'Done', 'Dropped', 'Problems']);
    expect(groups.map((group) => group.status)).toEqual(['active', 'backlog', 'done', 'dropped', undefined]);
    expect(groups[0]?.expanded).toBe(true);
    expect(titles(groups[0])).toEqual(['Learn tracing', 'Own webhooks']);
    // Newest quarter first, unscheduled last.
    expect(titles(groups[1])).toEqual(['Future plan', 'An idea']);
    expect(titles(groups[2])).toEqual(['Join interviews', 'Older work']);
    expect((groups[0]?.children[0] as ObjectiveNode).showQuarter).toBe(true);
  });

  it('drops the done and dropped groups when finished objectives are hidden', () => {
    const groups = buildBacklog(sampleFiles(), { ...options, grouping: 'status', showFinished: false });
    expect(labels(groups)).toEqual(['Active', 'Backlog', 'Problems']);
  });
});

describe('backlog grouped by career area', () => {
  it('lists an objective under each of its career ids, and the rest under No career area', () => {
    const groups = buildBacklog(sampleFiles(), { ...options, grouping: 'career' });
    expect(labels(groups)).toEqual(['direction', 'hiring', 'leadership', 'learning', 'ownership', 'planning', 'No career area', 'Problems']);
    expect(titles(find(groups, 'planning'))).toEqual(['Own webhooks', 'Older work']);
    expect(titles(find(groups, 'ownership'))).toEqual(['Own webhooks']);
    expect(titles(find(groups, 'No career area'))).toEqual(['Future plan']);
    // The same objective under two groups gets two distinct ids (VS Code requires unique ids).
    const ids = groups.flatMap((group) => group.children.map((child) => child.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses the framework: its order, names and areas, with ids it does not list after, marked', () => {
    const competencies = parseCareerFramework('# L\n\n## Craft\n\n- `planning` Planning — plans\n- `learning` Learning — learns\n\n## People\n\n- `hiring` — hires\n').competencies;
    const groups = buildBacklog(sampleFiles(), { ...options, grouping: 'career', competencies });
    expect(labels(groups)).toEqual(['Planning', 'Learning', 'hiring', 'direction', 'leadership', 'ownership', 'No career area', 'Problems']);
    expect(groups.map((group) => [group.competency?.area, group.unknownCareer ?? false])).toEqual([
      ['Craft', false], ['Craft', false], ['People', false], [undefined, true], [undefined, true], [undefined, true], [undefined, false], [undefined, false],
    ]);
    const rows = groups.slice(0, 4).map((group) => backlogRow(group, options.today));
    expect(rows.map((row) => row.description)).toEqual(['Craft · 2 objectives', 'Craft · 1 objective', 'People · 1 objective', 'not in the framework · 1 objective']);
    expect(rows[0]?.tooltip).toContain('**Planning** `planning` — Craft\n\nplans');
    expect(rows[3]?.icon).toBe('warning');
  });

  it('lists a career id repeated in one objective once', () => {
    const groups = buildBacklog([goalFile('twice', { title: 'Twice', quarter: '2026-Q4', career: ['a', 'a'] })], { ...options, grouping: 'career' });
    expect(titles(groups[0])).toEqual(['Twice']);
  });
});

describe('calibration on quarter rows', () => {
  it('says in words whether the quarter and the one before were too safe, too hard or right', () => {
    const safe = [
      goalFile('q3', { title: 'Q3', quarter: '2026-Q3', status: 'done', keyResults: kr('a', 'grade: 1') }),
      goalFile('q4', { title: 'Q4', quarter: '2026-Q4', keyResults: kr('a', 'grade: 0.96') }),
    ];
    const groups = buildBacklog(safe, options);
    expect(groups[0]?.calibration?.verdict).toBe('too-safe');
    const row = backlogRow(groups[0] as GroupNode, options.today);
    expect(row.description).toBe('current · 1.0 · 1 objective · goals too safe?');
    expect(row.tooltip).toContain('Calibration: Goals may be too safe: 2026-Q3 averaged 1.00, 2026-Q4 0.96, both above 0.9.');
    const healthy = backlogRow(buildBacklog([safe[0] as never, goalFile('q4', { title: 'Q4', quarter: '2026-Q4', keyResults: kr('a', 'grade: 0.6') })], options)[0] as GroupNode, options.today);
    expect(healthy.description).toBe('current · 0.6 · 1 objective');
    expect(healthy.tooltip).toContain('Calibration: Ambition looks right');
  });
});

describe('objective children', () => {
  const file = goalFile('kids', {
    title: 'Kids',
    quarter: '2026-Q4',
    keyResults: [...kr('one', 'status: done; grade: 1'), ...kr('two', 'status: doing'), ...kr('three', 'status: dropped')],
  });
  const node = buildBacklog([file], options)[0]?.children[0] as ObjectiveNode;
  const tasks: TaskItem[] = [
    { text: 'Open step', done: false, line: 20 },
    { text: 'Done step', done: true, line: 21 },
  ];

  it('lists key results in file order, then task items, all carrying the goal file uri', () => {
    const children = objectiveChildren(node, tasks, true);
    expect(children.map((child) => child.kind)).toEqual(['keyResult', 'keyResult', 'keyResult', 'task', 'task']);
    expect(children.every((child) => child.uri === file.uri)).toBe(true);
    const first = children[0];
    expect(first?.kind === 'keyResult' && first.keyResultId).toBe('one');
    // The `- id:` line: after `---`, objective, quarter, key_results.
    expect(first?.line).toBe(5);
    expect(children[3]?.line).toBe(20);
    expect(children[3]?.kind === 'task' && 'keyResultId' in children[3]).toBe(false);
  });

  it('hides done and dropped key results and ticked tasks when finished items are hidden', () => {
    const children = objectiveChildren(node, tasks, false);
    expect(children.map((child) => (child.kind === 'keyResult' ? child.keyResultId : child.task.text))).toEqual(['two', 'Open step']);
  });

  it('lists only key results while the body is unknown', () => {
    expect(objectiveChildren(node, undefined, true)).toHaveLength(3);
  });
});
