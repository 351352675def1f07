// Playbooks: the steps a kind of task hides, matched to tasks, expanded into dated steps, and kept in the Playbooks tab.
export type { ExpandedStep, Playbook, PlaybookProblem, PlaybookStep, TaskToExpand } from './types';
export { DEFAULT_PLAYBOOKS } from './defaults';
export { matchPlaybook } from './match';
export { expandTask } from './expand';
export { PLAYBOOK_HEADERS } from './columns';
export { playbooksToRows, rowsToPlaybooks } from './rows';
