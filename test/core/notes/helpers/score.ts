// Scores parser output against a labelled corpus folder: the same wording match the project's scoring uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotesUnguarded } from '../../../../src/core/notes/parse';
import type { ParseResult } from '../../../../src/core/types';

interface LabelItem {
  text: string;
  owners?: string[];
  due?: string | null;
}

interface Label {
  meetingDate: string | null;
  objectives: LabelItem[];
  tasks: LabelItem[];
}

export interface FolderScore {
  taskF1: number;
  ownerAccuracy: number;
  dueAccuracy: number;
  objectiveF1: number;
  /** Documents the parser crashed on (the sidebar would have shown nothing). */
  failed: string[];
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const tokens = (text: string): string[] =>
  fold(text)
    .split(/[^a-z0-9ñ%]+/)
    .filter((token) => token.length > 1 || /\d/.test(token));

function similarity(expected: string, got: string): number {
  const wanted = new Set(tokens(expected));
  const found = new Set(tokens(got));
  if (wanted.size === 0 || found.size === 0) return 0;
  const common = [...wanted].filter((token) => found.has(token)).length;
  const dice = (2 * common) / (wanted.size + found.size);
  const containment = found.size <= 2 * wanted.size + 2 ? common / wanted.size : 0;
  return Math.max(dice, 0.9 * containment);
}

/** Greedy one-to-one pairs, most similar first, above 0.6. */
function pairs(expected: LabelItem[], got: LabelItem[]): [number, number][] {
  const candidates: [number, number, number][] = [];
  expected.forEach((want, i) =>
    got.forEach((have, j) => {
      const score = similarity(want.text, have.text);
      if (score >= 0.6) candidates.push([score, i, j]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0]);
  const usedExpected = new Set<number>();
  const usedGot = new Set<number>();
  const matched: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedExpected.has(i) || usedGot.has(j)) continue;
    usedExpected.add(i);
    usedGot.add(j);
    matched.push([i, j]);
  }
  return matched;
}

const firstToken = (name: string): string => tokens(name)[0] ?? '';

function sameName(a: string, b: string): boolean {
  const left = fold(a).trim();
  const right = fold(b).trim();
  return (
    left === right ||
    firstToken(a) === firstToken(b) ||
    (left.length > 2 && right.includes(left)) ||
    (right.length > 2 && left.includes(right))
  );
}

function sameOwners(expected: string[], got: string[]): boolean {
  if (expected.length !== got.length) return false;
  const left = [...got];
  return expected.every((name) => {
    const index = left.findIndex((candidate) => sameName(name, candidate));
    if (index >= 0) left.splice(index, 1);
    return index >= 0;
  });
}

const f1 = (hits: number, expected: number, got: number): number =>
  expected + got === 0 ? 1 : (2 * hits) / (expected + got);

export function scoreFolder(folder: string, today = '2026-01-01'): FolderScore {
  const totals = { expT: 0, gotT: 0, hitT: 0, owners: 0, due: 0, expO: 0, gotO: 0, hitO: 0 };
  const failed: string[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const label = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Label;
    const notes = readFileSync(join(folder, file.replace(/\.json$/, '.txt')), 'utf8');
    let result: ParseResult;
    try {
      result = parseNotesUnguarded(notes, { today, meetingDate: label.meetingDate });
    } catch {
      failed.push(file);
      result = { meetingDate: null, language: 'es', objectives: [], tasks: [], warnings: [] };
    }
    const matchedTasks = pairs(label.tasks, result.tasks);
    for (const [i, j] of matchedTasks) {
      const want = label.tasks[i] as LabelItem;
      const have = result.tasks[j] as LabelItem;
      if (sameOwners(want.owners ?? [], have.owners ?? [])) totals.owners++;
      if ((want.due ?? null) === (have.due ?? null)) totals.due++;
    }
    totals.expT += label.tasks.length;
    totals.gotT += result.tasks.length;
    totals.hitT += matchedTasks.length;
    totals.expO += label.objectives.length;
    totals.gotO += result.objectives.length;
    totals.hitO += pairs(label.objectives, result.objectives).length;
  }
  return {
    taskF1: f1(totals.hitT, totals.expT, totals.gotT),
    ownerAccuracy: totals.hitT ? totals.owners / totals.hitT : 0,
    dueAccuracy: totals.hitT ? totals.due / totals.hitT : 0,
    objectiveF1: f1(totals.hitO, totals.expO, totals.gotO),
    failed,
  };
}
