// The extension-host integration suites that run in BOTH extension hosts: the desktop one
// (out/test/integration/index.js) and the web worker one (out/test/web/index.js, the
// extension loaded as a web extension). They use `vscode` and web APIs only; a suite that
// needs Node goes in test/integration/index.ts, its web counterpart in test/web/index.ts.
// Append new suites here (import { register as mySuite } from './my.test';).
import { register as smoke } from './smoke.test';
import { register as tree } from './tree.test';
import { register as commands } from './commands.test';
import { register as lenses } from './lenses.test';
import { register as board } from './board.test';
import { register as dayChange } from './dayChange.test';
import { register as scores } from './scores.test';
import { register as careerAndHints } from './careerAndHints.test';

export const suites: ReadonlyArray<() => void> = [smoke, tree, commands, lenses, board, dayChange, scores, careerAndHints];
