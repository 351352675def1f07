// Splits notes into lines that remember where they start, their indent and their 1-based number.

export interface NoteLine {
  /** 1-based line number. */
  number: number;
  /** Offset of the line's first character in the notes. */
  start: number;
  /** The line without its end-of-line characters. */
  raw: string;
  /** Leading whitespace width (a tab counts 4). */
  indent: number;
  blank: boolean;
  /** Who wrote the line, when a chat export names them on a line of their own above their message. */
  speaker?: string;
  /** The line naming who speaks next: a list one message opens ("pendientes:") ends there. */
  messageBreak?: boolean;
}

/**
 * A chat export that names the speaker over the message, which runs to the next blank line: Telegram's desktop
 * export ("Rubén, [12.04.26 20:43]") or a Slack copy ("Daniela Ortiz  10:04 AM").
 */
const SPEAKER_HEADER =
  /^\s*(?:([^[\]:,]{1,40}),\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]|(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})\s{1,3}\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)\s*$/u;
/** iPhone exports bracket the stamp ("[7/5/26, 18:41] Vale: "); Android ones dash it ("18/3/26 19:02 - Caro: "). */
export const CHAT_PREFIX =
  /^(?:\[\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?\]|\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[ap]\.?\s?m\.?)?\s+[-–])\s*([^:]{1,40}):\s*/i;

/** Every header holds a stamp in brackets or a time: notes, and lines, with neither skip the header pattern. */
const STAMP_MARK = /\]|\d:\d\d/;

/**
 * Gives each message line its speaker; the header itself reads as a break between messages. A message stamped on
 * its own first line ("[09/11/2026, 07:44] Thandi: 🎤 Voice message") goes on in the lines after it, unstamped.
 */
function attributeMessages(lines: NoteLine[]): NoteLine[] {
  let speaker: string | null = null;
  for (const line of lines) {
    const stamped = STAMP_MARK.test(line.raw);
    const header = stamped ? SPEAKER_HEADER.exec(line.raw) : null;
    const message = stamped && !header ? CHAT_PREFIX.exec(line.raw) : null;
    if (header) {
      speaker = (header[1] ?? header[2] ?? '').trim();
      line.blank = true;
      line.messageBreak = true;
    } else if (message) speaker = (message[1] ?? '').trim();
    else if (line.blank) speaker = null;
    else if (speaker) line.speaker = speaker;
  }
  return lines;
}

/** A list flattened into one paragraph (mail archives, pasted chats): " * item * item * item". */
const INLINE_BULLET = / [*•] (?=\S)/g;
/** Where a sentence ends and the next begins. */
const LAST_ITEM_END = /[.!?]\s+(?=\p{Lu})/u;
/** A numbered list run into a paragraph: "Compromisos: 1) Andrés: … 2) Jorge: …". */
const INLINE_NUMBER = /(?<=[.:;!]) (\d{1,2})\) (?=\S)/g;
const FLATTENED_MIN_LENGTH = 300;
const FLATTENED_MIN_BULLETS = 3;

function noteLine(number: number, start: number, raw: string): NoteLine {
  const leading = /^[ \t\u00a0]*/.exec(raw)?.[0] ?? '';
  return {
    number,
    start,
    raw,
    indent: leading.replace(/\t/g, '    ').length,
    blank: raw.trim() === '',
  };
}

/** Where the inline numbers 1), 2), 3)… start, when they count up from 1 (else they are no list). */
function numberCuts(raw: string): number[] {
  const numbers = [...raw.matchAll(INLINE_NUMBER)];
  const counting = numbers.every((match, index) => Number(match[1]) === index + 1);
  return counting ? numbers.map((match) => (match.index ?? 0) + 1) : [];
}

/** One line, or its inline bullets (or numbers) as separate lines sharing its number. */
function unflatten(number: number, start: number, raw: string): NoteLine[] {
  if (raw.length < FLATTENED_MIN_LENGTH) return [noteLine(number, start, raw)];
  const bullets = [...raw.matchAll(INLINE_BULLET)].map((match) => (match.index ?? 0) + 1);
  const numbers = numberCuts(raw);
  const cuts = bullets.length >= numbers.length ? bullets : numbers;
  if (cuts.length < FLATTENED_MIN_BULLETS) return [noteLine(number, start, raw)];
  // The paragraph goes on after its last item ("5) Definir la charla. También se decidió…"): that is no item.
  const lastItemEnd = LAST_ITEM_END.exec(raw.slice(cuts[cuts.length - 1] ?? 0));
  const paragraphRest = lastItemEnd
    ? [(cuts[cuts.length - 1] ?? 0) + lastItemEnd.index + lastItemEnd[0].length]
    : [];
  const bounds = [0, ...cuts, ...paragraphRest, raw.length];
  return bounds
    .slice(0, -1)
    .map((from, index) => noteLine(number, start + from, raw.slice(from, bounds[index + 1])));
}

export function splitLines(notes: string): NoteLine[] {
  const lines: NoteLine[] = [];
  let start = 0;
  notes.split('\n').forEach((withCr, index) => {
    // A look at the last character: a pattern ending in $ is searched for along the whole line.
    const raw = withCr.endsWith('\r') ? withCr.slice(0, -1) : withCr;
    lines.push(...unflatten(index + 1, start, raw));
    start += withCr.length + 1;
  });
  return STAMP_MARK.test(notes) ? attributeMessages(lines) : lines;
}
