// The review's words come from the host, in VS Code's display language
// (src/review/reviewStrings.ts, sent as the first message after `ready`): the webview renders
// only those. Kept here, where every part of the review reads them.

import { HostTexts, type ReviewStrings } from '../../../src/protocol/webviewStrings.js';

const texts = new HostTexts<keyof ReviewStrings>();

export function setReviewStrings(next: ReviewStrings): void {
  texts.set(next);
}

/** The host's text for `key` with its `{0}`, `{1}`… filled in; empty until the host has sent its strings. */
export function reviewText(key: keyof ReviewStrings, ...args: readonly (string | number)[]): string {
  return texts.text(key, ...args);
}

/** `one` for a count of 1, `other` for any other count, with the count as `{0}`. */
export function reviewCount(count: number, one: keyof ReviewStrings, other: keyof ReviewStrings, ...rest: readonly (string | number)[]): string {
  return texts.count(count, one, other, ...rest);
}
