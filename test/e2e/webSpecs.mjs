// The UI checks run in the web worker extension host (`scripts/run-integration.mjs --e2e --web`,
// part of npm run test:e2e). The full UI suite runs on the desktop host (specs.mjs); the
// integration suites run in both.
import { boardDragAndGradeInTheWebWorkerHost } from './specs/webHost.e2e.mjs';

export const specs = [boardDragAndGradeInTheWebWorkerHost];
