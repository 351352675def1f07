// The follow-up settings' defaults, and a stored or sent value made safe to use whatever it holds.
import type { FollowUpSettings } from '../../server/api';
import type { Language } from '../types';
import { WEEKDAYS } from './schedule';

/** Off until the VA turns it on; Monday 9:00 to the client with the VA in copy. */
export function defaultFollowUpSettings(language: Language): FollowUpSettings {
  return {
    enabled: false,
    weekday: 'MONDAY',
    hour: 9,
    sendToClient: true,
    copyAssistant: true,
    sendToOwners: false,
    sendWhenEmpty: false,
    language,
  };
}

type Field<T> = (value: unknown, fallback: T) => T;

const flag: Field<boolean> = (value, fallback) => (typeof value === 'boolean' ? value : fallback);

/** Each field is taken when valid and defaulted otherwise, so a stale or hand-edited property breaks nothing. */
export function sanitiseFollowUpSettings(value: unknown, defaults: FollowUpSettings): FollowUpSettings {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { weekday, hour, language } = stored;
  return {
    enabled: flag(stored.enabled, defaults.enabled),
    weekday: WEEKDAYS.find((day) => day === weekday) ?? defaults.weekday,
    hour:
      typeof hour === 'number' && Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : defaults.hour,
    sendToClient: flag(stored.sendToClient, defaults.sendToClient),
    copyAssistant: flag(stored.copyAssistant, defaults.copyAssistant),
    sendToOwners: flag(stored.sendToOwners, defaults.sendToOwners),
    sendWhenEmpty: flag(stored.sendWhenEmpty, defaults.sendWhenEmpty),
    language: language === 'es' || language === 'en' ? language : defaults.language,
  };
}
