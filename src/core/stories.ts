// Next-step stories (the body's `- [ ]` items) and the key result each one serves. A story
// names its key result with a tag of the KR's id, `- [ ] Book the demo slot #demo-talks`, the
// way a commit names it with a Key-Result: trailer. A tag that is not an id of the file is
// just text, so `#123` or `#blocked` never links by accident.

import type { Objective, TaskItem } from './model.js';

const tagPattern = /(?:^|[\s(])#([a-z0-9][a-z0-9-]*)(?=$|[\s).,;:!?])/g;

/** The first tag in a story's text that names one of `keyResultIds`. */
export function storyKeyResultId(text: string, keyResultIds: ReadonlySet<string>): string | undefined {
  for (const match of text.matchAll(tagPattern)) {
    const id = match[1];
    if (id !== undefined && keyResultIds.has(id)) return id;
  }
  return undefined;
}

/** The story's text without the tag that links it, for views that show it under its key result. */
export function storyTitle(text: string, keyResultId: string | undefined): string {
  if (keyResultId === undefined) return text;
  const tag = new RegExp(`(^|[\\s(])#${keyResultId}(?=$|[\\s).,;:!?])`);
  return text.replace(tag, '$1').replace(/\(\s*\)/, '').replace(/\s{2,}/g, ' ').trim() || text;
}

export interface ObjectiveStories {
  /** Stories per key result id, in file order. */
  readonly byKeyResult: ReadonlyMap<string, readonly TaskItem[]>;
  /** Stories that name no key result of the file: they serve the objective as a whole. */
  readonly unlinked: readonly TaskItem[];
}

export function objectiveStories(objective: Pick<Objective, 'keyResults'>, tasks: readonly TaskItem[]): ObjectiveStories {
  const ids = new Set(objective.keyResults.map((keyResult) => keyResult.id));
  const byKeyResult = new Map<string, TaskItem[]>();
  const unlinked: TaskItem[] = [];
  for (const task of tasks) {
    const id = storyKeyResultId(task.text, ids);
    if (id === undefined) unlinked.push(task);
    else byKeyResult.set(id, [...(byKeyResult.get(id) ?? []), task]);
  }
  return { byKeyResult, unlinked };
}

/** Open stories of an objective: what is pulled into this week. */
export function openStoryCount(tasks: readonly TaskItem[]): number {
  return tasks.filter((task) => !task.done).length;
}
