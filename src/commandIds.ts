// Every command id in one typed place. package.json declares the same ids with their
// category ("Growth Backlog"); a unit test keeps the two in step.

export const commandIds = {
  gradeKeyResult: 'growthBacklog.gradeKeyResult',
  setKeyResultStatus: 'growthBacklog.setKeyResultStatus',
  setObjectiveStatus: 'growthBacklog.setObjectiveStatus',
  newObjective: 'growthBacklog.newObjective',
  addCheckIn: 'growthBacklog.addCheckIn',
  startNextQuarter: 'growthBacklog.startNextQuarter',
  openBoard: 'growthBacklog.openBoard',
  careerEvidence: 'growthBacklog.careerEvidence',
  refresh: 'growthBacklog.refresh',
  openSample: 'growthBacklog.openSample',
  openAtLine: 'growthBacklog.openAtLine',
  moveKeyResult: 'growthBacklog.moveKeyResult',
  groupByQuarter: 'growthBacklog.groupByQuarter',
  groupByStatus: 'growthBacklog.groupByStatus',
  groupByCareer: 'growthBacklog.groupByCareer',
  hideFinished: 'growthBacklog.hideFinished',
  showFinished: 'growthBacklog.showFinished',
  addKeyResult: 'growthBacklog.addKeyResult',
  linkCommitToKeyResult: 'growthBacklog.linkCommitToKeyResult',
  openCommit: 'growthBacklog.openCommit',
  prepareOneOnOne: 'growthBacklog.prepareOneOnOne',
  openQuarterReview: 'growthBacklog.openQuarterReview',
  exportQuarterReview: 'growthBacklog.exportQuarterReview',
} as const;

export type CommandId = (typeof commandIds)[keyof typeof commandIds];

/** Context keys set by the extension and read by `when` clauses in package.json. */
export const contextKeys = {
  indexed: 'growthBacklog.indexed',
  hasGoals: 'growthBacklog.hasGoals',
  showFinished: 'growthBacklog.showFinished',
} as const;

/**
 * The Get Started walkthrough's steps (package.json `walkthroughs`) complete when their key
 * turns true (`completionEvents: onContext:…`), which happens once the user has done the step.
 */
export const walkthroughStepKeys = {
  objectiveCreated: 'growthBacklog.walkthrough.objectiveCreated',
  boardOpened: 'growthBacklog.walkthrough.boardOpened',
  keyResultGraded: 'growthBacklog.walkthrough.keyResultGraded',
  checkInAdded: 'growthBacklog.walkthrough.checkInAdded',
} as const;

/**
 * What a command receives when invoked from the tree, a code lens or the board: the goal
 * file and, for key-result commands, the KR id. From the palette it receives nothing and asks.
 */
export interface GoalTarget {
  readonly uri: string;
  readonly keyResultId?: string;
}
