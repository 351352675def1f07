// Judges what the temporary tab showed: text round trips, dates, conditional formats, row metadata.
import { CHECK_STRINGS } from '../i18n/check';
import type { IsoDate, Language } from '../types';
import { quoted, shownValue } from './describe';
import { METADATA_ROW } from './expectations';
import { firstFailure, verdict, type Verdict } from './verdict';

export type ReadType = 'text' | 'number' | 'boolean' | 'date' | 'empty';

/** One payload written as a task's text and read back. */
export interface TextRoundTrip {
  written: string;
  /** Dates already as YYYY-MM-DD. */
  value: string | number | boolean | null;
  type: ReadType;
  /** '' when the cell holds no formula. */
  formula: string;
}

function describeChange(trip: TextRoundTrip, language: Language): string {
  const seen = CHECK_STRINGS[language].seen;
  const became = trip.formula
    ? seen.becameFormula(quoted(trip.formula))
    : seen.becameValue(shownValue(trip.value), trip.type);
  return `${quoted(trip.written)} → ${became}`;
}

const keptAsText = (trip: TextRoundTrip): boolean =>
  trip.formula === '' && trip.type === 'text' && trip.value === trip.written;

export function textVerdict(trips: TextRoundTrip[], language: Language): Verdict {
  const changed = trips.filter((trip) => !keptAsText(trip));
  if (changed.length === 0) return verdict(true, CHECK_STRINGS[language].seen.allIdentical(trips.length));
  return verdict(false, changed.map((trip) => describeChange(trip, language)).join('; '));
}

export interface DateRoundTrip {
  written: IsoDate;
  /** The day the cell shows in the spreadsheet's zone, null when it no longer holds a date. */
  read: IsoDate | null;
}

export function dateVerdict(trips: DateRoundTrip[], language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  const changed = trips.filter((trip) => trip.read !== trip.written);
  if (changed.length === 0)
    return verdict(true, `${seen.datesAsWritten}: ${trips.map((trip) => trip.written).join(', ')}`);
  return verdict(false, changed.map((trip) => `${trip.written} → ${trip.read ?? seen.noDate}`).join('; '));
}

export function timeZoneVerdict(spreadsheetZone: string, scriptZone: string, language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  const relation = spreadsheetZone === scriptZone ? seen.sameZone : seen.differentZones;
  return { status: 'info', seen: `${seen.zones(spreadsheetZone, scriptZone)} (${relation})` };
}

export interface RulesObservation {
  /** The client's rule described before ours were added, and after ours were removed (null: gone). */
  clientBefore: string;
  clientAfter: string | null;
  oursAdded: number;
  oursLeft: number;
}

export function rulesVerdict(observed: RulesObservation, language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  const { clientBefore, clientAfter } = observed;
  return firstFailure(
    [
      observed.oursAdded === 0 && seen.oursNotAdded,
      clientAfter === null && seen.clientRuleGone,
      clientAfter !== null &&
        clientAfter !== clientBefore &&
        seen.clientRuleChanged(clientBefore, clientAfter),
      observed.oursLeft > 0 && seen.oursLeft(observed.oursLeft),
    ],
    seen.clientRuleKept,
  );
}

/** Where the metadata put on METADATA_ROW was found after one row was inserted above it (null: gone). */
export function rowMetadataVerdict(seenRow: number | null, language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  if (seenRow === null) return verdict(false, seen.metadataGone);
  return verdict(seenRow === METADATA_ROW + 1, seen.metadataAt(seenRow));
}
