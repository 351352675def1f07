// The built files the bench reads: where they are and how big they are.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '..', 'dist');
export const SIDEBAR_LIMIT_BYTES = 150 * 1024;

export function sidebarHtml(): string {
  return readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
}

export function distSize(name: 'Sidebar.html' | 'Code.js'): number {
  return statSync(join(DIST, name)).size;
}
