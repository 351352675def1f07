// Recognises section headings and what kind of items the section holds.
import type { NotesLocale } from '../locales';

export type SectionKind = 'task' | 'objective' | 'ignored' | 'decision' | 'discussion' | 'neutral';

export interface Heading {
  kind: SectionKind;
  /** The heading's words without markup, colon or parenthetical. */
  label: string;
  /** True when the line was formatted as a heading (#, bold, trailing colon), not just a known word. */
  formatted: boolean;
  /** Markdown level (number of #), 0 for bold, colon or bare-word headings. */
  level: number;
}

const EMOJI_OR_MARK = /^[\s#>*_\p{Extended_Pictographic}\uFE0F]+|[\s*_:…]+$|\.{3}$/gu;
/** Where EMOJI_OR_MARK can match: its first part only at the start, the others only up to the end. */
const LEADING_MARK = /^[\s#>*_\p{Extended_Pictographic}\uFE0F]/u;
const TRAILING_MARK = /[\s*_:….]/;

/** False proves EMOJI_OR_MARK finds nothing, read from the first and last characters alone. */
function holdsMarks(text: string): boolean {
  return LEADING_MARK.test(text) || TRAILING_MARK.test(text.charAt(text.length - 1));
}

const NUMBERING = /^(?:[A-Za-z]|\d{1,2}|[IVX]{1,4})[.)]\s+/;
const TRAILING_ASIDE = /\s*\([^)]*\)\s*$/;
const SPACES = /\s{2,}|[^\S ]/;

const COLON_END = /(?::|…|\.\.\.)\s*\**$/;
/** The last characters COLON_END can end on, a trimmed text having no space there to end on. */
const COLON_END_LAST = ':….*';

/** COLON_END, tested only where the last character allows it: the pattern is tried from every character. */
function endsInColon(trimmed: string): boolean {
  return COLON_END_LAST.includes(trimmed.charAt(trimmed.length - 1)) && COLON_END.test(trimmed);
}

/** Every line not in a list is read as a possible heading: each clean-up runs only on text that needs it. */
function labelOf(text: string): string {
  let label = (holdsMarks(text) ? text.replace(EMOJI_OR_MARK, '') : text).replace(NUMBERING, '');
  if (label.includes(')')) label = label.replace(TRAILING_ASIDE, '');
  if (SPACES.test(label)) label = label.replace(/\s+/g, ' ');
  return label.trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

function kindOf(label: string, locales: NotesLocale[]): SectionKind | null {
  for (const locale of locales) {
    if (locale.objectiveHeadings.test(label)) return 'objective';
    if (
      locale.taskHeadings.test(label) ||
      locale.writerHeadings.test(label) ||
      locale.readerHeadings.test(label) ||
      locale.sharedHeadings.test(label)
    )
      return 'task';
    if (locale.ignoredHeadings.test(label)) return 'ignored';
    if (locale.decisionHeadings.test(label)) return 'decision';
    if (locale.discussionHeadings.test(label)) return 'discussion';
  }
  return null;
}

/** A heading line, or null when the line carries content. Both languages' words count: notes mix them. */
/** A remark in brackets closing a line. */
const BRACKETED_NOTE = /\s*\([^()]*\)\s*:?$/;

export function readHeading(line: string, locales: NotesLocale[]): Heading | null {
  const trimmed = line.trim();
  const markdown = /^#{1,6}\s/.test(trimmed);
  if (trimmed === '' || trimmed.length > (markdown ? 200 : 80)) return null;
  const bold = /^\*\*[^*]+\*\*:?$/.test(trimmed) || /^__[^_]+__:?$/.test(trimmed);
  // "Customer will…" over a list ends like "Customer will:".
  const colon = endsInColon(trimmed) && wordCount(trimmed) <= 6;
  const label = labelOf(trimmed);
  if (!label) return null;
  const kind = kindOf(label, locales);
  // Formal minutes set their section titles in capitals ("DESARROLLO DE LA SESIÓN").
  // "SET (from AN's email)": a note in brackets after a heading in capitals leaves it a heading.
  const capitals =
    /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u.test(trimmed.replace(BRACKETED_NOTE, '')) && wordCount(trimmed) <= 6;
  const formatted = markdown || bold || colon || capitals;
  const level = /^#*/.exec(trimmed)?.[0].length ?? 0;
  if (kind) return { kind, label, formatted, level };
  return formatted ? { kind: 'neutral', label, formatted, level } : null;
}
