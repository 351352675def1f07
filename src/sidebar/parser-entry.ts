// The sidebar's second bundle: the notes parser (chrono-node included), which the page compiles only after painting.
export { parseNotes } from '../core/notes';
