// A sheet's own developer metadata (not its columns'), listed once by key, each value read only when asked for.
import type { Sheet } from './context';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** `value` is undefined until asked for: every getValue is a round trip. */
export type OwnMetadata = Map<string, { metadata: Metadata; value?: string | null }>;

/** getDeveloperMetadata on a sheet leaves out its columns', so this stays small whatever the tab holds. */
export function readOwnMetadata(sheet: Sheet): OwnMetadata {
  return new Map(sheet.getDeveloperMetadata().map((metadata) => [metadata.getKey(), { metadata }]));
}

export function ownValue(own: OwnMetadata, key: string): string | null {
  const entry = own.get(key);
  if (!entry) return null;
  if (entry.value === undefined) entry.value = entry.metadata.getValue();
  return entry.value;
}

/** Each key is stored at most once per call: a metadata added here is only found again by the next read. */
export function storeOwnMetadata(sheet: Sheet, own: OwnMetadata, key: string, value: string): void {
  const known = own.get(key);
  if (!known) {
    sheet.addDeveloperMetadata(key, value);
  } else if (ownValue(own, key) !== value) {
    known.metadata.setValue(value);
    known.value = value;
  }
}
