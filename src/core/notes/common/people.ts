// Maps owners as written to the names in the People tab ("la asistente" -> "Sofía", an alias -> the name).
import type { PersonRecord } from '../../types';

const ROLE_WORDS: Record<PersonRecord['role'], RegExp> = {
  assistant: /^(la asistente|el asistente|asistente|the assistant|assistant|va|the va|yo|me|i)$/i,
  client: /^(el cliente|la cliente|la clienta|cliente|clienta|the client|client)$/i,
  team: /^$/,
};

export function resolveOwner(owner: string, people: PersonRecord[]): string {
  const folded = owner.trim().toLowerCase();
  const byAlias = people.find((person) => person.aliases.some((alias) => alias.toLowerCase() === folded));
  if (byAlias) return byAlias.name;
  const byRole = people.find((person) => ROLE_WORDS[person.role].test(folded));
  return byRole ? byRole.name : owner;
}
