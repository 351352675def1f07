// "in Q3", "by Q3", "end of Q2": the last day of that quarter. A bare "Q3" is a label, not a deadline.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { relativeTo } from '../../../common/resolution';
import { quarterEndOnOrAfter } from '../../../common/rules';

export const quarterParser = new RuleParser(
  /(?:in|by|for|before|until|(?:the\s+)?end\s+of)\s+(?:the\s+)?Q([1-4])/,
  (match, reference) => relativeTo(quarterEndOnOrAfter(reference, Number(match[1]))),
);
