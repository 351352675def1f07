// The state the sidebar paints with before the server answers: the browser's language and today, no people.
import { toIsoDate } from '../core/dates/calendar';
import { defaultFollowUpSettings } from '../core/followup/settings';
import type { IsoDate } from '../core/types';
import type { SidebarState } from '../server/api';
import { languageFromLocale } from './app-context';

/** Until the server answers, today is the browser's: close enough for a first preview. */
function browserToday(): IsoDate {
  const now = new Date();
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function provisionalState(): SidebarState {
  const locale = navigator.language || 'es';
  const language = languageFromLocale(locale);
  return {
    language,
    // The sheet's zone arrives with the server's state and nothing reads this one; asking Intl for the browser's
    // would load time-zone data before the first paint.
    timeZone: '',
    locale,
    today: browserToday(),
    people: [],
    draft: null,
    // The sheet's Playbooks tab arrives with the state; the defaults' text is not worth bundling for a moment.
    playbooks: [],
    playbookProblems: [],
    followUp: defaultFollowUpSettings(language),
  };
}
