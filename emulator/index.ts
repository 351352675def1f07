// The in-memory Apps Script emulator: createEmulator() builds counted services over one bound spreadsheet; loadBundle runs Code.js on them.
import { FakeClock } from './clock';
import { checkAuthorization } from './authorization';
import { CallCounter } from './counter';
import { attachFaults, FaultyLockTable, noFaults, refuseFaultyCall, type Faults } from './faults';
import { openDocument, typeIntoCell } from './simple-triggers';
import { fireTrigger } from './fire';
import { HtmlService } from './html';
import { LockService, type LockTable } from './lock';
import { MailApp, mailControls } from './mail';
import { PropertiesService } from './properties';
import { registerRuntime } from './registry';
import type { Runtime } from './runtime';
import { nextRun } from './schedule';
import { newSpreadsheetState, Spreadsheet } from './spreadsheet/spreadsheet';
import { SpreadsheetApp } from './spreadsheet/spreadsheet-app';
import type { EmulatorState, MenuInfo, SentMail, ShownHtml, TriggerState } from './state';
import { ScriptApp, TriggerTable } from './triggers';
import { ConsoleLog, Logger } from './logger';
import { Session } from './session';
import { Utilities } from './utilities';

export { loadBundle } from './load-bundle';
export type { EmulatorState, MenuInfo, SentMail, ShownHtml } from './state';
export type { Faults } from './faults';

const DEFAULT_ZONE = 'America/Argentina/Buenos_Aires';

export interface EmulatorOptions {
  /** Spreadsheet time zone, default 'America/Argentina/Buenos_Aires'. */
  timeZone?: string;
  /** Session.getScriptTimeZone(), default as appsscript.json: 'America/Argentina/Buenos_Aires'. */
  scriptTimeZone?: string;
  /** Spreadsheet locale, default 'es_AR'. */
  locale?: string;
  /** Start of the fake clock; default the real now. */
  now?: Date;
  /** Session.getActiveUser()/getEffectiveUser(), default 'va@example.com'. */
  userEmail?: string;
  /** MailApp daily quota (recipients), default 100. */
  mailQuota?: number;
  /** What HtmlService.createHtmlOutputFromFile('Sidebar') returns; default dist/Sidebar.html if built, else a placeholder. */
  sidebarHtml?: string;
  /** Restores a serialized state (playground persistence). */
  state?: EmulatorState;
  /** false = a script with no container document: no active spreadsheet, no document lock, no document properties. Default true. */
  bound?: boolean;
}

/**
 * The services as Apps Script code sees them. The emulator implements the slice of each interface minuta uses; the
 * real interface types are asserted once, in createEmulator, so adapters can be called with these objects as they are.
 */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
}

export interface TriggerInfo extends TriggerState {
  /** ISO instant of the next run of a time-driven trigger, from its schedule and the clock; null for others. */
  nextRun: string | null;
}

export interface Emulator {
  globals: AppsScriptGlobals;
  /** The active (bound) spreadsheet. */
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  calls: { total(): number; byMethod(): Record<string, number>; reset(): void };
  clock: { now(): Date; set(date: Date): void; advance(ms: number): void };
  mail: { sent: SentMail[]; quotaLeft(): number; setQuota(n: number): void; resetDay(): void };
  triggers: {
    list(): TriggerInfo[];
    /** Runs the trigger's handler (from loadBundle) as its owner, with the event object of its type; extra fields are merged in (e.g. range, value for onEdit). */
    fire(uniqueId: string, extraEvent?: Record<string, unknown>): unknown;
    nextRun(uniqueId: string): Date | null;
  };
  /** Simulates another execution holding a lock; call the returned function to release it. */
  locks: { holdDocumentLock(): () => void; holdScriptLock(): () => void; holdUserLock(): () => void };
  ui: { menus: MenuInfo[]; sidebars: ShownHtml[]; dialogs: ShownHtml[]; alerts: string[]; toasts: string[] };
  /** Logger.log and console.* lines. */
  logs: string[];
  /**
   * A person types text into one cell (e.g. 'Tareas', 'G2', 'Hecha'): parsed as typed, refused if a rejecting list or
   * checkbox validation disallows it, then the bundle's onEdit and installable edit triggers run. Returns their results.
   */
  edit(sheetName: string, a1: string, typed: string): unknown[];
  /**
   * A person opens the document: the bundle's onOpen runs with the event of that mode. 'NONE' is an add-on installed
   * but not yet used in this document: any service call beyond building the menu throws, as in Apps Script.
   */
  open(authMode?: 'NONE' | 'LIMITED'): unknown;
  serialize(): EmulatorState;
  /** Wrong behaviours to switch on (all off by default): what real Google might do that the emulator does not. */
  faults: Faults;
}

