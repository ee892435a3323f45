// Runs mocha suites in the extension host: the module VS Code loads through
// `extensionTestsPath` calls this with its suites and its host's mocha (test/integration/index.ts
// with Node's, test/web/index.ts with mocha's browser build, test/multiRoot/index.ts).
import type MochaType from 'mocha';

export async function runSuites(suites: ReadonlyArray<() => void>, label: string, Mocha: typeof MochaType): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
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
