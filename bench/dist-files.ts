// The built files the bench reads: where they are and how big they are.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '..', 'dist');
export const SIDEBAR_LIMIT_BYTES = 150 * 1024;

/** The files Apps Script serves: the server bundle, the sidebar page, and the parser the sidebar fetches. */
export type DistFile = 'Code.js' | 'Sidebar.html' | 'Parser.html';

export function sidebarHtml(): string {
  return readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
}

/** What getParserSource answers: the content of dist/Parser.html. */
export function parserFile(): string {
  return readFileSync(join(DIST, 'Parser.html'), 'utf8');
}

export function distSize(name: DistFile): number {
  return statSync(join(DIST, name)).size;
}
