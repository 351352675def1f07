// Developer metadata: the spreadsheet-wide store, the DeveloperMetadata and Location objects, and the finder.
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
import { SERVICE_NAME } from '../counter';
import { faultsOf } from '../faults';
import type { MetadataLocationState, MetadataState, SpreadsheetState } from '../state';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

type LocationType = MetadataLocationState['type'];

/** Where a finder looks: the whole spreadsheet, one sheet, or the rows/columns of a block of one sheet. */
export interface MetadataScope {
  sheetId: number | null;
  rows: [number, number] | null;
  columns: [number, number] | null;
}

export class MetadataStore {
  constructor(private readonly state: SpreadsheetState) {}

  add(key: string, value: string | null, visibility: string, location: MetadataLocationState): MetadataState {
    const entry: MetadataState = { id: this.state.nextMetadataId++, key, value, visibility, location };
    this.state.metadata.push(entry);
    return entry;
  }

  remove(id: number): void {
    this.state.metadata = this.state.metadata.filter((entry) => entry.id !== id);
  }

  all(): MetadataState[] {
    return this.state.metadata;
  }

  /** Moves ROW (or COLUMN) entries of a sheet: moveIndex gives the new index, or null when the row was deleted. */
  remap(sheetId: number, type: 'ROW' | 'COLUMN', moveIndex: (index: number) => number | null): void {
    const dropsMovedDown = type === 'ROW' && faultsOf(this.state).dropRowMetadataOnInsert;
    this.state.metadata = this.state.metadata.filter((entry) => {
      const { location } = entry;
      if (location.type !== type || location.sheetId !== sheetId || location.index === null) return true;
      const moved = moveIndex(location.index);
      if (moved === null || (dropsMovedDown && moved > location.index)) return false;
      location.index = moved;
      return true;
    });
  }

  removeSheet(sheetId: number): void {
    this.state.metadata = this.state.metadata.filter((entry) => entry.location.sheetId !== sheetId);
  }

  inScope(scope: MetadataScope): MetadataState[] {
    return this.state.metadata.filter(({ location }) => {
      if (scope.sheetId === null) return true;
      if (location.sheetId !== scope.sheetId) return false;
      if (!scope.rows && !scope.columns) return true;
      const within = (span: [number, number] | null) =>
        span !== null && location.index !== null && location.index >= span[0] && location.index <= span[1];
      return (
        (location.type === 'ROW' && within(scope.rows)) ||
        (location.type === 'COLUMN' && within(scope.columns))
      );
    });
  }
}

export class DeveloperMetadataLocation {
  readonly [SERVICE_NAME] = 'DeveloperMetadataLocation';

  constructor(
    private readonly entry: MetadataState,
    private readonly workbook: Spreadsheet,
  ) {}

  getLocationType(): LocationType {
    return this.entry.location.type;
  }

  getSpreadsheet(): Spreadsheet | null {
    return this.entry.location.type === 'SPREADSHEET' ? this.workbook : null;
  }

  getSheet(): Sheet | null {
    return this.entry.location.type === 'SHEET' ? this.sheet() : null;
  }

  /** The whole row, as a Range. */
  getRow(): Range | null {
    const { type, index } = this.entry.location;
    const sheet = this.sheet();
    return type === 'ROW' && sheet && index !== null
      ? sheet.getRange(index, 1, 1, sheet.getMaxColumns())
      : null;
  }

  getColumn(): Range | null {
    const { type, index } = this.entry.location;
    const sheet = this.sheet();
    return type === 'COLUMN' && sheet && index !== null
      ? sheet.getRange(1, index, sheet.getMaxRows(), 1)
      : null;
  }

  private sheet(): Sheet | null {
    const { sheetId } = this.entry.location;
    return sheetId === null ? null : this.workbook.sheetById(sheetId);
  }
}

export class DeveloperMetadata {
  readonly [SERVICE_NAME] = 'DeveloperMetadata';

  constructor(
    private readonly entry: MetadataState,
    private readonly workbook: Spreadsheet,
  ) {}

  getId(): number {
    return this.entry.id;
  }

  getKey(): string {
    return this.entry.key;
  }

  getValue(): string | null {
    return this.entry.value;
  }

  getVisibility(): string {
    return this.entry.visibility;
  }

  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.entry, this.workbook);
  }

  setKey(key: string): this {
    this.entry.key = key;
    return this;
  }

  setValue(value: string): this {
    this.entry.value = value;
    return this;
  }

  setVisibility(visibility: string): this {
    this.entry.visibility = String(visibility);
    return this;
  }

  remove(): void {
    this.workbook.metadata.remove(this.entry.id);
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
export class DeveloperMetadataFinder {
  readonly [SERVICE_NAME] = 'DeveloperMetadataFinder';
  private readonly filters: ((entry: MetadataState) => boolean)[] = [];

  constructor(
    private readonly workbook: Spreadsheet,
    private readonly scope: MetadataScope,
  ) {}

  withId(id: number): this {
    return this.with((entry) => entry.id === id);
  }

  withKey(key: string): this {
    return this.with((entry) => entry.key === key);
  }

  withValue(value: string): this {
    return this.with((entry) => entry.value === value);
  }

  withLocationType(type: LocationType): this {
    return this.with((entry) => entry.location.type === String(type));
  }

  withVisibility(visibility: string): this {
    return this.with((entry) => entry.visibility === String(visibility));
  }

  find(): DeveloperMetadata[] {
    return this.workbook.metadata
      .inScope(this.scope)
      .filter((entry) => this.filters.every((filter) => filter(entry)))
      .map((entry) => new DeveloperMetadata(entry, this.workbook));
  }

  private with(filter: (entry: MetadataState) => boolean): this {
    this.filters.push(filter);
    return this;
  }
}

/** The metadata attached exactly at a location (what get/addDeveloperMetadata of that object see). */
export function metadataAt(workbook: Spreadsheet, location: MetadataLocationState): DeveloperMetadata[] {
  return workbook.metadata
    .all()
    .filter(
      (entry) =>
        entry.location.type === location.type &&
        entry.location.sheetId === location.sheetId &&
        entry.location.index === location.index,
    )
    .map((entry) => new DeveloperMetadata(entry, workbook));
}
