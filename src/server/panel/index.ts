// The Panel adapter: ensurePanel creates or repairs the Panel tab (cells and charts); the follow-up takes its progress chart as a PNG.
import { PANEL_STRINGS } from '../../core/i18n/panel';
import { planPanel, type TabSource } from '../../core/panel';
import { dateFormatFor } from '../../core/workbook/formats';
import { emptyLayout, type TabLayout, type WorkbookLayout } from '../../core/workbook/layout';
import { snapshotOf } from '../../core/workbook/records';
import { normaliseText } from '../../core/workbook/text';
import { TAB_ORDER, type ColumnId, type TabId } from '../../core/workbook/schema';
import type { SheetContext } from '../sheets/context';
import { assignSheets, identifySheets, readTab, type IdentifiedSheet } from '../sheets/read';
import { sheetTools } from '../sheets/tools';
import { writePanelCells } from './cells';
import { readPanelCells } from './current';
import { progressChart, syncCharts } from './charts';
import { createPanel, findPanel } from './sheet';

/** The columns the Panel's formulas refer to, per tab. */
const NEEDED: Partial<Record<TabId, ColumnId[]>> = {
  tasks: ['task', 'owner', 'due', 'status', 'completedOn'],
  objectives: ['objective', 'progress'],
  followUp: ['sentOn', 'overdue'],
};

function sourceOf(layout: TabLayout): TabSource | null {
  const needed = NEEDED[layout.tab] ?? [];
  if (!layout.sheetName || needed.some((columnId) => layout.columns[columnId] === undefined)) return null;
  return { layout, sheetName: layout.sheetName };
}

/** Each owner once (accents and case ignored), in alphabetical order so the table is the same run after run. */
function ownersOf(names: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(normaliseText(name))) byKey.set(normaliseText(name), name);
  return [...byKey.values()].sort((a, b) => normaliseText(a).localeCompare(normaliseText(b)));
}

/** "dd/mm" or "mm/dd": the spreadsheet's date format without the year. */
function weekFormatOf(locale: string): string {
  return dateFormatFor(locale).replace(/\/?y+\/?/, '');
}

/** The three tabs the Panel reads, from one identification of the sheets that also finds the Panel. */
function readSources(context: SheetContext, identified: IdentifiedSheet[]): WorkbookLayout {
  const assigned = assignSheets(identified);
  const tools = sheetTools(context);
  const read = (tab: TabId): TabLayout => {
    const found = assigned[tab];
    if (!found || !NEEDED[tab]) return emptyLayout(tab);
    return readTab(tab, found, tools, (sheet) => sheet.getDataRange().getValues());
  };
  return Object.fromEntries(TAB_ORDER.map((tab) => [tab, read(tab)])) as WorkbookLayout;
}

/**
 * Creates the Panel (first tab) on the first call; later calls rewrite our cells that changed (all of them,
 * with their styles, when `force`: "Repair sheet") and restore our charts, keeping what the client changed (a moved chart, a note, their own cells and charts). Does nothing until
 * the Tasks, Objectives and Follow-up tabs exist. The caller holds the document lock. Returns what it had
 * to create, for "Repair sheet" to report (empty when the Panel was whole).
 */
export function ensurePanel(context: SheetContext, options: { force?: boolean } = {}): string[] {
  const identified = identifySheets(context);
  const layout = readSources(context, identified);
  const [tasks, objectives, followUp] = [layout.tasks, layout.objectives, layout.followUp].map(sourceOf);
  if (!tasks || !objectives || !followUp) return [];
  const plan = planPanel({
    language: context.language,
    tasks,
    objectives,
    followUp,
    objectiveRows: layout.objectives.rows.length,
    owners: ownersOf(snapshotOf(layout).tasks.flatMap((task) => task.owners)),
    weekFormat: weekFormatOf(context.spreadsheet.getSpreadsheetLocale()),
  });
  const strings = PANEL_STRINGS[context.language];
  const found = findPanel(identified);
  const sheet = found ?? createPanel(context);
  writePanelCells(sheet, plan, readPanelCells(sheet), options.force === true || !found);
  const inserted = syncCharts(sheet, plan);
  if (!found) return [strings.created(sheet.getName())];
  return inserted.map((spec) => strings.restoredChart(String(spec.options.title)));
}

/** The progress chart as a PNG for the follow-up email; null when there is no Panel or no such chart. */
export function panelProgressImage(context: SheetContext): GoogleAppsScript.Base.Blob | null {
  const sheet = findPanel(identifySheets(context));
  const chart = sheet && progressChart(sheet);
  return chart ? chart.getAs('image/png') : null;
}
