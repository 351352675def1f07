// The Settings tab: language, people, the weekly follow-up, and the link to check the installation.
import type { Language } from '../core/types';
import type { AppContext } from './app-context';
import { h } from './dom';
import { followUpSettings } from './follow-up-settings';
import { selectField } from './form-controls';
import { errorArea, errorMessage } from './messages';
import { peopleSettings } from './people-settings';
import { callServer } from './server';

const LANGUAGES: Language[] = ['es', 'en'];

function languageSettings(context: AppContext): HTMLElement {
  const strings = context.strings.settings;
  const options = LANGUAGES.map((language): [string, string] => [language, strings.languages[language]]);
  // A fixed id keeps the focus on this select when the language change redraws the sidebar.
  const [field, select] = selectField(strings.language, options, context.language, 'language');
  select.addEventListener('change', () => context.setLanguage(select.value as Language));
  return h('section', { class: 'settings-section' }, [field]);
}

/** Opens the server's check dialog over the spreadsheet; only a failure to open it is shown here. */
function installationCheck(context: AppContext): HTMLElement {
  const error = errorArea();
  const open = (): void => {
    error.clear();
    callServer('showInstallationCheck').catch((failure: unknown) =>
      error.show([context.strings.serverError(errorMessage(failure))]),
    );
  };
  const link = h('button', { type: 'button', class: 'link', onClick: open }, [
    context.strings.settings.checkInstallation,
  ]);
  return h('section', { class: 'settings-section' }, [link, error.element]);
}

export function settingsPanel(context: AppContext): HTMLElement {
  return h('div', { class: 'panel-body' }, [
    languageSettings(context),
    peopleSettings(context),
    followUpSettings(context),
    installationCheck(context),
  ]);
}
