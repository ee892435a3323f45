// The list of extension-host integration suites bundled into out/test/integration/index.js.
// Append new suites here (import { register as mySuite } from './my.test';).
import { register as smoke } from './smoke.test';
import { register as tree } from './tree.test';
import { register as commands } from './commands.test';
import { register as lenses } from './lenses.test';
import { register as board } from './board.test';
import { register as dayChange } from './dayChange.test';
import { register as warmStart } from './warmStart.test';
import { register as refreshes } from './refreshes.test';

export const suites: ReadonlyArray<() => void> = [smoke, tree, commands, lenses, board, dayChange, warmStart, refreshes];
