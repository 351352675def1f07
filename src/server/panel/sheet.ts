// Finds the Panel by our tab metadata, or creates it first in the tab order (it is never moved after that).
import { PANEL_STRINGS } from '../../core/i18n/panel';
import { PANEL_TAB_METADATA } from '../../core/panel';
import { TAB_METADATA_KEY } from '../../core/workbook/layout';
import type { Sheet, SheetContext } from '../sheets/context';
import type { IdentifiedSheet } from '../sheets/read';

export function findPanel(identified: IdentifiedSheet[]): Sheet | null {
  return identified.find(({ tabMetadata }) => tabMetadata === PANEL_TAB_METADATA)?.sheet ?? null;
}

/** A client's own tab may already have the name: ours then takes a name that says whose it is. */
function freeName(context: SheetContext): string {
  const name = PANEL_STRINGS[context.language].tab;
  return context.spreadsheet.getSheetByName(name) ? `${name} (minuta)` : name;
}

export function createPanel(context: SheetContext): Sheet {
  const sheet = context.spreadsheet.insertSheet(freeName(context), 0);
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, PANEL_TAB_METADATA);
  return sheet;
}
