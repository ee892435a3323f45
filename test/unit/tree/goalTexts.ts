// Literal goal files for the tree and status-bar tests, parsed by the real front-matter parser.
import type { GoalFile } from '../../../src/core/model';
import { parseGoalFile } from '../../../src/core/parse';

export interface GoalSpec {
  readonly title: string;
  readonly quarter?: string;
  readonly status?: string;
  readonly career?: readonly string[];
  /** YAML lines of the key_results list, without indentation. */
  readonly keyResults?: readonly string[];
}

export function goalText(spec: GoalSpec): string {
  const lines = ['---', `objective: ${spec.title}`];
  if (spec.quarter) lines.push(`quarter: ${spec.quarter}`);
  if (spec.status) lines.push(`status: ${spec.status}`);
  if (spec.career) lines.push(`career: [${spec.career.join(', ')}]`);
  if (spec.keyResults) lines.push('key_results:', ...spec.keyResults.map((line) => `  ${line}`));
  lines.push('---', '', 'Body.', '');
  return lines.join('\n');
}

export function goalFile(name: string, spec: GoalSpec): GoalFile {
  return parseGoalFile(`file:///ws/goals/${name}.md`, '1', goalText(spec));
}

export function brokenFile(name: string): GoalFile {
  return parseGoalFile(`file:///ws/goals/${name}.md`, '1', '---\nobjective: [unclosed\nquarter: 2026-Q4\n---\n');
}

export const kr = (id: string, fields: string): string[] => [`- id: ${id}`, `  title: KR ${id}`, ...fields.split(';').filter(Boolean).map((field) => `  ${field.trim()}`)];

/** A small workspace: three quarters, a backlog, a finished quarter and one broken file. */
export function sampleFiles(): GoalFile[] {
  return [
    goalFile('q4-webhooks', {
      title: 'Own webhooks',
      quarter: '2026-Q4',
      career: ['ownership', 'planning'],
      keyResults: [...kr('roadmap', 'status: done; grade: 1.0'), ...kr('stories', 'status: doing; target: 8; current: 5; weight: 2'), ...kr('old', 'status: dropped')],
    }),
    goalFile('q4-tracing', { title: 'Learn tracing', quarter: '2026-Q4', career: ['learning'], keyResults: kr('course', 'status: doing; grade: 0.3') }),
    goalFile('q4-guild', { title: 'Abandoned guild', quarter: '2026-Q4', status: 'dropped', career: ['leadership'] }),
    goalFile('q3-interviews', { title: 'Join interviews', quarter: '2026-Q3', status: 'done', career: ['hiring'], keyResults: kr('loops', 'status: done; grade: 0.9') }),
    goalFile('q1-future', { title: 'Future plan', quarter: '2027-Q1', status: 'backlog' }),
    goalFile('q2-old', { title: 'Older work', quarter: '2026-Q2', status: 'done', career: ['planning'], keyResults: kr('x', 'status: done; grade: 0.5') }),
    goalFile('idea', { title: 'An idea', career: ['direction'] }),
    brokenFile('broken'),
  ];
}
