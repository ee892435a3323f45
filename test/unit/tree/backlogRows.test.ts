import { describe, expect, it } from 'vitest';
import { buildBacklog, objectiveChildren, type BacklogOptions, type GroupNode, type ObjectiveNode } from '../../../src/tree/backlogModel';
import { latestCheckIn } from '../../../src/core/checkIns';
import { backlogRow, scoreText } from '../../../src/tree/backlogRows';
import { goalFile, kr, sampleFiles } from './goalTexts';

const today = '2026-11-25';
const options: BacklogOptions = { grouping: 'quarter', showFinished: true, today, maxObjectivesPerQuarter: 3 };
const groups = buildBacklog(sampleFiles(), options);
const group = (label: string) => groups.find((node) => node.label === label) as GroupNode;
const objective = (title: string, from: readonly GroupNode[] = groups) =>
  from.flatMap((node) => node.children).find((child) => child.kind === 'objective' && child.objective.title === title) as ObjectiveNode;

describe('backlog rows', () => {
  it('describes quarters with the current marker, score, count and the over-limit hint', () => {
    expect(backlogRow(group('2026-Q4'), today)).toMatchObject({
      label: '2026-Q4',
      description: 'current · 0.7 · 2 of 3 graded · 2 objectives',
      contextValue: 'quarter',
      icon: 'calendar',
      iconColor: 'charts.green',
      collapsible: 'expanded',
    });
    expect(backlogRow(group('2027-Q1'), today)).toMatchObject({ description: '1 objective', collapsible: 'collapsed' });
    expect(backlogRow(group('2027-Q1'), today).iconColor).toBeUndefined();
    const crowded = buildBacklog(sampleFiles(), { ...options, maxObjectivesPerQuarter: 1 })[0] as GroupNode;
    const row = backlogRow(crowded, today);
    expect(row.description).toBe('current · 0.7 · 2 of 3 graded · 2 objectives · ⚠ more than 1');
    expect(row.tooltip).toContain('growthBacklog.maxObjectivesPerQuarter');
  });

  it('gives the other groups their own context values', () => {
    expect(backlogRow(group('Backlog'), today)).toMatchObject({ contextValue: 'backlog', description: '1 objective', icon: 'inbox' });
    expect(backlogRow(group('Problems'), today)).toMatchObject({ contextValue: 'problems', description: '1 file', icon: 'error' });
    const byStatus = buildBacklog(sampleFiles(), { ...options, grouping: 'status' });
    expect(backlogRow(byStatus[2] as GroupNode, today)).toMatchObject({ label: 'Done', contextValue: 'statusGroup', icon: 'pass-filled' });
    const byCareer = buildBacklog(sampleFiles(), { ...options, grouping: 'career' });
    expect(backlogRow(byCareer[0] as GroupNode, today)).toMatchObject({ label: 'direction', contextValue: 'careerGroup', icon: 'mortar-board' });
  });

  it('describes an objective by score, band and career tags, with a status icon in the band colour', () => {
    expect(backlogRow(objective('Own webhooks'), today)).toMatchObject({
      label: 'Own webhooks',
      description: '1.0 · 1 of 2 graded · #ownership #planning',
      contextValue: 'objective',
      icon: 'target',
      iconColor: 'charts.green',
      collapsible: 'collapsed',
    });
    expect(backlogRow(objective('Learn tracing'), today)).toMatchObject({ description: '0.3 missed · #learning', iconColor: 'charts.red' });
    expect(backlogRow(objective('Abandoned guild'), today)).toMatchObject({ description: 'not graded · #leadership', icon: 'circle-slash', iconColor: 'disabledForeground' });
    expect(backlogRow(objective('Join interviews'), today)).toMatchObject({ icon: 'pass-filled' });
    expect(backlogRow(objective('An idea'), today)).toMatchObject({ icon: 'inbox' });
    expect(backlogRow(objective('An idea'), today).iconColor).toBeUndefined();
  });

  it('names the quarter on objectives when the groups are not quarters', () => {
    const byStatus = buildBacklog(sampleFiles(), { ...options, grouping: 'status' });
    expect(backlogRow(objective('Own webhooks', byStatus), today).description).toBe('1.0 · 1 of 2 graded · 2026-Q4 · #ownership #planning');
    expect(backlogRow(objective('An idea', byStatus), today).description).toBe('not graded · no quarter · #direction');
  });

  it('puts the whole objective in its tooltip, with the last check-in once the body is known', () => {
    const node = objective('Own webhooks');
    const tooltip = backlogRow(node, today, { lastCheckIn: '2026-11-19' }).tooltip;
    expect(tooltip).toContain('**Own webhooks**');
    expect(tooltip).toContain('2026\\-Q4 · active');
    expect(tooltip).toContain('Score: **1.0 · 1 of 2 graded**');
    expect(tooltip).toContain('Career areas: ownership, planning');
    expect(tooltip).toContain('- $(pass-filled) KR roadmap — grade 1.0 · done');
    expect(tooltip).toContain('- $(play-circle) KR stories — 5/8 · doing');
    expect(tooltip).toContain('Last check-in: 2026-11-19 (6 days ago)');
    expect(backlogRow(node, today, {}).tooltip).toContain('No check-ins yet.');
    expect(backlogRow(node, today).tooltip).toContain('Last check-in: …');
  });

  it('escapes the user text in tooltips so it cannot inject Markdown, links or icons', () => {
    const file = goalFile('evil', { title: '"[click](command:workbench.action.quit) **bold** $(bug) <b>x</b>"', quarter: '2026-Q4' });
    const node = buildBacklog([file], options)[0]?.children[0] as ObjectiveNode;
    const row = backlogRow(node, today, {});
    expect(row.label).toBe('[click](command:workbench.action.quit) **bold** $(bug) <b>x</b>');
    expect(row.tooltip).toContain('\\[click\\]\\(command\\:workbench\\.action\\.quit\\) \\*\\*bold\\*\\* \\$\\(bug\\) \\<b\\>x\\</b\\>');
    expect(row.tooltip).not.toContain('](command');
  });

  it('describes key results by status, grade, progress and weight, with a status icon', () => {
    const children = objectiveChildren(objective('Own webhooks'), [], true);
    const rows = children.map((child) => backlogRow(child, today));
    expect(rows.map((row) => [row.label, row.description, row.icon, row.contextValue])).toEqual([
      ['KR roadmap', 'done · grade 1.0', 'pass-filled', 'keyResult'],
      ['KR stories', 'doing · 5/8 · weight 2', 'play-circle', 'keyResult'],
      ['KR old', 'dropped', 'circle-slash', 'keyResult'],
    ]);
    expect(rows[0]?.iconColor).toBe('charts.green');
    expect(rows[1]?.iconColor).toBeUndefined();
    expect(rows[2]?.iconColor).toBe('disabledForeground');
    expect(rows[1]?.tooltip).toContain('Key result `stories` of *Own webhooks*');
    expect(rows[1]?.tooltip).toContain('Status: doing · Grade: not graded · Progress: 5 of 8 (63%) · Weight: 2');
    const todo = objectiveChildren(buildBacklog([goalFile('t', { title: 'T', quarter: '2026-Q4', keyResults: kr('a', '') })], options)[0]?.children[0] as ObjectiveNode, [], true);
    expect(backlogRow(todo[0]!, today)).toMatchObject({ description: 'to do', icon: 'circle-large-outline' });
  });

  it('shows a key result without a title by its id, marked with a warning', () => {
    const file = goalFile('t', { title: 'T', quarter: '2026-Q4', keyResults: ['- id: talks', '  titel: Give 2 talks', '  target: 2', '  current: 1'] });
    const [row] = objectiveChildren(buildBacklog([file], options)[0]?.children[0] as ObjectiveNode, [], true).map((child) => backlogRow(child, today));
    expect(row).toMatchObject({ label: 'talks', description: 'no title · to do · 1/2', icon: 'warning', iconColor: 'list.warningForeground' });
    expect(row?.tooltip).toContain('No title: add a `title:` line');
  });

  it('shows task items as check boxes', () => {
    const [open, done] = objectiveChildren(objective('Learn tracing'), [
      { text: 'Book the demo', done: false, line: 12 },
      { text: 'Read the *book*', done: true, line: 13 },
    ], true).slice(1);
    expect(backlogRow(open!, today)).toMatchObject({ label: 'Book the demo', description: 'next step', contextValue: 'task', icon: 'chrome-maximize', collapsible: 'none' });
    expect(backlogRow(done!, today)).toMatchObject({ description: 'done', icon: 'check', iconColor: 'charts.green' });
    expect(backlogRow(done!, today).tooltip).toContain('Read the \\*book\\*');
  });

  it('names a broken file and its first error', () => {
    const row = backlogRow(group('Problems').children[0]!, today);
    expect(row.label).toBe('broken.md');
    expect(row.contextValue).toBe('problem');
    expect(row.description).toMatch(/^YAML syntax error/);
    expect(row.tooltip).toMatch(/- Line \d+: YAML syntax error/);
  });

  it('reads scores in OKR bands', () => {
    expect([undefined, 0.2, 0.5, 0.65, 1].map((score) => scoreText(score))).toEqual(['not graded', '0.2 missed', '0.5 progress', '0.7 success', '1.0 success']);
  });

  it('finds the latest check-in whatever the order in the file', () => {
    expect(latestCheckIn([{ date: '2026-10-01', line: 1 }, { date: '2026-11-02', line: 5 }, { date: '2026-10-20', line: 9 }])).toBe('2026-11-02');
    expect(latestCheckIn([])).toBeUndefined();
  });
});
