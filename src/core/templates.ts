// Starter objectives for the common kinds of personal development goal, and the two ways
// they are inserted: as a new goal file, or as a VS Code snippet with tab stops. Pure data
// and string functions only, so the CLI, the extension and tests can all use them.

import { parseDocument } from 'yaml';
import { isQuarter, normaliseQuarter } from './quarter.js';

export interface ObjectiveTemplate {
  /** Stable id, e.g. for a command argument. */
  id: string;
  /** Short name shown in pickers. */
  label: string;
  /** One sentence on what this kind of goal is about. */
  description: string;
  /** Competency ids from the career framework. */
  career: string[];
  /** A starting formulation of the objective, meant to be rewritten in the engineer's own words. */
  objective: string;
  keyResults: { id: string; title: string; target?: number }[];
  /** A first next step small enough for this week, written as the file's first `- [ ]` task. */
  firstStep: string;
}

export interface TemplateOptions {
  /** `YYYY-Qn` (near misses such as `Q4 2026` are accepted); absent or empty for the backlog. */
  readonly quarter?: string;
}

export const objectiveTemplates: readonly ObjectiveTemplate[] = [
  {
    id: 'communication',
    label: 'Communicate clearly',
    description: 'Get better at explaining ideas and proposals, in writing and out loud.',
    career: ['communication'],
    objective: 'Explain my ideas so that others can act on them',
    firstStep: 'Ask for a slot at the next team demo',
    keyResults: [
      { id: 'demo-talks', title: 'Present my own work at 2 team or company demos', target: 2 },
      { id: 'decision-first-docs', title: 'Open each of my next 4 design docs with the decision I need, and get it made within a week', target: 4 },
      { id: 'writing-feedback', title: 'Ask 3 colleagues to critique one of my write-ups and apply the suggestion they agree on most', target: 3 },
    ],
  },
  {
    id: 'component-ownership',
    label: 'Own a component',
    description: 'Take responsibility for a service or library: its roadmap, its health and its documentation.',
    career: ['technical-ownership'],
    objective: 'Take full ownership of a component the team depends on',
    firstStep: 'List the open issues and alerts of the component in one place',
    keyResults: [
      { id: 'roadmap', title: 'Publish a roadmap for the component with its known issues and expected needs by week 6' },
      { id: 'backlog-stories', title: 'Write 5 ready-to-estimate stories for known problems, including an updated README', target: 5 },
      { id: 'monitoring', title: 'Add 3 alerts or dashboard panels for the health signals that matter most', target: 3 },
    ],
  },
  {
    id: 'quality',
    label: 'Quality of work',
    description: 'Deliver work that is well scoped and well tested, so it rarely comes back.',
    career: ['quality'],
    objective: 'Deliver work that rarely needs to be redone',
    firstStep: 'Pick the last story that came back from review and write down why',
    keyResults: [
      { id: 'story-template', title: 'Agree a story template with a task breakdown section with the team by sprint 3' },
      { id: 'testing-notes', title: 'Describe how I tested the change in 100% of the pull requests I open', target: 100 },
      { id: 'sprint-self-review', title: 'Grade my own stories at the end of 5 sprints and write down one lesson each time', target: 5 },
      { id: 'coverage', title: 'Keep test coverage of the lines I change at 80% or more', target: 80 },
    ],
  },
  {
    id: 'knowledge-sharing',
    label: 'Share knowledge',
    description: 'Make what you and your team know useful to people outside the team.',
    career: ['knowledge-sharing', 'visibility'],
    objective: 'Share what I know beyond my own team',
    firstStep: 'Write down the 3 questions other teams ask us most',
    keyResults: [
      { id: 'blog-post', title: 'Publish 1 post on the engineering blog about something my team does well', target: 1 },
      { id: 'talks', title: 'Give 2 talks or demos aimed at people outside my team', target: 2 },
      { id: 'faq', title: 'Turn the 10 questions I answer most often into a written FAQ', target: 10 },
    ],
  },
  {
    id: 'learning',
    label: 'Learn a technology',
    description: 'Build real working skill in a technology, ideally one the team is about to use.',
    career: ['learning'],
    objective: 'Build working skill in a technology the team is adopting',
    firstStep: 'Choose the course and book a weekly slot for it in my calendar',
    keyResults: [
      { id: 'course', title: 'Complete one online course on the technology and pass its assessment by week 6' },
      { id: 'book-lessons', title: 'Read one book on the topic and share my 5 main lessons at a team session', target: 5 },
      { id: 'real-stories', title: 'Use the technology in 3 stories from our own sprints', target: 3 },
    ],
  },
  {
    id: 'planning',
    label: 'Planning and management',
    description: 'Learn to plan, track and report on work bigger than a single story.',
    career: ['planning', 'leadership'],
    objective: 'Plan and steer an initiative I own with confidence',
    firstStep: 'Write down the milestones of my initiative and their dates',
    keyResults: [
      { id: 'status-updates', title: 'Send a written progress update on my initiative every 2 weeks, 6 in the quarter', target: 6 },
      { id: 'resourcing-case', title: 'Write one resourcing request with costs and benefits before quarterly planning' },
      { id: 'planning-advice', title: 'Interview 3 experienced colleagues about planning and apply 3 of their tips', target: 3 },
    ],
  },
  {
    id: 'mentoring',
    label: 'Mentoring',
    description: 'Help one colleague grow faster than they would on their own.',
    career: ['mentoring'],
    objective: 'Help a colleague become fully productive in an area I know well',
    firstStep: 'Agree with my mentee on how often we pair',
    keyResults: [
      { id: 'pairing', title: 'Pair with my mentee on 15 story points of work in my area', target: 15 },
      { id: 'onboarding-plan', title: 'By week 8, write an onboarding plan a future new hire can follow, and try it out with my mentee' },
      { id: 'solo-changes', title: 'My mentee ships 3 changes in the area with me only reviewing', target: 3 },
    ],
  },
  {
    id: 'enabling-others',
    label: 'Enable others',
    description: 'Step back so that others learn to solve problems without you.',
    career: ['leadership', 'collaboration'],
    objective: 'Let others solve problems instead of solving them myself',
    firstStep: 'Pick the first story to hand over and ask who wants it',
    keyResults: [
      { id: 'delegated-stories', title: 'Hand 4 stories I would normally take to teammates and support them from the back seat', target: 4 },
      { id: 'coaching-answers', title: 'Answer 10 requests for help with a question or a pointer before offering a solution', target: 10 },
      { id: 'incident-leads', title: 'A teammate leads 2 incident responses while I only advise', target: 2 },
    ],
  },
  {
    id: 'direction',
    label: 'Give direction',
    description: 'Spot opportunities and shape what the team works on next.',
    career: ['direction'],
    objective: 'Shape what the team works on next',
    firstStep: 'Ask my product manager which company goal matters most this year',
    keyResults: [
      { id: 'tech-roadmap', title: 'Draft a 2-quarter technical roadmap for one area and review it with the team' },
      { id: 'new-initiative', title: 'Identify 1 new initiative that supports the company strategy, together with product', target: 1 },
      { id: 'okr-proposal', title: 'Submit 1 OKR proposal before the next quarterly planning session', target: 1 },
    ],
  },
  {
    id: 'visibility',
    label: 'Visibility and network',
    description: 'Become known across the company for your work, and get to know who to ask.',
    career: ['visibility', 'collaboration'],
    objective: 'Become known across the company for the work I do',
    firstStep: 'Ask who runs the company demo and when the next one is',
    keyResults: [
      { id: 'company-demos', title: 'Present recent work at 2 company-wide demos', target: 2 },
      { id: 'coffee-chats', title: 'Have 6 one-to-one chats with people outside my department', target: 6 },
      { id: 'cross-team-project', title: 'Contribute to 1 project led by another team', target: 1 },
    ],
  },
  {
    id: 'hiring',
    label: 'Interviewing and hiring',
    description: 'Take part in selecting new engineers and improve how it is done.',
    career: ['hiring'],
    objective: 'Help shape how we hire engineers',
    firstStep: 'Ask the hiring group to add me to the interviewer rota',
    keyResults: [
      { id: 'interviews', title: 'Take part in 4 technical interviews', target: 4 },
      { id: 'process-improvements', title: 'Propose 2 improvements to the interview process to the hiring group', target: 2 },
      { id: 'fast-feedback', title: 'Submit written feedback within 24 hours for every interview I join' },
    ],
  },
  {
    id: 'working-group',
    label: 'Run a working group',
    description: 'Make a guild, chapter or working group you lead more engaging and useful.',
    career: ['leadership', 'collaboration'],
    objective: 'Make my working group one that people want to join',
    firstStep: 'Ask 3 members what would make the next session worth their time',
    keyResults: [
      { id: 'new-formats', title: 'Try 3 new session formats and keep the one members rate highest', target: 3 },
      { id: 'member-survey', title: 'Survey the members and put the 2 most requested changes in place', target: 2 },
      { id: 'attendance', title: 'Raise average attendance by 25% over 3 sessions in a row', target: 25 },
    ],
  },
];

