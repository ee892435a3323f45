// Extension-tests module of the run against the packaged extension (npm run test:package):
// the .vsix is installed into code-server like a user's download, the workspace is opened
// with workspace trust on and not trusted, and the integration suites run against that copy.
import Mocha from 'mocha';
import { runSuites } from '../integration/runSuites';
import { suites } from '../integration/suites';
import { installedRun } from '../integration/calendarHook';
import { register as installedPackage } from './installedPackage.test';

export function run(): Promise<void> {
  installedRun.active = true;
  return runSuites([installedPackage, ...suites], 'installed .vsix', Mocha);
}
