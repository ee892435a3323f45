// The rules for the extension's two Node bundles, checked on esbuild's metafile after every
// build (scripts/build.mjs): out/extension.js loads at activation and must not carry the
// Markdown parser; out/markdownParser.js, loaded on first use, carries only the parser; and
// no library is copied into both.

/** The npm package (or our own file) an esbuild input belongs to. */
function sourceOf(input) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match ? match[1] : input;
}

/**
 * @param {{ inputs: Record<string, { bytesInOutput: number }> }} extension  metafile output of out/extension.js
 * @param {{ inputs: Record<string, { bytesInOutput: number }> }} markdownTree  metafile output of out/markdownParser.js
 * @returns {string[]} what is wrong, one line each; empty when the bundles are fine
 */
export function bundleProblems(extension, markdownTree) {
  const sources = (output) => new Set(Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => sourceOf(path)));
  const inExtension = sources(extension);
  const inMarkdownTree = sources(markdownTree);
  const problems = [];
  if (inExtension.has('src/core/markdownTree.ts')) {
    problems.push('out/extension.js bundles src/core/markdownTree.ts (remark): load it through src/lazyBundles/markdownTree.ts');
  }
  const shared = [...inMarkdownTree].filter((source) => inExtension.has(source));
  if (shared.length > 0) problems.push(`copied into both out/extension.js and out/markdownParser.js: ${shared.join(', ')}`);
  const ownCode = [...inMarkdownTree].filter((source) => source.startsWith('src/') && source !== 'src/core/markdownTree.ts');
  if (ownCode.length > 0) problems.push(`out/markdownParser.js must hold the Markdown parser only, not ${ownCode.join(', ')}`);
  return problems;
}
