// The rule for the two bundles the .vsix ships, checked on esbuild's metafile after every build
// (scripts/build.mjs): out/extension.js (desktop) requires out/web/extension.js (web, and the
// shared activation) at run time, so no library may be copied into both, and the desktop
// bundle must not carry the shared activation or the core a second time.

/** The npm package (or our own file) an esbuild input belongs to. */
function sourceOf(input) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match ? match[1] : input;
}

/**
 * @param {{ inputs: Record<string, { bytesInOutput: number }> }} desktop  metafile output of out/extension.js
 * @param {{ inputs: Record<string, { bytesInOutput: number }> }} web  metafile output of out/web/extension.js
 * @returns {string[]} what is wrong, one line each; empty when the bundles are fine
 */
export function bundleProblems(desktop, web) {
  const sources = (output) => new Set(Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => sourceOf(path)));
  const inDesktop = sources(desktop);
  const inWeb = sources(web);
  const problems = [];
  const libraries = [...inDesktop].filter((source) => !source.startsWith('src/') && inWeb.has(source));
  if (libraries.length > 0) problems.push(`copied into both out/extension.js and out/web/extension.js: ${libraries.join(', ')}`);
  const shared = [...inDesktop].filter((source) => source === 'src/activation.ts' || source.startsWith('src/core/'));
  if (shared.length > 0) problems.push(`out/extension.js must take the shared activation and the core from out/web/extension.js, not bundle ${shared.join(', ')}`);
  return problems;
}
