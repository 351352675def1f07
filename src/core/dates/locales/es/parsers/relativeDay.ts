// "hoy", "mañana", "pasado mañana"; "ayer" and "anteayer" are past.
import { addDays } from '../../../calendar';
import { RuleParser } from '../../../common/parsers/RuleParser';
import { PAST, relativeTo } from '../../../common/resolution';

const OFFSETS: Record<string, number> = { hoy: 0, manana: 1, 'pasado manana': 2 };

export const relativeDayParser = new RuleParser(
  /(pasado\s+manana|manana|hoy|anteayer|antes\s+de\s+ayer|ayer)/,
  (match, reference) => {
    const word = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const offset = OFFSETS[word];
    return offset === undefined ? PAST : relativeTo(addDays(reference, offset));
  },
);
