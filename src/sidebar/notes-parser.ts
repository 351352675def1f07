// Hands the notes parser to the sidebar after its first paint: the page holds it as inert text (scripts/build.ts).
import * as calendar from '../core/dates/calendar';
import * as smart from '../core/smart';
import type * as ParserEntry from './parser-entry';

export type NotesParser = typeof ParserEntry;

/** The id of the page's `<script type="text/plain">` that holds the parser bundle. */
export const PARSER_SOURCE_ID = 'minuta-parser';
/** The global the parser bundle leaves its exports in once it has run. */
export const PARSER_GLOBAL = 'minutaNotesParser_';
/** The global the parser bundle reads SHARED_MODULES from. */
export const SHARED_GLOBAL = 'minutaShared_';
/** The performance mark set once the parser has run (the bench reads it). */
export const PARSER_READY_MARK = 'minuta:parser-ready';
/** Modules both bundles use, bundled once (here) and lent to the parser bundle; the build maps the same names. */
export const SHARED_MODULES = { calendar, smart };

let parser: NotesParser | null = null;
let released = false;
const waiting: Array<(loaded: NotesParser) => void> = [];

function runParserScript(): NotesParser {
  const page = window as unknown as Record<string, unknown>;
  page[SHARED_GLOBAL] = SHARED_MODULES;
  const script = document.createElement('script');
  // Under a nonce-based script policy only scripts that carry the page's nonce run.
  script.nonce = Array.from(document.scripts).find((existing) => existing.nonce)?.nonce ?? '';
  script.text = document.getElementById(PARSER_SOURCE_ID)?.textContent ?? '';
  // An inline script runs as it is inserted, so the parser is there on the next line.
  document.head.appendChild(script);
  const loaded = page[PARSER_GLOBAL] as NotesParser | undefined;
  if (!loaded) throw new Error('The notes parser did not load');
  performance.mark(PARSER_READY_MARK);
  return loaded;
}

function loadedParser(): NotesParser {
  parser ??= runParserScript();
  return parser;
}

/** Runs `work` with the parser: at once once released, else when the sidebar releases it after its first paint. */
export function withParser(work: (loaded: NotesParser) => void): void {
  if (released) work(loadedParser());
  else waiting.push(work);
}

/** Runs the parser's script and what waited for it; from then on withParser runs its work at once. */
export function releaseParser(): void {
  released = true;
  for (const work of waiting.splice(0)) work(loadedParser());
}
