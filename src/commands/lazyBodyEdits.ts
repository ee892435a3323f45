import type * as bodyEditsEntry from '../core/edits/bodyEditsEntry.js';

type BodyEdits = typeof bodyEditsEntry;
let bodyEditsModule: BodyEdits | undefined;

/**
 * The body edits (add a check-in, add a review section) from their own bundle
 * (out/bodyEdits.js), loaded the first time one is used: they bring remark, which would
 * otherwise add ~600 KB and ~100 ms to every activation.
 */
export function bodyEdits(): BodyEdits {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bodyEditsModule ??= require('./bodyEdits.js') as BodyEdits;
  return bodyEditsModule;
}
