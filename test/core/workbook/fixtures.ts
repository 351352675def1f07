// Builders for the core's workbook tests: raw sheets as the adapter would read them, and import requests.
import type { ImportObjective, ImportRequest, ImportTask } from '../../../src/server/api';
import type { CellValue } from '../../../src/core/workbook/cells';
import {
  locateTabs,
  withMissingColumnsAppended,
  type RawSheet,
  type WorkbookLayout,
} from '../../../src/core/workbook/layout';
import { TAB_ORDER } from '../../../src/core/workbook/schema';

export function rawSheet(name: string, values: CellValue[][], extra: Partial<RawSheet> = {}): RawSheet {
  return { name, tabMetadata: null, columnMetadata: {}, lastId: 0, values, ...extra };
}

/** The layout an import plans against: every tab and column in place, as after the adapter's fixes. */
export function readyLayout(sheets: RawSheet[]): WorkbookLayout {
  const located = locateTabs(sheets);
  for (const tab of TAB_ORDER) {
    located[tab] = withMissingColumnsAppended({ ...located[tab], sheetName: located[tab].sheetName ?? tab });
  }
  return located;
}

export function task(
  id: string,
  text: string,
  owners: string[] = [],
  extra: Partial<ImportTask> = {},
): ImportTask {
  return { id, text, owners, due: null, priority: null, objective: null, ...extra };
}

export function objective(id: string, text: string, extra: Partial<ImportObjective> = {}): ImportObjective {
  return {
    id,
    text,
    due: null,
    owners: [],
    smart: { specific: true, measurable: true, achievable: null, realistic: null, timeBound: true },
    ...extra,
  };
}

export function request(
  tasks: ImportTask[],
  objectives: ImportObjective[] = [],
  notes = 'notas',
): ImportRequest {
  return { meeting: { date: '2026-03-06', title: 'Semanal', notes }, language: 'es', objectives, tasks };
}
