// Deadlines that name no date: "pronto", "cuanto antes", "cuando puedas", "ASAP".
import { RuleParser } from '../../../common/parsers/RuleParser';
import { VAGUE } from '../../../common/resolution';

export const vagueParser = new RuleParser(
  new RegExp(
    [
      'lo\\s+(?:antes|mas\\s+pronto)\\s+posible',
      'cuanto\\s+antes',
      'a\\s+la\\s+brevedad',
      'cuando\\s+(?:puedas|pueda|puedan|podas|tengas\\s+tiempo)',
      'sin\\s+(?:apuro|prisa)',
      'proximamente',
      'pronto',
      'asap',
    ].join('|'),
  ),
  () => VAGUE,
);
