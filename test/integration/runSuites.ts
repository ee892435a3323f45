// Runs mocha suites in the extension host: the module VS Code loads through
// `extensionTestsPath` calls this with its suites (test/integration/index.ts, and
// test/multiRoot/index.ts for the multi-root workspace run).
import Mocha from 'mocha';

export async function runSuites(suites: ReadonlyArray<() => void>, label = 'integration'): Promise<void> {
  // mocha is resolved at run time from the project's node_modules (external in the bundle).
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000 });
  // Installs describe/it/before/... on globalThis, as `mocha` does before loading files.
  mocha.suite.emit('pre-require', globalThis, '', mocha);
  for (const register of suites) register();

  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The plain closing line CI reads ("N passed, N failed"); run-integration repeats it last.
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`${label}: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
