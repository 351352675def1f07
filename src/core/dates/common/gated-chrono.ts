// Runs a chrono pipeline with only the parsers whose pattern can match the text, as told by its literal words.
import { Chrono, type ParsedResult, type Refiner } from 'chrono-node/es';
import type { IsoDate } from '../../types';
import { LiteralScan } from './literal-scan';
import { NO_OPTIONS } from './pipeline';
import { referenceInstants } from './reference';

export interface GatedChrono {
  /** chrono's results on accent-folded text, read from the reference date. */
  parse(folded: string, reference: IsoDate): ParsedResult[];
}

/**
 * The pipeline's refiners in their order, run only when the parsers found something: every refiner of the
 * pipeline, chrono's and ours, turns no results into none, and most texts past the gate still hold no date.
 */
function refinersUnlessEmpty(refiners: Refiner[]): Refiner {
  return {
    refine: (context, results) =>
      results.length === 0
        ? results
        : refiners.reduce((refined, refiner) => refiner.refine(context, refined), results),
  };
}

/**
 * chrono runs every parser's pattern over the whole text, and a parser whose pattern finds nothing there adds
 * nothing: leaving it out changes no result. Parser and refiner order stay as the pipeline has them. The
 * pipeline gives each parser one fixed pattern (see extendChrono), so the gate is read from the pattern run.
 */
export function gatedChrono(chrono: Chrono): GatedChrono {
  const { parsers, refiners } = chrono;
  const scan = new LiteralScan(parsers.map((parser) => parser.pattern(NO_OPTIONS)));
  // One pipeline, given each text's parsers before it runs: parsing is never re-entered, and a new pipeline per text
  // would copy every refiner each time.
  const runner = new Chrono({ parsers: [], refiners: [refinersUnlessEmpty(refiners)] });
  const instantOf = referenceInstants();
  return {
    parse(folded, reference) {
      const mayMatch = scan.mayMatch(folded);
      const matching = parsers.filter((_, index) => mayMatch[index]);
      // No parser, no result (see refinersUnlessEmpty).
      if (matching.length === 0) return [];
      runner.parsers = matching;
      return runner.parse(folded, instantOf(reference));
    },
  };
}
