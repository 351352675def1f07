// What the line walk hands to the item builder: one candidate task or objective before owner/date/priority reading.
import type { Priority } from '../../types';
import type { Draft } from './draft';

/** A separately written field (table cell, "Fecha: ..."): its text and where it starts in the notes. */
export interface FieldText {
  text: string;
  base: number;
}

export interface RawItem {
  kind: 'task' | 'objective';
  line: number;
  draft: Draft;
  /** Owners given by a column, a label line or a parent bullet/heading. */
  owners: FieldText | null;
  inheritedOwners: string[] | null;
  /** The person the list is about (its first bullet names them): owner of last resort, proving no commitment. */
  impliedOwners: string[] | null;
  due: FieldText | null;
  /** The date over the whole list ("Tasks due 3/20", "HOY"): the item's due date when it names none of its own. */
  listDue: FieldText | null;
  priority: Priority | null;
  /** Index of the objective this item serves, or a label ("O1") to resolve once all objectives are known. */
  objective: number | string | null;
  /** How the item was found: in a task list, as a loose bullet, in prose, or in a discussion section; the looser, the more evidence it needs. */
  source: 'listed' | 'bullet' | 'prose' | 'discussion' | 'decision';
  /** Who "yo"/"vos" mean on this line (WhatsApp lines change speaker). */
  writer: string | null;
  reader: string | null;
  done: boolean;
  /** The shared instruction a "Name - item" line completes ("Each person to review a document as follows:"). */
  lead: RawItem | null;
  /** Lines are indented under it: in a discussion such an item is a topic, not an action. */
  hasChildren: boolean;
  /** Written indented under another line: in a discussion, a point made about that topic. */
  nested: boolean;
  /** A clause after a semicolon ("…needs improvement; use a different color"): it goes on in lower case. */
  clause: boolean;
}
