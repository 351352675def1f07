// Stored settings are read field by field: what is invalid falls back to the default, the rest is kept.
import { defaultFollowUpSettings, sanitiseFollowUpSettings } from '../../../src/core/followup';

const DEFAULTS = defaultFollowUpSettings('es');

describe('sanitiseFollowUpSettings', () => {
  it('keeps valid values', () => {
    const chosen = {
      ...DEFAULTS,
      enabled: true,
      weekday: 'FRIDAY',
      hour: 17,
      sendToOwners: true,
      language: 'en',
    };
    expect(sanitiseFollowUpSettings(chosen, DEFAULTS)).toEqual(chosen);
  });

  it('replaces invalid fields by the defaults and keeps the valid ones', () => {
    const stored = { enabled: 'yes', weekday: 'FUNDAY', hour: 24, sendToOwners: true, language: 'fr' };
    expect(sanitiseFollowUpSettings(stored, DEFAULTS)).toEqual({ ...DEFAULTS, sendToOwners: true });
  });

  it('gives the defaults for nothing stored', () => {
    expect(sanitiseFollowUpSettings(null, DEFAULTS)).toEqual(DEFAULTS);
    expect(DEFAULTS.enabled).toBe(false);
  });
});
