// Commits as evidence for key results: which goal file and key result each Key-Result:
// trailer names. Editor- and git-free: the hosts read the commits (the Git extension's API
// in the editor, the git executable in the CLI) and hand them over as plain data.

import * as l10n from '@vscode/l10n';
import { keyResultTrailers, type KeyResultReference } from './keyResultTrailers.js';
import type { Objective } from './model.js';
import { quarterOfDate } from './quarter.js';

/** One commit as a host read it. */
export interface CommitRecord {
  readonly hash: string;
  /** The whole message; the subject is its first line. */
  readonly message: string;
  /** When the work was done (the author date), YYYY-MM-DD in the user's calendar. */
  readonly date: string;
  /** The repository it came from, for opening it; hosts choose the form (a URI, a path). */
  readonly repository?: string;
}

/** A commit linked to a key result, as the views show it. */
export interface LinkedCommit {
  readonly hash: string;
  readonly subject: string;
  readonly date: string;
  readonly repository?: string;
}

export interface GoalEntry {
  readonly uri: string;
  readonly objective: Objective;
}

export type ReferenceResolution =
  | { readonly kind: 'resolved'; readonly uri: string }
  | { readonly kind: 'unknown' }
  /** Several goal files fit and the commit's quarter did not pick one. */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] };

/** A trailer that names no key result, or one that is not clear. */
export interface TrailerProblem {
  readonly commit: LinkedCommit;
  readonly reference: KeyResultReference;
  readonly resolution: Exclude<ReferenceResolution, { kind: 'resolved' }>;
}

/** The last path segment of a goal file's URI or path, decoded, without `.md`. */
export function goalFileName(uri: string): string {
  return goalFilePath(uri).at(-1) ?? '';
}

function goalFilePath(uri: string): string[] {
  const segments = uri.split(/[/\\]/).filter(Boolean);
  const decoded = segments.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  const last = decoded.length - 1;
  if (last >= 0) decoded[last] = (decoded[last] ?? '').replace(/\.md$/i, '');
  return decoded;
}

/** Whether `name` (`talks` or `2026-Q4/talks`) names the file: its segments end the file's path. */
function namesFile(name: string, uri: string): boolean {
  const wanted = name.split('/').filter(Boolean);
  const path = goalFilePath(uri);
  if (wanted.length > path.length) return false;
  return wanted.every((segment, index) => path[path.length - wanted.length + index] === segment);
}

/** Goal files by their name without `.md`: a reference is resolved against a handful of files, not all of them. */
export type GoalsByName = ReadonlyMap<string, readonly GoalEntry[]>;

export function goalsByName(goals: readonly GoalEntry[]): GoalsByName {
  const byName = new Map<string, GoalEntry[]>();
  for (const goal of goals) {
    const name = goalFileName(goal.uri);
    byName.set(name, [...(byName.get(name) ?? []), goal]);
  }
  return byName;
}

/**
 * The goal file a reference names. Only files with that key result count. When two such
 * files share the name, the one whose quarter holds the commit's date wins; if that does
 * not single one out, the reference is ambiguous and links nothing.
 */
export function resolveReference(reference: KeyResultReference, commitDate: string, goals: readonly GoalEntry[] | GoalsByName): ReferenceResolution {
  const byName = Array.isArray(goals) ? goalsByName(goals) : (goals as GoalsByName);
  const name = reference.name.split('/').filter(Boolean).at(-1) ?? '';
  const candidates = (byName.get(name) ?? []).filter(
    (goal) => namesFile(reference.name, goal.uri) && goal.objective.keyResults.some((keyResult) => keyResult.id === reference.keyResultId),
  );
  if (candidates.length === 0) return { kind: 'unknown' };
  if (candidates.length === 1) return { kind: 'resolved', uri: (candidates[0] as GoalEntry).uri };
  const quarter = quarterOfDate(commitDate);
  const inQuarter = candidates.filter((goal) => goal.objective.quarter === quarter);
  if (inQuarter.length === 1) return { kind: 'resolved', uri: (inQuarter[0] as GoalEntry).uri };
  return { kind: 'ambiguous', candidates: (inQuarter.length > 1 ? inQuarter : candidates).map((goal) => goal.uri).sort() };
}

