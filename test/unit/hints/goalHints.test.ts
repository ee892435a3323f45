import { describe, expect, it } from 'vitest';
import { summariseGoalBody } from '../../../src/core/bodyFacts';
import type { BodySummary, GoalBody, Objective } from '../../../src/core/model';
import { parseGoalFile } from '../../../src/core/parse';
import { defaultHintSettings, workspaceHints, type HintContext, type HintGoal } from '../../../src/core/hints/goalHints';

const today = '2026-11-25';
const context: HintContext = { today, settings: defaultHintSettings, careerIds: ['communication', 'mentoring', 'quality'] };

function objective(frontMatter: string): Objective {
  const parsed = parseGoalFile('g', '1', `---\nobjective: Speak up in design reviews\n${frontMatter}\n---\n`);
  if (!parsed.objective) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.objective;
}

/** The index's summary of a body: what the hints read. */
const body = (partial: Partial<GoalBody> = {}): BodySummary => summariseGoalBody({ checkIns: [{ date: '2026-11-20', line: 9, next: 'Book the demo' }], tasks: [], hasReview: false, ...partial });

/** Codes of the hints for one goal (with a fresh, healthy body unless given). */
function codes(frontMatter: string, goalBody: BodySummary | undefined = body(), extra: Partial<HintContext> = {}): string[] {
  const goal: HintGoal = { uri: 'g', objective: objective(frontMatter), ...(goalBody ? { body: goalBody } : {}) };
  return (workspaceHints([goal], { ...context, ...extra }).get('g') ?? []).map((hint) => hint.code);
}

const healthy = `quarter: 2026-Q4
career: [communication]
key_results:
  - {id: talks, title: Give 2 talks at the sprint demo}`;

