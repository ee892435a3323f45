// Extension-host test entry (the module VS Code loads through `extensionTestsPath`).
//
// Why suites are imported statically: scripts/build.mjs bundles this file into
// out/test/integration/index.js with esbuild (mocha left external), so there is no folder
// of compiled suite files to glob at run time. Each suite file exports `register()`,
// which calls describe/it once mocha's BDD globals exist; test/integration/suites.ts lists
// them. To add a suite: write test/integration/<name>.test.ts exporting `register`, and
// append it to the array in suites.ts.
import { runSuites } from './runSuites';
import { suites } from './suites';

export function run(): Promise<void> {
  return runSuites(suites);
}
