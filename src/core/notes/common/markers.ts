// Reads and removes list markers: bullets, numbers, letters, checkboxes, emoji, strike-through and bold.

export type CheckState = 'open' | 'done' | null;

export interface Marked {
  /** The text after the markers, same length bookkeeping as `offset`. */
  body: string;
  /** Offset of `body` inside the line. */
  offset: number;
  bullet: boolean;
  check: CheckState;
  /** The whole item is struck through (~~...~~): done. */
  struck: boolean;
  /** A leading emoji, which may encode a priority. */
  emoji: string | null;
}

const EMOJI =
  /^(\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F7E0}-\u{1F7EB}]|\u26AA|\u26AB)[\uFE0F\u200D]*/u;
// An arrow starting a line ("-> Valentina la presenta…") marks a consequence the way a dash marks a point.
const BULLET = /^(?:->|→|=>|[-*•·◦▪‣+]|\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\\-)\s+/i;
/** "[ ]" and "[x]", or the ballot boxes checklists copied from boards and apps use ("☐" open, "☑"/"☒" done). */
const CHECK = /^(?:\[( |x|X|✓|✔)?\]|([☐□◻⬜❏❑])|[☑☒])\s*/u;

function skip(match: RegExpExecArray | null): number {
  return match ? match[0].length : 0;
}

export function readMarkers(line: string): Marked {
  let offset = skip(/^\s*/.exec(line));
  let bullet = false;
  let check: CheckState = null;
  let emoji: string | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const rest = line.slice(offset);
    // Each marker is looked for only when the ones before it are not there: every line comes through here.
    const bulletMatch = BULLET.exec(rest);
    const checkMatch = bulletMatch ? null : CHECK.exec(rest);
    const emojiMatch = bulletMatch || checkMatch ? null : EMOJI.exec(rest);
    if (bulletMatch) {
      bullet = true;
      offset += bulletMatch[0].length;
    } else if (checkMatch) {
      const open = checkMatch[0].startsWith('[')
        ? (checkMatch[1] ?? ' ').trim() === ''
        : Boolean(checkMatch[2]);
      check = open ? 'open' : 'done';
      offset += checkMatch[0].length;
    } else if (emojiMatch) {
      emoji = emoji ?? emojiMatch[0];
      offset += emojiMatch[0].length + skip(/^\s*/.exec(rest.slice(emojiMatch[0].length)));
    } else break;
  }
  const body = line.slice(offset);
  return { body, offset, bullet, check, struck: /^~~.+~~/.test(body.trim()), emoji };
}

/** Replaces markdown emphasis markers with spaces so offsets stay valid. */
export function blankEmphasis(text: string): string {
  return text.replace(/\*\*|__|~~|`/g, (marker) => ' '.repeat(marker.length));
}
