// Spanish word tables, written without accents: the text is accent-folded before any pattern runs.
import { alternation } from '../../common/words';

/** ISO weekday numbers: lunes = 1 … domingo = 7. */
export const WEEKDAYS: Record<string, number> = {
  lunes: 1,
  martes: 2,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sabado: 6,
  domingo: 7,
};

/** Only read before a numeric date: "mar" alone is the sea. */
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  lun: 1,
  mar: 2,
  mie: 3,
  jue: 4,
  vie: 5,
  sab: 6,
  dom: 7,
};

export const MONTHS: Record<string, number> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

export const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  quince: 15,
  veinte: 20,
  treinta: 30,
};

export const ORDINALS: Record<string, number> = {
  primera: 1,
  primer: 1,
  segunda: 2,
  tercera: 3,
  cuarta: 4,
};

export const WEEKDAY_PATTERN = alternation(WEEKDAYS);
export const MONTH_PATTERN = alternation(MONTHS);
export const NUMBER_PATTERN = `(?:\\d{1,3}|${alternation(NUMBER_WORDS)})`;
export const ORDINAL_PATTERN = alternation(ORDINALS);

/** "en 3 dias", "dentro de dos semanas", "en los proximos 10 dias". */
export const DURATION_LEAD = '(?:en|dentro\\s+de|en\\s+(?:los|las)\\s+proxim[oa]s)';
export const UNIT_PATTERN = '(dias?|semanas?|mes(?:es)?)';

/** Words before a phrase that make it a deadline rather than a passing mention ("antes del 20"). */
export const DEADLINE_LEAD =
  'para|antes\\s+del?|hasta|a\\s+mas\\s+tardar|como\\s+(?:muy\\s+)?tarde|vence|vencimiento|plazo|entrega|fecha(?:\\s+(?:limite|de\\s+entrega))?';
/** Articles that belong to the phrase after them ("para el 5", "la semana que viene"). */
export const ARTICLE = 'el|la|los|las|al|a';
