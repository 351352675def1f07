// Saving the VA and the client replaces those two in People and keeps the rest of the team.
import type { PersonRecord } from '../../src/core/types';
import { languageFromLocale } from '../../src/sidebar/app-context';
import { withAssistantAndClient } from '../../src/sidebar/people-settings';

const team: PersonRecord = { name: 'Marcos', aliases: [], email: 'marcos@example.com', role: 'team' };

describe('people from the settings', () => {
  it('replaces the assistant and client and keeps the team', () => {
    const before: PersonRecord[] = [{ name: 'Old VA', aliases: [], email: '', role: 'assistant' }, team];
    const assistant: PersonRecord = {
      name: 'Sofi',
      aliases: [],
      email: 'sofi@example.com',
      role: 'assistant',
    };
    const client: PersonRecord = { name: 'Laura', aliases: [], email: 'laura@example.com', role: 'client' };
    expect(withAssistantAndClient(before, assistant, client)).toEqual([assistant, client, team]);
  });

  it('leaves out a role whose name was left blank', () => {
    const blank: PersonRecord = { name: ' ', aliases: [], email: '', role: 'client' };
    const assistant: PersonRecord = { name: 'Sofi', aliases: [], email: '', role: 'assistant' };
    expect(withAssistantAndClient([team], assistant, blank)).toEqual([assistant, team]);
  });
});

describe('language from the spreadsheet locale', () => {
  it('picks Spanish for any Spanish locale and English otherwise', () => {
    expect(['es_AR', 'es-419', 'es', 'en_US', 'pt_BR'].map(languageFromLocale)).toEqual([
      'es',
      'es',
      'es',
      'en',
      'en',
    ]);
  });
});
