// The list of extension-host integration suites bundled into out/test/integration/index.js.
// Append new suites here (import { register as mySuite } from './my.test';).
import { register as smoke } from './smoke.test';

export const suites: ReadonlyArray<() => void> = [smoke];
