// What the follow-up keeps in properties survives hand edits and stays within the 9 KB a value may hold.
import { createEmulator } from '../../../emulator';
import { defaultFollowUpSettings } from '../../../src/core/followup';
import { loadFollowUpSettings, saveFollowUpSettings } from '../../../src/server/followup';
import { loadSentKeys, saveSentKeys } from '../../../src/server/followup/store';

function documentProperties() {
  return createEmulator({
    now: new Date('2026-11-23T12:00:00Z'),
  }).globals.PropertiesService.getDocumentProperties();
}

const DEFAULTS = defaultFollowUpSettings('es');

describe('follow-up settings in document properties', () => {
  it('load as saved', () => {
    const properties = documentProperties();
    const chosen = {
      ...DEFAULTS,
      enabled: true,
      weekday: 'THURSDAY' as const,
      hour: 7,
      language: 'en' as const,
    };
    saveFollowUpSettings(properties, chosen);
    expect(loadFollowUpSettings(properties, DEFAULTS)).toEqual(chosen);
  });

  it('load as the defaults when the stored value is not JSON', () => {
    const properties = documentProperties();
    properties.setProperty('minuta.followUp.settings', '{"enabled": tru');
    expect(loadFollowUpSettings(properties, DEFAULTS)).toEqual(DEFAULTS);
  });
});

describe('sent keys', () => {
  it('keep the last weeks only, and never a value over 9 KB, even for 300 recipients a week', () => {
    const properties = documentProperties();
    const keys = new Set<string>();
    for (let week = 30; week <= 48; week++)
      for (let person = 0; person < 300; person++)
        keys.add(`2026-W${week}|persona.numero.${person}@empresa-cliente.com`);
    saveSentKeys(properties, keys, '2026-11-23');
    const kept = loadSentKeys(properties);
    expect([...kept].some((key) => key.startsWith('2026-W48|'))).toBe(true);
    expect([...kept].some((key) => key.startsWith('2026-W44|'))).toBe(true);
    expect([...kept].some((key) => key.startsWith('2026-W43|'))).toBe(false);
    const values = Object.values(properties.getProperties());
    expect(Math.max(...values.map((value) => new TextEncoder().encode(value).length))).toBeLessThanOrEqual(
      9 * 1024,
    );
  });
});
