// "en Q3", "para el Q3", "antes del T2": the last day of that quarter. A bare "Q3" is a label, not a deadline.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { relativeTo } from '../../../common/resolution';
import { quarterEndOnOrAfter } from '../../../common/rules';

export const quarterParser = new RuleParser(
  /(?:en|para|antes\s+del?|hasta|a\s+fin(?:es)?\s+del?|fin\s+del?)\s+(?:el\s+)?[QT]([1-4])/,
  (match, reference) => relativeTo(quarterEndOnOrAfter(reference, Number(match[1]))),
);
