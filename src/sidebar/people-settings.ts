// Settings: the VA's and the client's names and emails, saved to the People tab.
import type { PersonRecord, PersonRole } from '../core/types';
import type { AppContext } from './app-context';
import { h } from './dom';
import { textField } from './form-controls';
import { errorArea, errorMessage, statusArea } from './messages';
import { callServer } from './server';

function personWithRole(people: PersonRecord[], role: PersonRole): PersonRecord {
  return people.find((person) => person.role === role) ?? { name: '', aliases: [], email: '', role };
}

/** The edited assistant and client replace the old ones; the rest of the team stays as it was. */
export function withAssistantAndClient(
  people: PersonRecord[],
  assistant: PersonRecord,
  client: PersonRecord,
): PersonRecord[] {
  const team = people.filter((person) => person.role !== 'assistant' && person.role !== 'client');
  return [assistant, client].filter((person) => person.name.trim() !== '').concat(team);
}

export function peopleSettings(context: AppContext): HTMLElement {
  const strings = context.strings.settings;
  const assistant = personWithRole(context.state.people, 'assistant');
  const client = personWithRole(context.state.people, 'client');
  const [assistantNameField, assistantName] = textField(strings.assistantName, assistant.name);
  const [assistantEmailField, assistantEmail] = textField(strings.assistantEmail, assistant.email, 'email');
  const [clientNameField, clientName] = textField(strings.clientName, client.name);
  const [clientEmailField, clientEmail] = textField(strings.clientEmail, client.email, 'email');
  const status = statusArea();
  const error = errorArea();
  const save = async (): Promise<void> => {
    status.clear();
    error.clear();
    const people = withAssistantAndClient(
      context.state.people,
      { ...assistant, name: assistantName.value.trim(), email: assistantEmail.value.trim() },
      { ...client, name: clientName.value.trim(), email: clientEmail.value.trim() },
    );
    try {
      context.state.people = await callServer('savePeople', people);
      status.show([strings.peopleSaved]);
    } catch (failure) {
      error.show([context.strings.serverError(errorMessage(failure))]);
    }
  };
  return h('section', { class: 'settings-section', 'aria-labelledby': 'people-heading' }, [
    h('h2', { id: 'people-heading' }, [strings.peopleHeading]),
    assistantNameField,
    assistantEmailField,
    clientNameField,
    clientEmailField,
    h('button', { type: 'button', class: 'secondary', onClick: () => void save() }, [strings.savePeople]),
    error.element,
    status.element,
  ]);
}
