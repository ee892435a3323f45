// Extension-tests module of the multi-root run: VS Code opens a .code-workspace with the
// sample goals and test/multiRoot/side-goals as two folders (npm run test:integration runs
// it after the single-folder suites; see scripts/run-integration.mjs --second-folder).
import Mocha from 'mocha';
import { runSuites } from '../integration/runSuites';
import { register as multiRoot } from './multiRoot.test';

export function run(): Promise<void> {
  return runSuites([multiRoot], 'multi-root', Mocha);
}
