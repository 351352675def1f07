// PropertiesService: three separate string stores with the real size limits.
import { createEmulator } from '../../emulator';

it('keeps document, user and script properties apart', () => {
  const { PropertiesService } = createEmulator().globals;
  PropertiesService.getDocumentProperties().setProperty('language', 'es');
  PropertiesService.getUserProperties().setProperty('language', 'en');
  expect(PropertiesService.getDocumentProperties().getProperty('language')).toBe('es');
  expect(PropertiesService.getUserProperties().getProperty('language')).toBe('en');
  expect(PropertiesService.getScriptProperties().getProperty('language')).toBeNull();
});

it('stores values as strings', () => {
  const properties = createEmulator().globals.PropertiesService.getUserProperties();
  properties.setProperties({ hour: 9 as unknown as string, enabled: true as unknown as string });
  expect(properties.getProperties()).toEqual({ hour: '9', enabled: 'true' });
});

it('deletes one key, all keys, and lists keys', () => {
  const properties = createEmulator().globals.PropertiesService.getScriptProperties();
  properties.setProperties({ a: '1', b: '2', c: '3' });
  properties.deleteProperty('b');
  expect(properties.getKeys().sort()).toEqual(['a', 'c']);
  properties.setProperties({ d: '4' }, true);
  expect(properties.getKeys()).toEqual(['d']);
  properties.deleteAllProperties();
  expect(properties.getProperties()).toEqual({});
});

it('refuses a value over 9 KB and leaves the store unchanged', () => {
  const properties = createEmulator().globals.PropertiesService.getDocumentProperties();
  expect(() => properties.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
  expect(properties.getProperty('big')).toBeNull();
});

it('refuses to grow a store over 500 KB', () => {
  const properties = createEmulator().globals.PropertiesService.getDocumentProperties();
  const chunk = 'x'.repeat(8 * 1024);
  const fill = Object.fromEntries(Array.from({ length: 62 }, (_, index) => [`k${index}`, chunk]));
  properties.setProperties(fill);
  expect(() => properties.setProperty('one-more', chunk)).toThrow('exceeded the property storage quota');
});

it('has no document properties outside a document', () => {
  expect(createEmulator({ bound: false }).globals.PropertiesService.getDocumentProperties()).toBeNull();
});
