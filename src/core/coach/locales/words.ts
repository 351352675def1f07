// The shape of one language's coach word lists: vague verbs, measurable targets per domain, rewrite wording.

/** A kind of goal and the unit its progress is counted in ("instagram" → "seguidores"). */
export interface MeasurableDomain {
  /** Normalised words (no accents, lower case) that name the domain in an objective. */
  keywords: string[];
  /** The countable target the rewrite proposes, plural. */
  unit: string;
}

export interface CoachWords {
  /** Verbs (and verb phrases) that name no concrete outcome on their own, longest first. */
  vagueVerbs: string[];
  /** Articles dropped from the front of an objective's object when it is reused. */
  articles: string[];
  /** Prepositions that start the part of the object the rewrite keeps ("en Instagram"). */
  prepositions: string[];
  domains: MeasurableDomain[];
  /** The verb that opens a rewrite of a vague goal ("Llegar a", "Reach"). */
  reachVerb: string;
  /** Joins a countable target to a specific goal ("con", "with"). */
  withWord: string;
  /** The target when no domain applies: a percentage change (" en un ___ %"). */
  percentTarget: string;
  /** The unit when a specific goal names no domain ("resultados"). */
  fallbackUnit: string;
  /** Opens a deadline the rewrite adds ("antes del"): the date goes after it. */
  deadlineLead: string;
}
