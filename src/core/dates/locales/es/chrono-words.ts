// The words chrono's casual Spanish reads without a digit, from our word tables and chrono's: the engine's first look.
import type { ChronoWords } from '../../common/precheck';
import { MONTHS, NUMBER_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './constants';

/** chrono's casual days and times, accent-folded as the text is. */
const CASUAL_WORDS = ['ahora', 'hoy', 'manana', 'ayer', 'tarde', 'noche', 'medianoche', 'mediodia'];
const MONTH_ABBREVIATIONS = [
  'ene',
  'feb',
  'mar',
  'abr',
  'may',
  'jun',
  'jul',
  'ago',
  'sep',
  'oct',
  'nov',
  'dic',
];
/** chrono's amounts beyond our number words: "trece", "un"/"u" ("un?"), "algunos", "unos", "demi". */
const CHRONO_AMOUNTS = ['trece', 'un?', 'una?', 'uno?', 'algunos?', 'unos?', 'demi-?'];
const UNITS = [
  ...['segundos', 'segundo', 'sec', 'minutos', 'minuto', 'mins', 'min', 'horas', 'hora', 'hrs', 'hr', 'h'],
  ...['dias', 'dia', 'semanas', 'semana', 'cuartos', 'cuarto', 'meses', 'mes', 'anos', 'ano'],
];

export const SPANISH_CHRONO_WORDS: ChronoWords = {
  words: [...Object.keys(WEEKDAYS), ...Object.keys(MONTHS), ...CASUAL_WORDS],
  abbreviations: [...Object.keys(WEEKDAY_ABBREVIATIONS), ...MONTH_ABBREVIATIONS],
  abbreviationTails: ['de'],
  amounts: [...Object.keys(NUMBER_WORDS), ...CHRONO_AMOUNTS],
  units: UNITS,
  unitTails: [],
};
