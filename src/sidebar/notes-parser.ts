// Hands the notes parser to the sidebar: its script comes from the server (dist/Parser.html) and runs after the paint.
import * as calendar from '../core/dates/calendar';
import * as smart from '../core/smart';
import type * as ParserEntry from './parser-entry';
import { PARSER_GLOBAL, unwrapParserScript } from './parser-file';

export type NotesParser = typeof ParserEntry;

/** The global the parser bundle reads SHARED_MODULES from. */
export const SHARED_GLOBAL = 'minutaShared_';
/** The performance mark set once the parser has run (the bench reads it). */
export const PARSER_READY_MARK = 'minuta:parser-ready';
/** Modules both bundles use, bundled once (here) and lent to the parser bundle; the build maps the same names. */
export const SHARED_MODULES = { calendar, smart };

export type ParserWork = (loaded: NotesParser) => void;

export interface ParserSource {
  /** Asks the server for dist/Parser.html's content. */
  fetch(): Promise<string>;
  /** The request or the script failed; retryParser() asks again. */
  onError(error: unknown): void;
  /** The parser ran (after an error, the sidebar clears its message here). */
  onReady(): void;
}

let source: ParserSource | null = null;
let fileContent: string | null = null;
let requesting = false;
let failed = false;
let released = false;
let parser: NotesParser | null = null;
/** A set: the preview passes the same function on every keystroke, and only its latest run matters. */
const waiting = new Set<ParserWork>();

function runParserScript(code: string): NotesParser {
  const page = window as unknown as Record<string, unknown>;
  page[SHARED_GLOBAL] = SHARED_MODULES;
  const script = document.createElement('script');
  // Under a nonce-based script policy only scripts that carry the page's nonce run.
  script.nonce = Array.from(document.scripts).find((existing) => existing.nonce)?.nonce ?? '';
  script.text = code;
  // An inline script runs as it is inserted, so the parser is there on the next line.
  document.head.appendChild(script);
  script.remove();
  const loaded = page[PARSER_GLOBAL] as NotesParser | undefined;
  if (!loaded) throw new Error('the notes parser did not load');
  performance.mark(PARSER_READY_MARK);
  return loaded;
}

/** Runs the parser once both its text is in and the page has painted, then the work that waited for it. */
function runWhenReady(): void {
  if (parser || !released || fileContent === null) return;
  try {
    parser = runParserScript(unwrapParserScript(fileContent));
  } catch (error) {
    fileContent = null;
    failed = true;
    source?.onError(error);
    return;
  }
  source?.onReady();
  const loaded = parser;
  for (const work of [...waiting]) {
    waiting.delete(work);
    try {
      work(loaded);
    } catch (error) {
      // One failed preview must not keep the others from running; the sidebar shows why.
      source?.onError(error);
    }
  }
}

/** One request at a time, and none once the text is in. */
function request(): void {
  if (!source || requesting || fileContent !== null || parser) return;
  const asked = source;
  requesting = true;
  asked.fetch().then(
    (content) => {
      requesting = false;
      fileContent = content;
      runWhenReady();
    },
    (error: unknown) => {
      requesting = false;
      failed = true;
      asked.onError(error);
    },
  );
}

/**
 * Starts fetching the parser's text at once, in parallel with whatever else the page asks the server for: the
 * round trip takes 0.5–2 s in Apps Script, and the text only runs once releaseParser() says the page has painted.
 */
export function loadParser(from: ParserSource): void {
  source = from;
  request();
}

/** Runs `work` with the parser: at once if it has run, else once it has. */
export function withParser(work: ParserWork): void {
  if (parser) {
    work(parser);
    return;
  }
  waiting.delete(work);
  waiting.add(work);
}

/** After a failure, asks the server again (the VA typed: a failing server is not asked in a loop). */
export function retryParser(): void {
  if (!failed) return;
  failed = false;
  request();
}

/** Called after the first paint: from then on the parser runs as soon as its text is in. */
export function releaseParser(): void {
  released = true;
  runWhenReady();
}
