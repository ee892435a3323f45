// Entry point of the out/bodyEdits.js bundle, not a module to import from: the edits that
// read the Markdown body need remark, which the extension keeps out of its activation bundle
// and loads on first use (HostPlatform.markdown, chosen in src/extension.ts and
// src/extensionWeb.ts), as it does for the body parser.
export { addCheckIn } from './addCheckIn.js';
export { addReviewSection, reviewSectionOffset } from './addReviewSection.js';
// The rollover plan adds review sections and reads next steps from the body.
export { carryCandidates, planNextQuarter } from '../rollover/nextQuarterPlan.js';
export { describePlan } from '../rollover/planText.js';
