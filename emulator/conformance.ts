// Compile-time check that every public method of the emulated classes exists, by name, on the real Apps Script interface;
// the few emulator-only helpers are named here, so a made-up or misspelt method fails the type check.
import type {
  BooleanCondition,
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
} from './spreadsheet/conditional-format';
import type { DataValidation, DataValidationBuilder } from './spreadsheet/data-validation';
import type { Filter } from './spreadsheet/filter';
import type {
  DeveloperMetadata,
  DeveloperMetadataFinder,
  DeveloperMetadataLocation,
} from './spreadsheet/metadata';
import type { Range } from './spreadsheet/range';
import type { Sheet } from './spreadsheet/sheet';
import type { RangeList } from './spreadsheet/range-list';
import type { Spreadsheet } from './spreadsheet/spreadsheet';
import type { SpreadsheetApp } from './spreadsheet/spreadsheet-app';
import type { HtmlOutput, HtmlService, HtmlTemplate } from './html';
import type { Lock, LockService } from './lock';
import type { MailApp } from './mail';
import type { Properties, PropertiesService } from './properties';
import type {
  ClockTriggerBuilder,
  ScriptApp,
  SpreadsheetTriggerBuilder,
  Trigger,
  TriggerBuilder,
} from './triggers';
import type { Menu, Ui } from './ui';
import type { Logger } from './logger';
import type { Session, User } from './session';
import type { Utilities } from './utilities';
import SS = GoogleAppsScript.Spreadsheet;

type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
/** Method names of the emulated class that the real interface lacks, minus the declared emulator-only helpers. */
type Unknown<Emulated, Real, Helpers extends string = never> = Exclude<
  Methods<Emulated>,
  keyof Real | Helpers
>;
type None<T extends never> = T;

export type Conformance = [
  None<Unknown<SpreadsheetApp, SS.SpreadsheetApp>>,
  None<
    Unknown<
      Spreadsheet,
      SS.Spreadsheet,
      'sheetById' | 'rangeOf' | 'inputContext' | 'selectRanges' | 'checkNewSheetName'
    >
  >,
  None<Unknown<Sheet, SS.Sheet, 'moveRows' | 'createFilterOn'>>,
  None<Unknown<Range, SS.Range, 'ref'>>,
  None<Unknown<RangeList, SS.RangeList>>,
  None<Unknown<Filter, SS.Filter>>,
  None<Unknown<DataValidation, SS.DataValidation>>,
  None<Unknown<DataValidationBuilder, SS.DataValidationBuilder>>,
  None<Unknown<ConditionalFormatRule, SS.ConditionalFormatRule>>,
  None<Unknown<ConditionalFormatRuleBuilder, SS.ConditionalFormatRuleBuilder>>,
  None<Unknown<BooleanCondition, SS.BooleanCondition>>,
  None<Unknown<DeveloperMetadata, SS.DeveloperMetadata>>,
  None<Unknown<DeveloperMetadataFinder, SS.DeveloperMetadataFinder>>,
  None<Unknown<DeveloperMetadataLocation, SS.DeveloperMetadataLocation>>,
  None<Unknown<Ui, GoogleAppsScript.Base.Ui>>,
  None<Unknown<Menu, GoogleAppsScript.Base.Menu>>,
  None<Unknown<HtmlService, GoogleAppsScript.HTML.HtmlService>>,
  None<Unknown<HtmlOutput, GoogleAppsScript.HTML.HtmlOutput>>,
  None<Unknown<HtmlTemplate, GoogleAppsScript.HTML.HtmlTemplate>>,
  None<Unknown<PropertiesService, GoogleAppsScript.Properties.PropertiesService>>,
  None<Unknown<Properties, GoogleAppsScript.Properties.Properties>>,
  None<Unknown<LockService, GoogleAppsScript.Lock.LockService>>,
  None<Unknown<Lock, GoogleAppsScript.Lock.Lock>>,
  None<Unknown<ScriptApp, GoogleAppsScript.Script.ScriptApp>>,
  None<Unknown<Trigger, GoogleAppsScript.Script.Trigger>>,
  None<Unknown<TriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>>,
  None<Unknown<ClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>>,
  None<Unknown<SpreadsheetTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder>>,
  None<Unknown<MailApp, GoogleAppsScript.Mail.MailApp>>,
  None<Unknown<Utilities, GoogleAppsScript.Utilities.Utilities>>,
  None<Unknown<Session, GoogleAppsScript.Base.Session>>,
  None<Unknown<User, GoogleAppsScript.Base.User>>,
  None<Unknown<Logger, GoogleAppsScript.Base.Logger>>,
];
