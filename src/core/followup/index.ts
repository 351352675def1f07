// The weekly follow-up's pure core: digests per recipient, the plan of a run, its log rows and schedule.
export { buildDigests, digestSource, type DigestSource } from './digest';
export { logRecord, plannedOutcome, runFailedRecord, runSummary, sentKeysFromLog, type Outcome } from './log';
export { planRun, queueOf, type RunState } from './plan';
export { nextRunOf } from './schedule';
export { defaultFollowUpSettings, sanitiseFollowUpSettings } from './settings';
export type * from './types';
export { digestWindow, isoWeekKey, oldestKeptWeek } from './week';
