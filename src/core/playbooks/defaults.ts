// The playbooks a new Playbooks tab starts with (newsletter, webinar, social post, invoice run, new client), per language.
import { PLAYBOOK_STRINGS } from '../i18n/playbooks';
import type { Language } from '../types';
import type { Playbook } from './types';

// The content is person-read text, so it lives with the other strings.
export const DEFAULT_PLAYBOOKS: Record<Language, Playbook[]> = {
  es: PLAYBOOK_STRINGS.es.defaults,
  en: PLAYBOOK_STRINGS.en.defaults,
};
