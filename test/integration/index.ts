// Extension-host test entry (the module VS Code loads through `extensionTestsPath`).
//
// Why suites are imported statically: scripts/build.mjs bundles this file into
// out/test/integration/index.js with esbuild (mocha left external), so there is no folder
// of compiled suite files to glob at run time. Each suite file exports `register()`,
// which calls describe/it once mocha's BDD globals exist; test/integration/suites.ts lists
// them. To add a suite: write test/integration/<name>.test.ts exporting `register`, and
// append it to the array in suites.ts.
import Mocha from 'mocha';
import { suites } from './suites';

export async function run(): Promise<void> {
  // mocha is resolved at run time from the project's node_modules (external in the bundle).
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000 });
  // Installs describe/it/before/... on globalThis, as `mocha` does before loading files.
  mocha.suite.emit('pre-require', globalThis, '', mocha);
  for (const register of suites) register();

  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The plain closing line CI reads ("N passed, N failed"); run-integration repeats it last.
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`integration: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