function initialState(options: EmulatorOptions): EmulatorState {
  if (options.state) return structuredClone(options.state);
  const quota = options.mailQuota ?? 100;
  return {
    spreadsheet: newSpreadsheetState(options.timeZone ?? DEFAULT_ZONE, options.locale ?? 'es_AR'),
    properties: { document: {}, user: {}, script: {} },
    triggers: [],
    mail: { sent: [], quotaLeft: quota, quota },
    ui: { menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [] },
    logs: [],
    now: (options.now ?? new Date()).toISOString(),
  };
}

function services(
  state: EmulatorState,
  runtime: Runtime,
  spreadsheet: Spreadsheet,
  lockTable: LockTable,
  options: EmulatorOptions,
  faults: Readonly<Faults>,
) {
  return {
    SpreadsheetApp: new SpreadsheetApp(spreadsheet, runtime),
    HtmlService: new HtmlService(options.sidebarHtml, faults),
    PropertiesService: new PropertiesService(state.properties, runtime),
    LockService: new LockService(lockTable, runtime),
    ScriptApp: new ScriptApp(new TriggerTable(state.triggers, runtime, spreadsheet), runtime),
    MailApp: new MailApp(state.mail, runtime),
    Session: new Session(runtime, state.spreadsheet.locale.split('_')[0] ?? 'es'),
    Utilities: new Utilities(runtime),
    Logger: new Logger(runtime),
    console: new ConsoleLog(runtime),
  };
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const state = initialState(options);
  const clock = new FakeClock(options.state ? new Date(state.now) : (options.now ?? new Date()));
  const runtime: Runtime = {
    clock,
    ui: state.ui,
    logs: state.logs,
    userEmail: options.userEmail ?? 'va@example.com',
    scriptTimeZone: options.scriptTimeZone ?? DEFAULT_ZONE,
    activeDocument: true,
    authMode: 'FULL',
    bound: options.bound ?? true,
    handlers: {},
  };
  const faults = noFaults();
  attachFaults(state.spreadsheet, faults);
  const counter = new CallCounter((call) => {
    checkAuthorization(runtime.authMode, call);
    refuseFaultyCall(faults, call);
  });
  const spreadsheet = new Spreadsheet(state.spreadsheet, runtime);
  const lockTable: LockTable = new FaultyLockTable(faults);
  // The one boundary cast: the emulator's classes implement the slices of the real interfaces that minuta uses.
  const globals = Object.fromEntries(
    Object.entries(services(state, runtime, spreadsheet, lockTable, options, faults)).map(
      ([name, service]) => [name, counter.wrap(service)],
    ),
  ) as unknown as AppsScriptGlobals;
  const execution = { spreadsheet, runtime, counter, triggers: state.triggers };
  const nextRunOf = (trigger: TriggerState): Date | null =>
    trigger.schedule ? nextRun(trigger.schedule, clock.now(), runtime.scriptTimeZone) : null;

  const emulator: Emulator = {
    globals,
    spreadsheet: counter.wrap(spreadsheet) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    calls: counter,
    clock,
    mail: mailControls(state.mail),
    triggers: {
      list: () =>
        state.triggers.map((trigger) => ({ ...trigger, nextRun: nextRunOf(trigger)?.toISOString() ?? null })),
      fire: (uniqueId, extraEvent) => fireTrigger(execution, uniqueId, extraEvent),
      nextRun: (uniqueId) => {
        const trigger = state.triggers.find((candidate) => candidate.uniqueId === uniqueId);
        return trigger ? nextRunOf(trigger) : null;
      },
    },
    locks: {
      holdDocumentLock: () => lockTable.holdElsewhere('document'),
      holdScriptLock: () => lockTable.holdElsewhere('script'),
      holdUserLock: () => lockTable.holdElsewhere('user'),
    },
    ui: state.ui,
    logs: state.logs,
    edit: (sheetName, a1, typed) => typeIntoCell(execution, sheetName, a1, typed),
    open: (authMode = 'LIMITED') => openDocument(execution, authMode),
    serialize: () => structuredClone({ ...state, now: clock.now().toISOString() }),
    faults,
  };
  registerRuntime(emulator, runtime);
  return emulator;
}
