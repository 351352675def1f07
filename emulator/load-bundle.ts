// Runs a built Code.js in a bare vm context whose only globals are the emulator's services and a clock-driven Date.
import { createContext, runInContext } from 'node:vm';
import type { Emulator } from './index';
import { runtimeOf } from './registry';
import type { Runtime } from './runtime';
import { instantOf } from './zone';

export type BundleFunctions = Record<string, (...args: unknown[]) => unknown>;

/** new Date(y, m, d, ...) as Apps Script reads it: a wall-clock in the script time zone (fields may overflow, as in JS). */
function fromScriptZoneFields(fields: number[], scriptTimeZone: string): number {
  const [year = 1970, month = 0, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0] = fields;
  const normalized = new Date(Date.UTC(year, month, day, hour, minute, second));
  const wall = {
    year: normalized.getUTCFullYear(),
    month: normalized.getUTCMonth() + 1,
    day: normalized.getUTCDate(),
    hour: normalized.getUTCHours(),
    minute: normalized.getUTCMinutes(),
    second: normalized.getUTCSeconds(),
  };
  return instantOf(wall, scriptTimeZone).getTime() + millisecond;
}

/**
 * Date as the bundle sees it: new Date() and Date.now() follow the emulator's clock, and new Date(y, m, d, ...) is a
 * wall-clock in the script zone (https://developers.google.com/apps-script/guides/v8-runtime); anything else is the
 * host Date, so Dates the services return are instanceof Date inside the bundle too. Local getters (getDate,
 * getHours, toString) still use the host process's zone, not the script zone: format with Utilities.formatDate.
 */
function clockDate(runtime: Runtime): DateConstructor {
  const { clock } = runtime;
  return new Proxy(Date, {
    construct(target, args: unknown[], newTarget: (...args: unknown[]) => unknown) {
      const fromFields = args.length >= 2 && args.every((arg) => typeof arg === 'number');
      const instant =
        args.length === 0
          ? [clock.now().getTime()]
          : fromFields
            ? [fromScriptZoneFields(args as number[], runtime.scriptTimeZone)]
            : args;
      return Reflect.construct(target, instant, newTarget) as object;
    },
    apply() {
      return clock.now().toString();
    },
    get(target, property) {
      return property === 'now' ? () => clock.now().getTime() : Reflect.get(target, property);
    },
  });
}

/** Loads the bundle (its top-level code runs once, as on every Apps Script execution) and returns its top-level functions. */
export function loadBundle(emulator: Emulator, code: string): BundleFunctions {
  const runtime = runtimeOf(emulator);
  const serviceNames = new Set([...Object.keys(emulator.globals), 'Date']);
  const context = createContext({ ...emulator.globals, Date: clockDate(runtime) });
  runInContext(code, context, { filename: 'Code.js' });
  const functions: BundleFunctions = {};
  for (const [name, value] of Object.entries(context as Record<string, unknown>)) {
    if (typeof value === 'function' && !serviceNames.has(name))
      functions[name] = value as BundleFunctions[string];
  }
  runtime.handlers = functions;
  return functions;
}
