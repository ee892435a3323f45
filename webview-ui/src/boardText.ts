// The board's words come from the host, in VS Code's display language
// (src/board/boardStrings.ts, sent as the first message after `ready`): the webview renders
// only those. They are kept here, where every part of the board reads them.

import { isPartial, type GradedCount } from '../../src/core/scoring.js';
import { HostTexts, type BoardStrings } from '../../src/protocol/webviewStrings.js';

const texts = new HostTexts<keyof BoardStrings>();

export function setBoardStrings(next: BoardStrings): void {
  texts.set(next);
}

/** The host's text for `key` with its `{0}`, `{1}`… filled in; empty until the host has sent its strings. */
export function boardText(key: keyof BoardStrings, ...args: readonly (string | number)[]): string {
  return texts.text(key, ...args);
}

/** `2 of 11 graded` beside a partial score (the core's rule, the host's words); undefined when complete. */
export function gradedNoteText(count: GradedCount): string | undefined {
  return isPartial(count) ? boardText('gradedNote', count.graded, count.total) : undefined;
}

/** `one` for a count of 1, `other` for any other count, with the count as `{0}`. */
export function boardCount(count: number, one: keyof BoardStrings, other: keyof BoardStrings, ...rest: readonly (string | number)[]): string {
  return texts.count(count, one, other, ...rest);
}
