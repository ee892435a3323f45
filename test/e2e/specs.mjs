// The UI end-to-end specs, run in this order by run-e2e.mjs (npm run test:e2e).
// Add a spec: write test/e2e/specs/<area>.e2e.mjs exporting named async functions
// `(ctx) => {}` (see run-e2e.mjs for ctx), import it here and append it to the array.
// Keep the ".e2e.mjs" suffix so no unit-test glob (*.test.*, *.spec.*) ever collects a spec.
import { workbenchOpensOnWorkspace } from './specs/workbench.e2e.mjs';
import { backlogSidebarScreenshot } from './specs/backlogTree.e2e.mjs';
import { codeLensesScreenshot } from './specs/codeLenses.e2e.mjs';
import { gradeKeyResultPicksTheTypedId } from './specs/commands.e2e.mjs';
import { gradePickerClearsAGrade } from './specs/gradePicker.e2e.mjs';
import { hintsInProblemsPanel, suggestedGradeOfferedFirst } from './specs/goalQuality.e2e.mjs';
import { quarterReviewChartsAndAnswers } from './specs/review.e2e.mjs';
import { walkthroughStepsCompleteByDoingThem } from './specs/walkthrough.e2e.mjs';
import { boardDragKeyboardAndGrade, boardFollowsFileChanges, boardQuarterFilterMatchesTheCards, boardRefusedEditsPutCardBack, boardShowsHostileTitlesAsText, boardShowsPartialScoresAndClearsGrades, boardTicksStoryOnCard } from './specs/board.e2e.mjs';

// The walkthrough runs last, since it creates a goal file in the workspace.
export const specs = [workbenchOpensOnWorkspace, backlogSidebarScreenshot, codeLensesScreenshot, boardDragKeyboardAndGrade, boardFollowsFileChanges, boardShowsHostileTitlesAsText, boardRefusedEditsPutCardBack, boardShowsPartialScoresAndClearsGrades, gradePickerClearsAGrade, boardQuarterFilterMatchesTheCards, gradeKeyResultPicksTheTypedId, hintsInProblemsPanel, suggestedGradeOfferedFirst, boardTicksStoryOnCard, quarterReviewChartsAndAnswers, walkthroughStepsCompleteByDoingThem];
