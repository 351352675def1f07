// Session: the user, the script time zone and the user's language.
import { createEmulator } from '../../emulator';

it('answers the session user, script zone and user locale', () => {
  const emulator = createEmulator({ userEmail: 'ana@example.com', scriptTimeZone: 'Europe/Madrid' });
  const session = emulator.globals.Session;
  expect(session.getActiveUser().getEmail()).toBe('ana@example.com');
  expect(session.getEffectiveUser().getEmail()).toBe('ana@example.com');
  expect(session.getScriptTimeZone()).toBe('Europe/Madrid');
  expect(session.getActiveUserLocale()).toBe('es');
});
