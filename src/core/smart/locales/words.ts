// The shape of one language's SMART word lists.

export interface SmartWords {
  /** Verbs that name no concrete outcome on their own ("mejorar", "improve"). */
  vagueVerbs: RegExp;
  /** Comparatives that leave the target open ("más", "more", "better"). */
  openComparatives: RegExp;
  /** A verb at the start of the goal. */
  actionVerb: RegExp;
  /** Countable targets written in words ("tres", "three", "el doble"). */
  numberWords: RegExp;
  /** Periods that bound a goal in time without a date ("este trimestre", "this quarter"). */
  periods: RegExp;
}
