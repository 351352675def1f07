// Logger and console: every line goes to the emulator's execution log.
// https://developers.google.com/apps-script/reference/base/logger
import { SERVICE_NAME } from './counter';
import type { Runtime } from './runtime';

const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Logger.log(format, values...) fills %s (and %d, %o) in order, as console.log does; other values are appended. */
function joinArguments([first, ...rest]: unknown[]): string {
  if (typeof first !== 'string') return [first, ...rest].map(show).join(' ');
  const remaining = [...rest];
  const filled = first.replace(/%[sdo]/g, (marker) =>
    remaining.length > 0 ? show(remaining.shift()) : marker,
  );
  return [filled, ...remaining.map(show)].join(' ');
}

export class Logger {
  readonly [SERVICE_NAME] = 'Logger';

  constructor(private readonly runtime: Runtime) {}

  log(...args: unknown[]): this {
    this.runtime.logs.push(joinArguments(args));
    return this;
  }

  getLog(): string {
    return this.runtime.logs.join('\n');
  }

  clear(): void {
    this.runtime.logs.length = 0;
  }
}

/** console in Apps Script goes to the execution log: recorded the same way. */
export class ConsoleLog {
  readonly [SERVICE_NAME] = 'console';

  constructor(private readonly runtime: Runtime) {}

  log(...args: unknown[]): void {
    this.runtime.logs.push(joinArguments(args));
  }

  info(...args: unknown[]): void {
    this.log(...args);
  }

  warn(...args: unknown[]): void {
    this.log(...args);
  }

  error(...args: unknown[]): void {
    this.log(...args);
  }
}