/** The key of a key result in the evidence map. A newline never occurs in a URI string. */
export function keyResultKey(uri: string, keyResultId: string): string {
  return `${uri}\n${keyResultId}`;
}

export interface CommitEvidence {
  /** Linked commits per key result (keyResultKey), newest first. */
  readonly byKeyResult: ReadonlyMap<string, readonly LinkedCommit[]>;
  readonly problems: readonly TrailerProblem[];
}

export const noEvidence: CommitEvidence = { byKeyResult: new Map(), problems: [] };

export function linkedCommit(commit: CommitRecord): LinkedCommit {
  const subject = commit.message.split(/\r?\n/, 1)[0]?.trim() ?? '';
  return { hash: commit.hash, subject, date: commit.date, ...(commit.repository === undefined ? {} : { repository: commit.repository }) };
}

/** Links every commit to the key results its trailers name. */
export function linkCommits(commits: readonly CommitRecord[], goals: readonly GoalEntry[]): CommitEvidence {
  const byName = goalsByName(goals);
  const byKeyResult = new Map<string, LinkedCommit[]>();
  const problems: TrailerProblem[] = [];
  const seen = new Set<string>();
  for (const commit of commits) {
    // The same commit reached from two repositories (a submodule, a worktree) counts once.
    if (seen.has(commit.hash)) continue;
    seen.add(commit.hash);
    const references = keyResultTrailers(commit.message);
    if (references.length === 0) continue;
    const linked = linkedCommit(commit);
    for (const reference of references) {
      const resolution = resolveReference(reference, commit.date, byName);
      if (resolution.kind !== 'resolved') {
        problems.push({ commit: linked, reference, resolution });
        continue;
      }
      const key = keyResultKey(resolution.uri, reference.keyResultId);
      byKeyResult.set(key, [...(byKeyResult.get(key) ?? []), linked]);
    }
  }
  for (const list of byKeyResult.values()) list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { byKeyResult, problems };
}

/** The commits of a key result, optionally only those dated in `quarter` or on or after `since`. */
export function commitsOf(evidence: CommitEvidence, uri: string, keyResultId: string, filter: { quarter?: string; since?: string } = {}): readonly LinkedCommit[] {
  const all = evidence.byKeyResult.get(keyResultKey(uri, keyResultId)) ?? [];
  return all.filter((commit) => (filter.quarter === undefined || quarterOfDate(commit.date) === filter.quarter) && (filter.since === undefined || commit.date >= filter.since));
}

/** `3 commits this quarter`, `1 commit in 2026-Q3`, `2 commits` (unscheduled); undefined for none. */
export function commitCountText(count: number, quarter: string | undefined, currentQuarter: string): string | undefined {
  if (count === 0) return undefined;
  if (quarter === undefined) return count === 1 ? l10n.t('1 commit') : l10n.t('{0} commits', count);
  if (quarter === currentQuarter) return count === 1 ? l10n.t('1 commit this quarter') : l10n.t('{0} commits this quarter', count);
  return count === 1 ? l10n.t('1 commit in {0}', quarter) : l10n.t('{0} commits in {1}', count, quarter);
}

/** Why a trailer did not link, in words for the problems log. */
export function trailerProblemText(problem: TrailerProblem): string {
  const reference = `${problem.reference.name}/${problem.reference.keyResultId}`;
  const commit = `${problem.commit.hash.slice(0, 7)} "${problem.commit.subject}"`;
  if (problem.resolution.kind === 'unknown') return l10n.t('Commit {0}: Key-Result: {1} names no key result of a goal file in this workspace.', commit, reference);
  const { candidates } = problem.resolution;
  return l10n.t(
    'Commit {0}: Key-Result: {1} could be {2} goal files ({3}), and the commit\'s quarter does not tell them apart; write a folder before the name, such as 2026-Q4/{1}.',
    commit,
    reference,
    candidates.length,
    candidates.join(', '),
  );
}
