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
