// Links each Emulator handed out to its internal runtime, so loadBundle can reach the clock and register handlers.
import type { Runtime } from './runtime';

const runtimes = new WeakMap<object, Runtime>();

export function registerRuntime(emulator: object, runtime: Runtime): void {
  runtimes.set(emulator, runtime);
}

export function runtimeOf(emulator: object): Runtime {
  const runtime = runtimes.get(emulator);
  if (!runtime) throw new Error('Not an emulator made by createEmulator().');
  return runtime;
}
