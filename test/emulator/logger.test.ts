// Logger and console: lines recorded in the emulator's log.
import { createEmulator } from '../../emulator';

it('records Logger.log and console.log lines', () => {
  const emulator = createEmulator();
  emulator.globals.Logger.log('importadas %s', 3);
  emulator.globals.console.log('listo', { tasks: 2 });
  expect(emulator.logs).toEqual(['importadas 3', 'listo {"tasks":2}']);
});
