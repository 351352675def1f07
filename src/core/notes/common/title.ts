// Reads the notes' title from the first line when it reads as one (not a heading of a list, not an item).
import type { NotesLocale } from '../locales';
import { readChatLine } from './context';
import { readHeading } from './headings';
import type { NoteLine } from './lines';
import { readMarkers } from './markers';

const FRONT_MATTER_FENCE = /^---\s*$/;
const FRONT_MATTER_TITLE = /^title\s*:\s*["']?(.+?)["']?\s*$/i;

/** Markdown exported from wikis and static sites opens with a "---" block whose "title:" names the page. */
function frontMatterTitle(lines: NoteLine[]): string | null {
  const end = lines.findIndex((line, index) => index > 0 && FRONT_MATTER_FENCE.test(line.raw));
  if (end < 0 || end > 20) return null;
  for (const line of lines.slice(1, end)) {
    const title = FRONT_MATTER_TITLE.exec(line.raw)?.[1];
    if (title) return title;
  }
  return null;
}

export function readTitle(lines: NoteLine[], locales: NotesLocale[]): string | null {
  const first = lines[0];
  if (first && FRONT_MATTER_FENCE.test(first.raw)) return frontMatterTitle(lines);
  if (!first || first.blank) return null;
  // A chat export's first message is its title, without the stamp and the speaker.
  const chat = readChatLine(first);
  const marked = readMarkers(chat ? first.raw.slice(chat.prefixLength) : first.raw);
  const heading = readHeading(marked.body, locales);
  if (marked.bullet || marked.check || (heading && heading.kind !== 'neutral')) return null;
  const text = marked.body
    .replace(/^#+\s*/, '')
    .replace(/\*\*|__/g, '')
    .trim();
  if (locales.some((locale) => locale.objectiveSentence.test(text) || locale.objectiveLabel.test(text)))
    return null;
  if (text.length > 120 || /^[[|]/.test(text) || /\t/.test(text) || /^[\p{L} ]{2,20}:/u.test(text))
    return null;
  return text.replace(/^(asunto|subject)\s*:\s*/i, '') || null;
}
