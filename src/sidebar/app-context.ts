// What every panel reads: the language and its strings, the sheet's state, and how to re-render after a change.
import type { Language } from '../core/types';
import { SIDEBAR_STRINGS, type SidebarStrings } from '../core/i18n/sidebar';
import type { SidebarState } from '../server/api';

export interface AppContext {
  language: Language;
  strings: SidebarStrings;
  state: SidebarState;
  /** True once the server's state arrived; until then today and language are the browser's guess. */
  loaded: boolean;
  /** Switches the sidebar's language and redraws it. */
  setLanguage(language: Language): void;
  /** Redraws everything from the kept state (after the server's state or a language change). */
  rerender(): void;
}

export function stringsFor(language: Language): SidebarStrings {
  return SIDEBAR_STRINGS[language];
}

/** The locale's language when it is one of ours ("es-AR" → es), English otherwise. */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}
