// The Node bundles name no browser `navigator`: picomatch (under tinyglobby, which lists the
// workspace's files in the desktop host, src/goalWorkspace/workspaceFiles.ts) asks `navigator.platform` before `process.platform`, and VS Code 1.139's
// Node extension host logs a deprecation warning with a stack for that read on every activation.
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { nodeBundleOptions } from '../../scripts/buildOptions.mjs';

async function bundledText(define?: Record<string, string>): Promise<string> {
  const options = nodeBundleOptions(false);
  const result = await esbuild.build({ ...options, ...(define ? { define } : {}), entryPoints: ['src/goalWorkspace/workspaceFiles.ts'], write: false, outdir: 'out-test' });
  return result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => file.text).join('\n');
}

describe('the Node bundles', () => {
  it('leave picomatch no navigator to read, so it asks process.platform', async () => {
    const options = nodeBundleOptions(false);
    const withoutDefine = Object.fromEntries(Object.entries(options.define ?? {}).filter(([key]) => key !== 'navigator'));
    // The premise: the listing's dependencies do read it.
    expect(await bundledText(withoutDefine)).toMatch(/\bnavigator\.platform\b/);
    expect(await bundledText()).not.toMatch(/\bnavigator\b/);
  }, 60_000);
});
