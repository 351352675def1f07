// What every emulated service shares within one emulator: the clock, the recorded UI and logs, the execution context.
import type { AuthMode } from './authorization';
import type { FakeClock } from './clock';
import type { CallCounter } from './counter';
import type { Spreadsheet } from './spreadsheet/spreadsheet';
import type { TriggerState, UiState } from './state';

export interface Runtime {
  clock: FakeClock;
  ui: UiState;
  logs: string[];
  userEmail: string;
  scriptTimeZone: string;
  /** False while a time-driven trigger runs: there is no active document then. */
  activeDocument: boolean;
  /** FULL for sidebar and menu calls and installable triggers; LIMITED in simple triggers; NONE in onOpen before use. */
  authMode: AuthMode;
  /** The emulator was created bound to its spreadsheet (a container-bound script or an add-on in a document). */
  bound: boolean;
  /** Top-level functions of the loaded bundle, for triggers to call by name. */
  handlers: Record<string, (...args: unknown[]) => unknown>;
}

/** What running a handler needs: the document, the runtime, the counter to hand out counted objects, the triggers. */
export interface ExecutionContext {
  spreadsheet: Spreadsheet;
  runtime: Runtime;
  counter: CallCounter;
  triggers: TriggerState[];
}

type ExecutionSettings = Pick<Runtime, 'activeDocument' | 'authMode' | 'userEmail'>;

/** Runs work as one execution with these settings, restoring the previous ones after. */
export function asExecution<T>(runtime: Runtime, settings: Partial<ExecutionSettings>, work: () => T): T {
  const saved: ExecutionSettings = {
    activeDocument: runtime.activeDocument,
    authMode: runtime.authMode,
    userEmail: runtime.userEmail,
  };
  Object.assign(runtime, settings);
  try {
    return work();
  } finally {
    Object.assign(runtime, saved);
  }
}
