// Data validation rules: the builder from SpreadsheetApp.newDataValidation() and the built DataValidation.
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import { SERVICE_NAME } from '../counter';
import type { DataValidationState } from '../state';
import { restoreCriteria, storeCriteria } from './criteria';
import type { Spreadsheet } from './spreadsheet';

/** The getters a rule and its builder share, as in Apps Script. */
abstract class ValidationCriteria {
  constructor(
    readonly state: DataValidationState,
    protected readonly workbook: Spreadsheet,
  ) {}

  getCriteriaType(): string {
    return this.state.criteriaType;
  }

  getCriteriaValues(): unknown[] {
    return restoreCriteria(this.state.criteriaValues, this.workbook);
  }

  getHelpText(): string | null {
    return this.state.helpText === '' ? null : this.state.helpText;
  }

  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
}

export class DataValidation extends ValidationCriteria {
  readonly [SERVICE_NAME] = 'DataValidation';

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.workbook, structuredClone(this.state));
  }
}

export class DataValidationBuilder extends ValidationCriteria {
  readonly [SERVICE_NAME] = 'DataValidationBuilder';

  constructor(
    workbook: Spreadsheet,
    state: DataValidationState = { criteriaType: '', criteriaValues: [], helpText: '', allowInvalid: true },
  ) {
    super(state, workbook);
  }

  withCriteria(criteria: string, args: unknown[]): this {
    this.state.criteriaType = String(criteria);
    this.state.criteriaValues = storeCriteria(args);
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    return this.withCriteria('VALUE_IN_LIST', [values, showDropdown]);
  }

  requireValueInRange(range: unknown, showDropdown = true): this {
    return this.withCriteria('VALUE_IN_RANGE', [range, showDropdown]);
  }

  /** No values: TRUE/FALSE; one: the checked value (unchecked = empty); two: checked and unchecked. */
  requireCheckbox(...values: unknown[]): this {
    return this.withCriteria('CHECKBOX', values);
  }

  requireDate(): this {
    return this.withCriteria('DATE_IS_VALID_DATE', []);
  }

  requireDateOnOrAfter(date: Date): this {
    return this.withCriteria('DATE_ON_OR_AFTER', [date]);
  }

  requireFormulaSatisfied(formula: string): this {
    return this.withCriteria('CUSTOM_FORMULA', [formula]);
  }

  requireTextIsEmail(): this {
    return this.withCriteria('TEXT_IS_VALID_EMAIL', []);
  }

  setAllowInvalid(allowInvalid: boolean): this {
    this.state.allowInvalid = allowInvalid;
    return this;
  }

  setHelpText(helpText: string): this {
    this.state.helpText = helpText;
    return this;
  }

  build(): DataValidation {
    return new DataValidation(structuredClone(this.state), this.workbook);
  }
}
