// The stable identity of a row (meeting date + normalised text + owners), so re-importing adds nothing twice.
import type { IsoDate } from '../types';
import { normaliseText } from './text';

/** Owner order and spelling do not matter: "Luis y Ana" and "ana, luis" are the same people. */
function ownersPart(owners: string[]): string {
  return owners.map(normaliseText).filter(Boolean).sort().join(',');
}

export function itemKey(meetingDate: IsoDate | null, text: string, owners: string[]): string {
  return `${meetingDate ?? ''}|${normaliseText(text)}|${ownersPart(owners)}`;
}

/** A meeting is the same meeting when its date and title match, whatever was edited in its notes. */
export function meetingKey(date: IsoDate, title: string): string {
  return `${date}|${normaliseText(title)}`;
}
