// What is wrong with the tabs' layout, what an import may fix on its own, and what only "Repair sheet" fixes.
import { SHEET_STRINGS } from '../i18n/sheet';
import type { Language } from '../types';
import { LANGUAGES, textOf } from './cells';
import type { LayoutProblem, TabLayout, WorkbookLayout } from './layout';
import { headerOf, TAB_ORDER, TAB_SCHEMAS, tabName, type ColumnId, type TabId } from './schema';
import { normaliseText } from './text';

export type LayoutFix =
  | { kind: 'create-tab'; tab: TabId }
  | { kind: 'add-columns'; tab: TabId; columns: ColumnId[] }
  /** The header row was overwritten or deleted: a new one goes on top, in our column order. */
  | { kind: 'insert-header'; tab: TabId }
  /** A second column with our header: it becomes the client's, renamed, and ours stays the first. */
  | { kind: 'rename-header'; tab: TabId; column: number; header: string };

function problemText(tab: TabId, problem: LayoutProblem, language: Language): string {
  const messages = SHEET_STRINGS[language].messages;
  return problem.kind === 'duplicate'
    ? messages.duplicateColumn(headerOf(tab, problem.column, language))
    : messages.unreadableHeader;
}

/** The message that stops a write before anything is written, or null when the tabs it uses can be used. */
export function damageMessage(
  layout: WorkbookLayout,
  language: Language,
  tabs: TabId[] = TAB_ORDER,
): string | null {
  const damaged = tabs.map((tab) => layout[tab]).find((tabLayout) => tabLayout.problems.length > 0);
  if (!damaged) return null;
  const problems = damaged.problems.map((problem) => problemText(damaged.tab, problem, language)).join('; ');
  return SHEET_STRINGS[language].messages.damagedLayout(
    damaged.sheetName ?? tabName(damaged.tab, language),
    problems,
  );
}

/** Fixes an import makes without asking: a missing tab or column is simply created (damaged tabs wait for repair). */
export function importFixes(layout: WorkbookLayout): LayoutFix[] {
  return TAB_ORDER.flatMap((tab): LayoutFix[] => {
    if (layout[tab].sheetName === null) return [{ kind: 'create-tab', tab }];
    if (layout[tab].problems.length > 0) return [];
    return layout[tab].missing.length ? [{ kind: 'add-columns', tab, columns: layout[tab].missing }] : [];
  });
}

function duplicateRenames(layout: TabLayout): LayoutFix[] {
  return layout.problems.flatMap((problem): LayoutFix[] => {
    if (problem.kind !== 'duplicate') return [];
    const headers = new Set(
      LANGUAGES.map((language) => normaliseText(headerOf(layout.tab, problem.column, language))),
    );
    const indexes = layout.header.flatMap((cell, index) =>
      headers.has(normaliseText(textOf(cell))) ? [index] : [],
    );
    return indexes.slice(1).map((column, copy) => ({
      kind: 'rename-header',
      tab: layout.tab,
      column,
      header: `${textOf(layout.header[column])} (${copy + 2})`,
    }));
  });
}

/** Fixes for damage; once applied, reading the tabs again gives what `importFixes` handles. */
export function damageFixes(layout: WorkbookLayout): LayoutFix[] {
  return TAB_ORDER.flatMap((tab) => {
    const tabLayout = layout[tab];
    if (tabLayout.problems.some((problem) => problem.kind === 'unreadable-header'))
      return [{ kind: 'insert-header', tab } as LayoutFix];
    return duplicateRenames(tabLayout);
  });
}

/**
 * The header row to put back on a tab that lost it: each column where its metadata says it is, or, with
 * no metadata, in the order the tab was created with, which is how the rows under it most likely are.
 */
export function headerRowFor(layout: TabLayout, language: Language): string[] {
  const placed = Object.keys(layout.columns).length > 0;
  const columns = TAB_SCHEMAS[layout.tab].columns.map(({ id }, order) => ({
    id,
    index: placed ? layout.columns[id] : order,
  }));
  const headers: string[] = Array.from(
    { length: Math.max(layout.width, ...columns.map(({ index }) => (index ?? -1) + 1)) },
    () => '',
  );
  for (const { id, index } of columns)
    if (index !== undefined) headers[index] = headerOf(layout.tab, id, language);
  return headers;
}

/** The lines of the "Repair sheet" report for one fix. */
export function describeFix(fix: LayoutFix, layout: WorkbookLayout, language: Language): string[] {
  const messages = SHEET_STRINGS[language].messages;
  const sheetName = layout[fix.tab].sheetName ?? tabName(fix.tab, language);
  switch (fix.kind) {
    case 'create-tab':
      return [messages.repairedTab(sheetName)];
    case 'add-columns':
      return fix.columns.map((column) =>
        messages.repairedColumn(sheetName, headerOf(fix.tab, column, language)),
      );
    case 'insert-header':
      return [messages.repairedHeader(sheetName)];
    case 'rename-header':
      return [messages.renamedDuplicate(sheetName, textOf(layout[fix.tab].header[fix.column]))];
  }
}
