// Where everything sits on the Panel: title, figures, charts on the left, the helper tables to their right.
import type { PanelChartId } from '../i18n/panel';

export const PANEL_TAB_METADATA = 'panel';

export const TITLE_ROW = 1;
export const FIGURE_LABEL_ROW = 3;
export const FIGURE_VALUE_ROW = 4;
/** Columns A..E hold the five figures, at this width so each label reads in one or two lines. */
export const FIGURE_COLUMN_WIDTH = 150;

/** Header row of every helper table; data rows follow. */
export const TABLE_HEADER_ROW = 3;
/** First column of each table (1-based), apart enough for the tables to grow down side by side. */
export const TABLE_COLUMNS: Record<PanelChartId, number> = { progress: 12, owners: 15, overdueTrend: 21 };
/** The note over the tables. */
export const TABLE_NOTE_COLUMN = 12;

/** Anchor cells of the charts, each 480 × 300 px, under the figures. */
export const CHART_ANCHORS: Record<PanelChartId, { row: number; column: number }> = {
  progress: { row: 6, column: 1 },
  owners: { row: 6, column: 5 },
  overdueTrend: { row: 22, column: 1 },
};
export const CHART_SIZE = { width: 560, height: 300 };

export const CHART_ORDER: PanelChartId[] = ['progress', 'owners', 'overdueTrend'];
