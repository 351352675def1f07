// SpreadsheetApp: the entry to the one emulated spreadsheet, its UI, the rule builders and the enums.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import { SERVICE_NAME } from '../counter';
import { enumOf } from '../enums';
import type { Runtime } from '../runtime';
import { Ui } from '../ui';
import { ConditionalFormatRuleBuilder } from './conditional-format';
import { DataValidationBuilder } from './data-validation';
import type { Spreadsheet } from './spreadsheet';

export class SpreadsheetApp {
  readonly [SERVICE_NAME] = 'SpreadsheetApp';
  readonly BooleanCriteria = enumOf(
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_EQUAL_TO',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_LESS_THAN',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_STARTS_WITH',
    'TEXT_ENDS_WITH',
    'CUSTOM_FORMULA',
  );
  readonly DataValidationCriteria = enumOf(
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_IS_VALID_DATE',
    'DATE_ON_OR_AFTER',
    'NUMBER_BETWEEN',
    'TEXT_CONTAINS',
    'TEXT_IS_VALID_EMAIL',
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CUSTOM_FORMULA',
    'CHECKBOX',
  );
  readonly DeveloperMetadataLocationType = enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
  readonly DeveloperMetadataVisibility = enumOf('DOCUMENT', 'PROJECT');
  readonly WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
  readonly BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
  readonly Dimension = enumOf('COLUMNS', 'ROWS');

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly runtime: Runtime,
  ) {}

  /** null when no document is open: a time-driven run, or a script not bound to one. */
  getActiveSpreadsheet(): Spreadsheet | null {
    return this.runtime.bound && this.runtime.activeDocument ? this.spreadsheet : null;
  }

  getActive(): Spreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet() {
    return this.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  }

  openById(id: string): Spreadsheet {
    if (id !== this.spreadsheet.getId()) {
      throw new Error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return this.spreadsheet;
  }

  openByUrl(url: string): Spreadsheet {
    if (url !== this.spreadsheet.getUrl()) {
      throw new Error(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    }
    return this.spreadsheet;
  }

  /** https://github.com/mogsdad/SheetConverter/issues/2: no UI outside a document (time-driven runs). */
  getUi(): Ui {
    if (!this.getActiveSpreadsheet())
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return new Ui(this.runtime.ui);
  }

  /** Writes apply at once in memory, so there is nothing to flush. */
  flush(): void {}

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.spreadsheet);
  }

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.spreadsheet);
  }
}
