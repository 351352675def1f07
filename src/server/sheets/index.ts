// The spreadsheet adapter: what the server entry calls to import, read, repair and stamp; each call reads once and writes once per tab.
import type { FollowUpLogRecord, Language, PersonRecord, WorkbookSnapshot } from '../../core/types';
import { keyBackfill } from '../../core/workbook/backfill';
import { LAST_ID_METADATA_KEY } from '../../core/workbook/layout';
import { planFollowUpLog, planPeople } from '../../core/workbook/people';
import { planImport, type ImportPlan } from '../../core/workbook/plan';
import { snapshotOf } from '../../core/workbook/records';
import { TAB_ORDER } from '../../core/workbook/schema';
import type { TabWrite } from '../../core/workbook/writes';
import type { ImportRequest, ImportResult } from '../api';
import type { SheetContext } from './context';
import { applyControls } from './controls';
import { storeOwnMetadata } from './own-metadata';
import { ownMetadataOf, prepareWorkbook, sheetOf } from './prepare';
import { readWorkbook, type ReadWorkbook } from './read';
import { createPlaybooksTab } from './playbooks';
import { applyWrite, writeProgress } from './write';

export type { SheetContext } from './context';
export { handleEdit } from './edit';
export { repairWorkbook } from './repair';
export { DamagedLayoutError } from './prepare';
export { readPlaybooks } from './playbooks';

function applyWrites(workbook: ReadWorkbook, writes: TabWrite[]): void {
  for (const write of writes)
    applyWrite(sheetOf(workbook, write.tab), workbook.layout[write.tab], write, workbook.tools);
}

/** The highest ids given, kept on the sheets so a deleted row's id is never given again. */
function recordLastIds(workbook: ReadWorkbook, plan: ImportPlan): void {
  for (const tab of ['objectives', 'tasks'] as const) {
    const sheet = sheetOf(workbook, tab);
    storeOwnMetadata(sheet, ownMetadataOf(workbook, sheet), LAST_ID_METADATA_KEY, String(plan.lastIds[tab]));
  }
}

/** Writes the confirmed import; the caller holds the document lock. Throws DamagedLayoutError before any write. */
export function importMeeting(context: SheetContext, request: ImportRequest): ImportResult {
  const workbook = prepareWorkbook(context);
  const { layout } = workbook;
  const plan = planImport(layout, request, context.today, context.language);
  const backfills = TAB_ORDER.map((tab) => keyBackfill(layout[tab])).filter(
    (write): write is TabWrite => write !== null,
  );
  applyWrites(workbook, [...backfills, ...plan.writes]);
  const tasksSheet = sheetOf(workbook, 'tasks');
  writeProgress(
    sheetOf(workbook, 'objectives'),
    layout.objectives,
    layout.tasks,
    tasksSheet.getName(),
    plan.objectiveRowCount,
  );
  recordLastIds(workbook, plan);
  applyControls(workbook, 'tasks', context);
  applyControls(workbook, 'objectives', context);
  // Created once with the defaults; from then on the tab is the VA's and is neither read nor written here.
  if (!workbook.playbooks) createPlaybooksTab(context);
  context.spreadsheetApp.flush();
  return plan.result;
}

/** Everything the follow-up and the sidebar need, one read per tab; creates nothing. */
export function readSnapshot(context: SheetContext): WorkbookSnapshot {
  return snapshotOf(readWorkbook(context).layout);
}

/** Upserts by name (accents and case ignored); the client's columns on the People tab are kept. */
export function savePeople(context: SheetContext, people: PersonRecord[]): void {
  const workbook = prepareWorkbook(context, ['people']);
  applyWrites(workbook, planPeople(workbook.layout.people, people, context.language));
  context.spreadsheetApp.flush();
}

/** Reads and writes the log tab only, whatever the size of the other tabs. */
export function appendFollowUpLog(context: SheetContext, rows: FollowUpLogRecord[]): void {
  const workbook = prepareWorkbook(context, ['followUp']);
  const write = planFollowUpLog(workbook.layout.followUp, rows);
  if (write) applyWrites(workbook, [write]);
  context.spreadsheetApp.flush();
}

/** 'es' for any Spanish locale (es, es_AR, es_419), English otherwise. */
export function detectLanguage(locale: string): Language {
  return /^es([_-]|$)/i.test(locale) ? 'es' : 'en';
}
