// The Settings tab: language, people, and the weekly follow-up.
import type { Language } from '../core/types';
import type { AppContext } from './app-context';
import { h } from './dom';
import { followUpSettings } from './follow-up-settings';
import { selectField } from './form-controls';
import { peopleSettings } from './people-settings';

const LANGUAGES: Language[] = ['es', 'en'];

function languageSettings(context: AppContext): HTMLElement {
  const strings = context.strings.settings;
  const options = LANGUAGES.map((language): [string, string] => [language, strings.languages[language]]);
  // A fixed id keeps the focus on this select when the language change redraws the sidebar.
  const [field, select] = selectField(strings.language, options, context.language, 'language');
  select.addEventListener('change', () => context.setLanguage(select.value as Language));
  return h('section', { class: 'settings-section' }, [field]);
}

export function settingsPanel(context: AppContext): HTMLElement {
  return h('div', { class: 'panel-body' }, [
    languageSettings(context),
    peopleSettings(context),
    followUpSettings(context),
  ]);
}
