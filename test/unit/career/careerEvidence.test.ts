import { describe, expect, it } from 'vitest';
import { summariseGoalBody } from '../../../src/core/bodyFacts';
import { careerEvidence, renderCareerEvidenceMarkdown, type EvidenceGoal } from '../../../src/core/careerEvidence';
import { parseCareerFramework } from '../../../src/core/careerFramework';
import type { Objective } from '../../../src/core/model';
import { parseGoalFile } from '../../../src/core/parse';

const framework = parseCareerFramework('# Ladder\n\n## Craft\n\n- `quality` Quality — ships well\n- `learning` — learns\n\n## People\n\n- `mentoring` Mentoring — helps others\n');

function goal(file: string, frontMatter: string, reviewText?: string): EvidenceGoal {
  const objective = parseGoalFile(file, '1', `---\n${frontMatter}\n---\n`).objective as Objective;
  return { file, objective, body: summariseGoalBody({ checkIns: [], tasks: [], hasReview: reviewText !== undefined, ...(reviewText ? { reviewText } : {}) }) };
}

const goals = [
  goal('q3.md', 'objective: Fewer bugs\nquarter: 2026-Q3\nstatus: done\ncareer: [quality, mentorin]\nkey_results:\n  - {id: a, title: Ship with tests, grade: 0.8}\n  - {id: b, title: Pair, grade: 0.5, weight: 2}', 'Mostly achieved.\nThe second KR was too vague.\n\nMore notes.'),
  goal('q4.md', 'objective: Review better\nquarter: 2026-Q4\ncareer: [quality]\nkey_results:\n  - {id: a, title: Review 10 PRs}'),
  goal('idea.md', 'objective: Someday\ncareer: [learning]'),
  goal('gone.md', 'objective: Dropped\nquarter: 2026-Q4\nstatus: dropped\ncareer: [mentoring, typo-id]'),
];

describe('careerEvidence', () => {
  it('lists exactly the framework competencies in order, with objectives newest first, and unknown ids apart', () => {
    expect(careerEvidence(framework, goals)).toEqual({
      competencies: [
        {
          id: 'quality',
          name: 'Quality',
          area: 'Craft',
          objectives: [
            { file: 'q4.md', title: 'Review better', quarter: '2026-Q4', score: null },
            { file: 'q3.md', title: 'Fewer bugs', quarter: '2026-Q3', score: 0.6 },
          ],
        },
        { id: 'learning', area: 'Craft', objectives: [] },
        { id: 'mentoring', name: 'Mentoring', area: 'People', objectives: [] },
      ],
      unknown: [
        { id: 'mentorin', files: ['q3.md'] },
        { id: 'typo-id', files: ['gone.md'] },
      ],
    });
  });

  it('renders Markdown by area with graded key results, the review opening and the gaps', () => {
    const markdown = renderCareerEvidenceMarkdown(framework, goals, 'career-framework.md');
    expect(markdown).toContain('3 competencies, 1 with objectives, 2 without (gaps to discuss).');
    expect(markdown).toContain('## Craft\n\n### Quality (`quality`)\n\nships well\n\n- **2026-Q4: Review better** — not graded, active (q4.md)\n- **2026-Q3: Fewer bugs** — score 0.60, done (q3.md)\n  - 0.8 — Ship with tests\n  - 0.5 — Pair\n  - Review: Mostly achieved. The second KR was too vague.');
    expect(markdown).toContain('### `learning`\n\nlearns\n\n_No objective has worked on this yet: a gap to discuss._');
    expect(markdown).toContain('## Ids not in the framework');
    expect(markdown).toContain('- `typo-id`: gone.md');
  });

  it('keeps goal text inert in Markdown', () => {
    const hostile = goal('evil.md', 'objective: "<img src=x onerror=alert(1)> [x](javascript:alert(1)) **b**\\u0007"\nquarter: 2026-Q4\ncareer: [quality]');
    const markdown = renderCareerEvidenceMarkdown(framework, [hostile], 'career-framework.md');
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1)) \\*\\*b\\*\\*');
    expect(markdown).not.toMatch(/[^\\]<img|[^\\]\]\(javascript/);
    expect(markdown).not.toContain(String.fromCharCode(7));
  });
});
