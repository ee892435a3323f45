// Extension-tests module for the web worker extension host (VS Code for the Web): the same
// suites as the desktop run (test/integration/suites.ts) against the extension loaded as a
// web extension (a copy whose manifest has `browser` and no `main`; scripts/run-integration.mjs
// --web), plus the web host's own. scripts/build.mjs bundles it into out/test/web/index.js for
// the browser: that host loads one file and its `require` knows only 'vscode', so mocha comes
// as its browser build, inside the bundle.
import 'mocha/mocha.js';
import type MochaType from 'mocha';
import { register as folderArrival } from '../integration/folderArrival.test';
import { runSuites } from '../integration/runSuites';
import { suites } from '../integration/suites';
import { register as webHost } from './webHost.test';
import { workspaceDisk } from './workspaceDisk';

export function run(): Promise<void> {
  // mocha's browser build puts its class on the global object.
  const { Mocha } = globalThis as unknown as { Mocha: typeof MochaType };
  return runSuites([webHost, ...suites, () => folderArrival(workspaceDisk)], 'web', Mocha);
}
