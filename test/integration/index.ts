// Extension-host test entry (the module VS Code loads through `extensionTestsPath`) for the
// desktop extension host.
//
// Why suites are imported statically: scripts/build.mjs bundles this file into
// out/test/integration/index.js with esbuild (mocha left external), so there is no folder
// of compiled suite files to glob at run time. Each suite file exports `register()`,
// which calls describe/it once mocha's BDD globals exist; test/integration/suites.ts lists
// the suites both hosts run, and this file adds the ones that need Node.
import Mocha from 'mocha';
import { register as folderArrival } from './folderArrival.test';
import { nodeDisk } from './nodeDisk';
import { runSuites } from './runSuites';
import { suites } from './suites';
import { register as warmStart } from './warmStart.test';
import { register as workspaceFiles } from './workspaceFiles.test';

export function run(): Promise<void> {
  return runSuites([...suites, () => folderArrival(nodeDisk), warmStart, workspaceFiles], 'integration', Mocha);
}
