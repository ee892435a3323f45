import type { Root } from 'mdast';
import type * as markdownTree from '../core/markdownTree.js';

// The extension's stand-in for src/core/markdownTree.ts (scripts/build.mjs swaps it in):
// remark and micromark are the heaviest part of the extension, so they live in their own
// bundle, out/markdownParser.js, loaded the first time a goal file's body is read or edited.
// Activation and the front-matter index never need them.

let loaded: typeof markdownTree | undefined;

export function parseMarkdownTree(text: string): Root {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./markdownParser.js') as typeof markdownTree;
  return loaded.parseMarkdownTree(text);
}
