// Conditional format rules: the builder from SpreadsheetApp.newConditionalFormatRule(), the rule and its boolean condition.
// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
import { SERVICE_NAME } from '../counter';
import type { ConditionalRuleState } from '../state';
import { restoreCriteria, storeCriteria } from './criteria';
import type { Range } from './range';
import type { Spreadsheet } from './spreadsheet';

export function emptyRuleState(): ConditionalRuleState {
  return {
    criteriaType: '',
    criteriaValues: [],
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    strikethrough: null,
    ranges: [],
  };
}

// https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition
export class BooleanCondition {
  readonly [SERVICE_NAME] = 'BooleanCondition';

  constructor(
    private readonly state: ConditionalRuleState,
    private readonly workbook: Spreadsheet,
  ) {}

  getCriteriaType(): string {
    return this.state.criteriaType;
  }

  getCriteriaValues(): unknown[] {
    return restoreCriteria(this.state.criteriaValues, this.workbook);
  }

  getBackground(): string | null {
    return this.state.background;
  }

  getFontColor(): string | null {
    return this.state.fontColor;
  }

  getBold(): boolean | null {
    return this.state.bold;
  }

  getItalic(): boolean | null {
    return this.state.italic;
  }

  getStrikethrough(): boolean | null {
    return this.state.strikethrough;
  }
}

export class ConditionalFormatRule {
  readonly [SERVICE_NAME] = 'ConditionalFormatRule';

  constructor(
    readonly state: ConditionalRuleState,
    private readonly workbook: Spreadsheet,
  ) {}

  getBooleanCondition(): BooleanCondition | null {
    return this.state.criteriaType ? new BooleanCondition(this.state, this.workbook) : null;
  }

  getGradientCondition(): null {
    return null;
  }

  getRanges(): Range[] {
    return this.state.ranges.map((ref) => this.workbook.rangeOf(ref));
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.workbook, structuredClone(this.state));
  }
}

export class ConditionalFormatRuleBuilder {
  readonly [SERVICE_NAME] = 'ConditionalFormatRuleBuilder';

  constructor(
    private readonly workbook: Spreadsheet,
    private readonly state: ConditionalRuleState = emptyRuleState(),
  ) {}

  withCriteria(criteria: string, args: unknown[]): this {
    this.state.criteriaType = String(criteria);
    this.state.criteriaValues = storeCriteria(args);
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    return this.withCriteria('CUSTOM_FORMULA', [formula]);
  }

  whenCellEmpty(): this {
    return this.withCriteria('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): this {
    return this.withCriteria('CELL_NOT_EMPTY', []);
  }

  whenTextEqualTo(text: string): this {
    return this.withCriteria('TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): this {
    return this.withCriteria('TEXT_CONTAINS', [text]);
  }

  setBackground(color: string | null): this {
    this.state.background = color;
    return this;
  }

  setFontColor(color: string | null): this {
    this.state.fontColor = color;
    return this;
  }

  setBold(bold: boolean | null): this {
    this.state.bold = bold;
    return this;
  }

  setItalic(italic: boolean | null): this {
    this.state.italic = italic;
    return this;
  }

  setStrikethrough(strikethrough: boolean | null): this {
    this.state.strikethrough = strikethrough;
    return this;
  }

  setRanges(ranges: Range[]): this {
    this.state.ranges = ranges.map((range) => range.ref());
    return this;
  }

  getRanges(): Range[] {
    return this.state.ranges.map((ref) => this.workbook.rangeOf(ref));
  }

  getBooleanCondition(): BooleanCondition | null {
    return this.build().getBooleanCondition();
  }

  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(structuredClone(this.state), this.workbook);
  }
}
