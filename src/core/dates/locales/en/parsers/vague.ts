// Deadlines that name no date: "ASAP", "soon", "as soon as possible", "whenever you can", "no rush".
import { RuleParser } from '../../../common/parsers/RuleParser';
import { VAGUE } from '../../../common/resolution';

export const vagueParser = new RuleParser(
  new RegExp(
    [
      'as\\s+soon\\s+as\\s+(?:possible|you\\s+can)',
      'a\\.s\\.a\\.p\\.?',
      'asap',
      'whenever\\s+(?:you\\s+can|possible)',
      'when\\s+you\\s+(?:can|get\\s+a\\s+chance)',
      'no\\s+rush',
      'soon',
    ].join('|'),
  ),
  () => VAGUE,
);
