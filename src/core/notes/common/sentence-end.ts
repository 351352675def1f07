// Where a sentence of the notes ends, for every stage that reads sentence by sentence.
/** A sentence's end: never a title before a name ("la Sra. Soto", "Dr. Patel"), which stays with the name. */
export const SENTENCE_BREAK =
  '(?<=[.!?])(?<!\\b(?:[Ss]r|[Ss]ra|[Ss]rta|[Dd]r|[Dd]ra|[Ll]ic|[Ii]ng|[Pp]rof|Mr|Mrs|Ms|St|Arq)\\.)\\s+(?=[¿¡"\\p{Lu}])';
/** Where a sentence ends and the next begins. */
export const SENTENCE_END = new RegExp(SENTENCE_BREAK, 'u');