describe('workspaceHints', () => {
  it('gives a healthy current objective no hints at all', () => {
    expect(codes(healthy)).toEqual([]);
  });

  it('no-measurable-target: open vague key results only, not ones with a target or finished ones', () => {
    const goal = `quarter: 2026-Q4
career: [communication]
key_results:
  - {id: vague, title: Get better at talks}
  - {id: counted, title: Give one lightning talk at the all-hands}
  - {id: targeted, title: Get better at talks, target: 2}
  - {id: finished, title: Learn things, status: done}`;
    const hints = workspaceHints([{ uri: 'g', objective: objective(goal), body: body() }], context).get('g') ?? [];
    expect(hints.map((hint) => [hint.code, hint.keyResultId, hint.severity])).toEqual([['no-measurable-target', 'vague', 'hint']]);
    expect(hints[0]?.message).toMatch(/^Key result "vague" has nothing to measure: .*graded honestly\.$/);
  });

  it('too-many-key-results: more than the limit of not dropped key results', () => {
    const krs = (count: number, extra = '') => `quarter: 2026-Q4\ncareer: [quality]\nkey_results:\n${Array.from({ length: count }, (_, i) => `  - {id: k${i}, title: Ship feature ${i + 1}}`).join('\n')}${extra}`;
    expect(codes(krs(5))).toEqual([]);
    expect(codes(krs(6))).toEqual(['too-many-key-results']);
    expect(codes(krs(5, '\n  - {id: gone, title: Ship more, status: dropped}'))).toEqual([]);
    expect(codes(krs(6), body(), { settings: { ...defaultHintSettings, maxKeyResultsPerObjective: 6 } })).toEqual([]);
  });

  it('no-career-link: active objectives without career ids', () => {
    expect(codes('quarter: 2026-Q4\nkey_results:\n  - {id: a, title: Give 2 talks}')).toEqual(['no-career-link']);
    expect(codes('status: backlog\nkey_results:\n  - {id: a, title: Give 2 talks}')).toEqual([]);
  });

  it('unknown-career-id: a warning with the closest ids, only when a framework is known', () => {
    const goal = { uri: 'g', objective: objective('quarter: 2026-Q4\ncareer: [comunication, quality, zzz]'), body: body() };
    const hints = workspaceHints([goal], context).get('g') ?? [];
    expect(hints.map((hint) => [hint.code, hint.severity, hint.careerId, hint.suggestions])).toEqual([
      ['unknown-career-id', 'warning', 'comunication', ['communication']],
      ['unknown-career-id', 'warning', 'zzz', []],
    ]);
    expect(hints[0]?.message).toContain('did you mean communication?');
    const hostile = workspaceHints([{ uri: 'h', objective: objective('quarter: 2026-Q4\ncareer: ["\\e[31mred"]'), body: body() }], context).get('h') ?? [];
    expect(hostile[0]?.message).toMatch(/^Career id "\?\[31mred" is not/);
    expect(workspaceHints([goal], { today, settings: defaultHintSettings }).get('g')).toEqual([]);
  });

  it('check-in-overdue: counts from the last check-in, or from the quarter start without one', () => {
    expect(codes(healthy, body({ checkIns: [{ date: '2026-11-11', line: 9, next: 'x' }] }))).toEqual([]);
    expect(codes(healthy, body({ checkIns: [{ date: '2026-11-10', line: 9, next: 'x' }] }))).toEqual(['check-in-overdue']);
    expect(codes(healthy, body({ checkIns: [], tasks: [{ text: 'x', done: false, line: 3 }] }))).toEqual(['check-in-overdue']);
    expect(codes(healthy, undefined)).toEqual([]);
  });

  it('no-next-step: no open task and no Next: in the last check-in', () => {
    expect(codes(healthy, body({ checkIns: [{ date: '2026-11-20', line: 9 }] }))).toEqual(['no-next-step']);
    expect(codes(healthy, body({ checkIns: [{ date: '2026-11-20', line: 9 }], tasks: [{ text: 'Book a slot', done: false, line: 5 }] }))).toEqual([]);
    expect(codes(healthy, body({ checkIns: [{ date: '2026-11-20', line: 9 }], tasks: [{ text: 'Book a slot', done: true, line: 5 }] }))).toEqual(['no-next-step']);
    expect(codes(healthy.replace('quarter: 2026-Q4', 'quarter: 2026-Q4\nstatus: done').replace('Give 2 talks at the sprint demo}', 'Give 2 talks at the sprint demo, status: done}'), body({ checkIns: [] }))).toEqual([]);
  });

  it('low-confidence: the last check-in below 0.5, not an older one', () => {
    expect(codes(healthy, body({ checkIns: [{ date: '2026-11-20', line: 9, next: 'x', confidence: 0.4 }] }))).toEqual(['low-confidence']);
    expect(codes(healthy, body({ checkIns: [{ date: '2026-11-01', line: 9, confidence: 0.2 }, { date: '2026-11-20', line: 12, next: 'x', confidence: 0.5 }] }))).toEqual([]);
  });

  it('routine-work: a key result that reads like everyday duties', () => {
    const goal = (title: string) => `quarter: 2026-Q4\ncareer: [quality]\nkey_results:\n  - {id: a, title: ${title}}`;
    expect(codes(goal('Close 20 Jira tickets'))).toEqual(['routine-work']);
    expect(codes(goal('Lead 3 sprint plannings as facilitator'))).toEqual([]);
  });

  it('quarter-not-graded and quarter-not-reviewed: past quarters only, dropped objectives excepted', () => {
    const past = 'quarter: 2026-Q3\nstatus: done\ncareer: [quality]\nkey_results:\n  - {id: a, title: Ship it, grade: 0.5}\n  - {id: b, title: Ship more}\n  - {id: c, title: Gone, status: dropped}';
    const hints = workspaceHints([{ uri: 'g', objective: objective(past), body: body() }], context).get('g') ?? [];
    expect(hints.map((hint) => hint.code)).toEqual(['quarter-not-graded', 'quarter-not-reviewed']);
    expect(hints[0]?.message).toBe('2026-Q3 is over and key result b has no grade: grade it so the quarter has a score.');
    expect(codes(past.replace('{id: b, title: Ship more}', '{id: b, title: Ship more, grade: 1}'), body({ hasReview: true, reviewText: 'Went well.' }))).toEqual([]);
    expect(codes(past.replace('{id: b, title: Ship more}', '{id: b, title: Ship more, grade: 1}'), body({ hasReview: true }))).toEqual(['quarter-not-reviewed']);
    expect(codes(past.replace('status: done', 'status: dropped'))).toEqual([]);
    // The same objective in the current quarter: not history yet (only its open KRs are worth a word).
    expect(codes(past.replace('2026-Q3', '2026-Q4'))).toEqual(['open-key-results']);
  });

  it('template-text-unchanged: titles word for word as a template wrote them', () => {
    expect(codes('objective: x\nquarter: 2026-Q4\ncareer: [communication]\nkey_results:\n  - {id: a, title: Present my own work at 2 team or company demos}'.replace('objective: x\n', ''))).toEqual(['template-text-unchanged']);
    const templated = parseGoalFile('g', '1', '---\nobjective: explain my ideas so that others can act on them\nquarter: 2026-Q4\ncareer: [communication]\nkey_results:\n  - {id: a, title: Give 2 talks}\n---\n').objective as Objective;
    expect(workspaceHints([{ uri: 'g', objective: templated, body: body() }], context).get('g')?.map((hint) => hint.code)).toEqual(['template-text-unchanged']);
  });

  it('open-key-results: a done or dropped objective of a current, future or no quarter whose key results are still open', () => {
    const done = 'quarter: 2026-Q4\nstatus: done\ncareer: [quality]\nkey_results:\n  - {id: a, title: Ship A, status: doing}\n  - {id: b, title: Ship B}\n  - {id: c, title: Ship C, status: done}';
    const hints = workspaceHints([{ uri: 'g', objective: objective(done), body: body() }], context).get('g') ?? [];
    expect(hints.map((hint) => [hint.code, hint.message])).toEqual([['open-key-results', 'This objective is done, but key results "a", "b" are still in To do or Doing: set them done or dropped too.']]);
    expect(codes('status: dropped\nkey_results:\n  - {id: a, title: Ship A}')).toEqual(['open-key-results']);
    expect(codes(done, body(), { today: '2027-01-10' }), 'a past quarter is history').toEqual(['quarter-not-graded', 'quarter-not-reviewed']);
    expect(codes(done.replace('status: done\n', ''))).toEqual([]);
  });

  it('no-time-planned: off by default, on through the settings, quiet with time:', () => {
    const on = { settings: { ...defaultHintSettings, enabled: { 'no-time-planned': true } } };
    expect(codes(healthy)).toEqual([]);
    expect(codes(healthy, body(), on)).toEqual(['no-time-planned']);
    expect(codes(`${healthy.replace('key_results:', 'time: 4h per sprint\nkey_results:')}`, body(), on)).toEqual([]);
  });

  it('too-many-objectives: every objective of a current or future quarter over the limit', () => {
    const goals = ['a', 'b', 'c', 'd'].map((uri) => ({ uri, objective: objective('quarter: 2026-Q4\ncareer: [quality]\nkey_results:\n  - {id: a, title: Ship 2 fixes}'), body: body() }));
    const hints = workspaceHints(goals, context);
    expect([...hints.values()].map((list) => list.map((hint) => hint.code))).toEqual([['too-many-objectives'], ['too-many-objectives'], ['too-many-objectives'], ['too-many-objectives']]);
    expect(workspaceHints(goals.slice(0, 3), context).get('a')).toEqual([]);
  });

  it('given only some files, gives their hints alone, still counted against every goal', () => {
    const goals = ['a', 'b', 'c', 'd'].map((uri) => ({ uri, objective: objective('quarter: 2026-Q4\nkey_results:\n  - {id: a, title: Improve my planning}'), body: body() }));
    const all = workspaceHints(goals, context);
    const some = workspaceHints(goals, context, new Set(['b', 'd']));
    expect([...some.keys()]).toEqual(['b', 'd']);
    expect(some.get('b')).toEqual(all.get('b'));
    expect(some.get('d')?.map((hint) => hint.code)).toContain('too-many-objectives');
  });

  it('is silenced per workspace (settings), per file and per key result (silence:)', () => {
    const vague = 'quarter: 2026-Q4\nkey_results:\n  - {id: a, title: Improve my planning}\n  - {id: b, title: Learn Rust}';
    expect(codes(vague)).toEqual(['no-career-link', 'no-measurable-target', 'no-measurable-target']);
    expect(codes(vague, body(), { settings: { ...defaultHintSettings, enabled: { 'no-measurable-target': false } } })).toEqual(['no-career-link']);
    expect(codes(`silence: [no-career-link]\n${vague}`)).toEqual(['no-measurable-target', 'no-measurable-target']);
    expect(codes(`silence: all\n${vague}`)).toEqual([]);
    expect(codes(vague.replace('{id: a, title: Improve my planning}', '{id: a, title: Improve my planning, silence: [no-measurable-target]}'))).toEqual(['no-career-link', 'no-measurable-target']);
  });

  it('recomputes a file whose body, date, settings or framework changed, and reuses it otherwise', () => {
    const goal = { uri: 'g', objective: objective('quarter: 2026-Q4\ncareer: [comunication]\nkey_results:\n  - {id: a, title: Give 2 talks}') };
    const run = (extra: Partial<HintContext> & { body?: BodySummary }) => {
      const { body: goalBody, ...rest } = extra;
      return (workspaceHints([{ ...goal, ...(goalBody ? { body: goalBody } : {}) }], { ...context, ...rest }).get('g') ?? []).map((hint) => hint.code);
    };
    expect(run({})).toEqual(['unknown-career-id']);
    expect(run({ body: body({ checkIns: [] }) })).toEqual(['unknown-career-id', 'check-in-overdue', 'no-next-step']);
    expect(run({ body: body({ checkIns: [] }), today: '2026-10-05' })).toEqual(['unknown-career-id', 'no-next-step']);
    expect(run({ settings: { ...defaultHintSettings, enabled: { 'unknown-career-id': false } } })).toEqual([]);
    expect(run({ careerIds: ['comunication'] })).toEqual([]);
    const first = workspaceHints([goal], context).get('g');
    expect(workspaceHints([goal], context).get('g')?.[0]).toBe(first?.[0]);
  });
});