/**
 * A piece of the rendered file: literal text; a value the snippet turns into a tab stop
 * (whose default may hold another tab stop); or a mirror, which repeats what is typed at
 * another tab stop.
 */
type Segment =
  | { readonly text: string }
  | { readonly stop: number; readonly parts: readonly Segment[] }
  | { readonly mirror: number; readonly text: string };

/** A plain YAML scalar when it reads back as the same string, otherwise a double-quoted one. */
function yamlScalar(value: string): { readonly open: string; readonly inner: string; readonly close: string } {
  let plain = false;
  if (value !== '' && !/[\n\r\t]/.test(value)) {
    const document = parseDocument(`key: ${value}`, { uniqueKeys: true, prettyErrors: false });
    if (document.errors.length === 0 && document.warnings.length === 0) {
      try {
        const parsed: unknown = document.toJS();
        plain = typeof parsed === 'object' && parsed !== null && (parsed as Record<string, unknown>)['key'] === value;
      } catch {
        plain = false; // e.g. an alias to nothing: `*name`
      }
    }
  }
  if (plain) return { open: '', inner: value, close: '' };
  const quoted = JSON.stringify(value);
  return { open: '"', inner: quoted.slice(1, -1), close: '"' };
}

/** Flow-sequence items are plain only when they are simple ids. */
function yamlFlowItem(value: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(value) && yamlScalar(value).open === '' ? value : JSON.stringify(value);
}

