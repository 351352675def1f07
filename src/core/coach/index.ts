// The SMART coach: reasons per letter, A/R questions and a rewrite with blanks, for the sidebar.
export type { CoachInput, LetterCoaching, ObjectiveCoaching } from './types';
export { coachObjective } from './coach';
export { splitDeadline } from './rewrite';
export { BLANK } from './words';
