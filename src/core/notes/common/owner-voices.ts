// Owners the voice of the notes names: "yo"/"I'll" is whoever wrote them, "vos"/"you" whoever they are for.
import { blank, startOf } from './draft';
import { readNameList } from './names';
import type { OwnerReader } from './owners';

/** "yo (Irene) me encargo de", "I'll", "me toca". */
export const firstPerson: OwnerReader = (draft, { locale, writer }) => {
  const { head, rest } = startOf(draft);
  const match = locale.firstPerson.exec(rest);
  if (!match) return null;
  const owner = match[2]?.trim() ?? writer;
  // "I'll update the listing" commits whoever wrote the notes, even when nothing says who that is.
  return { owners: owner ? [owner] : [], span: blank(draft, head, head + match[0].length), committed: true };
};

/** "le paso a Fer la lista" (I), "me mandás los temas" (you): the verb's ending names who acts; it stays in the text. */
export const verbPerson: OwnerReader = (draft, { locale, writer, reader }) => {
  const { head, rest } = startOf(draft);
  const mine = locale.writerVerb?.test(rest);
  const yours = !mine && locale.readerVerb?.test(rest);
  if (!mine && !yours) return null;
  const owner = mine ? writer : reader;
  return {
    owners: owner ? [owner] : [],
    span: { start: draft.base + head, end: draft.base + head },
    committed: true,
  };
};

/** "Pedro y yo hacemos los carteles": the name and whoever wrote the notes. */
export const withWriter: OwnerReader = (draft, { locale, writer }) => {
  const { head, rest } = startOf(draft);
  const match = locale.withWriter.exec(rest);
  const named = match && readNameList(match[1] ?? '', locale)?.[0];
  if (!match || !named) return null;
  return {
    owners: writer ? [named, writer] : [named],
    span: blank(draft, head, head + match[0].length),
    committed: true,
  };
};

const VOCATIVE = /^(\p{Lu}\p{L}+),\s+/u;

/** "Lucía, te toca presentar…", "Sam, can you send…?", "Caro, llamá al proveedor": the name is who is spoken to. */
export const addressed: OwnerReader = (draft, { locale }) => {
  const { head, rest } = startOf(draft);
  const match = VOCATIVE.exec(rest);
  const spoken = match && locale.addressed.exec(rest.slice(match[0].length));
  const named = spoken && readNameList(match[1] ?? '', locale);
  if (!match || !spoken || !named) return null;
  // Words that only ask ("can you", "te toca") go with the name, and so does the question mark they end in; an
  // imperative ("llamá al proveedor") is the action itself and stays.
  const asked = spoken.groups?.['ask']?.length ?? 0;
  if (asked > 0 && !draft.text.includes('¿'))
    draft.text = draft.text.replace(/\s*\?\s*$/, (mark) => ' '.repeat(mark.length));
  return { owners: named, span: blank(draft, head, head + match[0].length + asked), committed: true };
};

/** "Entre vos y Agustina definan". */
export const between: OwnerReader = (draft, context) => {
  const { head, rest } = startOf(draft);
  const match = /^entre\s+(.+?)\s+y\s+(\S+)\s+/i.exec(rest);
  if (!match) return null;
  const names = [match[1] ?? '', match[2] ?? ''].map((word) =>
    context.locale.secondPerson.test(word + ' ') ? context.reader : readNameList(word, context.locale)?.[0],
  );
  if (!names.every((name): name is string => Boolean(name))) return null;
  return { owners: names, span: blank(draft, head, head + match[0].length), committed: true };
};

/** "Vos me mandás", "You send". */
export const secondPerson: OwnerReader = (draft, { locale, reader }) => {
  const { head, rest } = startOf(draft);
  const match = locale.secondPerson.exec(rest);
  if (!match || !reader) return null;
  return { owners: [reader], span: blank(draft, head, head + match[0].length), committed: true };
};