function resolveQuarter(quarter: string | undefined): string | undefined {
  const trimmed = quarter?.trim();
  if (!trimmed) return undefined;
  if (isQuarter(trimmed)) return trimmed;
  const normalised = normaliseQuarter(trimmed);
  if (normalised) return normalised;
  throw new RangeError(`Quarter "${trimmed}" is not in the form YYYY-Qn, for example 2026-Q4.`);
}

/** The first occurrence of `target` as a whole number in `text`, e.g. the 2 of "at 2 demos". */
function numberIn(text: string, target: number): { before: string; number: string; after: string } | undefined {
  const number = String(target);
  const match = new RegExp(`(?<![\\d.,])${number.replace('.', '\\.')}(?![\\d]|[.,]\\d)`).exec(text);
  if (!match) return undefined;
  return { before: text.slice(0, match.index), number, after: text.slice(match.index + number.length) };
}

function segments(template: ObjectiveTemplate, options: TemplateOptions): Segment[] {
  const quarter = resolveQuarter(options.quarter);
  const out: Segment[] = [];
  let nextStop = 1;
  const literal = (text: string): void => {
    out.push({ text });
  };
  const field = (prefix: string, value: string, suffix: string): void => {
    const scalar = yamlScalar(value);
    literal(`${prefix}${scalar.open}`);
    out.push({ stop: nextStop++, parts: [{ text: scalar.inner }] });
    literal(`${scalar.close}${suffix}`);
  };

  literal('---\n');
  field('objective: ', template.objective, '\n');
  if (quarter) literal(`quarter: ${quarter}\nstatus: active\n`);
  else literal('status: backlog\n');
  if (template.career.length > 0) literal(`career: [${template.career.map(yamlFlowItem).join(', ')}]\n`);
  literal('key_results:\n');
  for (const keyResult of template.keyResults) {
    literal(`  - id: ${keyResult.id}\n`);
    const scalar = yamlScalar(keyResult.title);
    const number = keyResult.target === undefined ? undefined : numberIn(scalar.inner, keyResult.target);
    if (number) {
      // The number in the title is its own tab stop, visited before the whole title, and the
      // target mirrors it: changing the target changes the title with it. (Visiting the title
      // first would leave the nested stop nowhere once the title is typed over.)
      const numberStop = nextStop++;
      literal(`    title: ${scalar.open}`);
      out.push({ stop: nextStop++, parts: [{ text: number.before }, { stop: numberStop, parts: [{ text: number.number }] }, { text: number.after }] });
      literal(`${scalar.close}\n    status: todo\n    target: `);
      out.push({ mirror: numberStop, text: number.number });
      literal('\n    current: 0\n');
      continue;
    }
    field('    title: ', keyResult.title, '\n');
    literal('    status: todo\n');
    if (keyResult.target !== undefined) {
      literal('    target: ');
      out.push({ stop: nextStop++, parts: [{ text: String(keyResult.target) }] });
      literal('\n    current: 0\n');
    }
  }
  literal('---\n');
  out.push({ stop: nextStop++, parts: [{ text: template.description }] });
  literal('\n\n- [ ] ');
  out.push({ stop: nextStop++, parts: [{ text: template.firstStep }] });
  literal('\n\n## Check-ins\n');
  return out;
}

function plainText(parts: readonly Segment[]): string {
  return parts.map((segment) => ('parts' in segment ? plainText(segment.parts) : segment.text)).join('');
}

function snippetText(parts: readonly Segment[]): string {
  return parts
    .map((segment) => {
      if ('parts' in segment) return `\${${segment.stop}:${snippetText(segment.parts)}}`;
      if ('mirror' in segment) return `\${${segment.mirror}}`;
      return escapeSnippetText(segment.text);
    })
    .join('');
}

/**
 * Renders a complete goal file for the template: front-matter with every key result as
 * `todo`, the template's description as a first note to rewrite, a first next step as a
 * `- [ ]` task, and an empty check-ins section. Throws a RangeError for a quarter that cannot
 * be read as `YYYY-Qn`.
 */
export function templateToGoalFile(template: ObjectiveTemplate, options: TemplateOptions = {}): string {
  return plainText(segments(template, options));
}

/** Escapes text for a VS Code snippet, where `$`, `}` and `\` are syntax. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * The same file as `templateToGoalFile`, as a VS Code snippet string: the objective, each
 * key result's title (after the number in it, which the target mirrors) or target, the note
 * and the first step are tab stops in that order, and `$0` ends it. Accepting every default
 * yields exactly the goal file.
 */
export function templateToSnippet(template: ObjectiveTemplate, options: TemplateOptions = {}): string {
  return `${snippetText(segments(template, options))}$0`;
}
