// Everything the Panel holds, as plain data: the figures, the helper tables in place, the charts over them.
import { PANEL_STRINGS, type FigureId, type PanelChartId } from '../i18n/panel';
import { columnLetters } from '../row-ranges';
import type { Language } from '../types';
import { chartOptions, chartType, type PanelChartType } from './charts';
import { FIGURE_ORDER } from './figures';
import { figureFormula } from './formulas';
import { CHART_ANCHORS, CHART_ORDER, TABLE_COLUMNS, TABLE_HEADER_ROW } from './layout';
import { ownersTable, progressTable, trendTable, type HelperTable, type TabSource } from './tables';

export interface PanelInput {
  language: Language;
  tasks: TabSource;
  objectives: TabSource;
  followUp: TabSource;
  /** Rows the Objectives tab has now; the progress table gets one per row. */
  objectiveRows: number;
  /** Owners named on the Tasks tab, each once. */
  owners: string[];
  /** Number format of the week column ("dd/mm"). */
  weekFormat: string;
}

export interface PlacedTable {
  chart: PanelChartId;
  /** 1-based; the header row. */
  row: number;
  column: number;
  table: HelperTable;
}

export interface ChartSpec {
  id: PanelChartId;
  type: PanelChartType;
  /** The table the chart reads, header row included. */
  range: { row: number; column: number; numRows: number; numColumns: number };
  anchor: { row: number; column: number };
  options: Record<string, unknown>;
}

export interface PanelFigureCell {
  id: FigureId;
  label: string;
  formula: string;
}

export interface PanelPlan {
  title: string;
  note: string;
  figures: PanelFigureCell[];
  tables: PlacedTable[];
  charts: ChartSpec[];
}

function firstDataCell(chart: PanelChartId): { row: number; columnLetters: string } {
  return { row: TABLE_HEADER_ROW + 1, columnLetters: columnLetters(TABLE_COLUMNS[chart]) };
}

function tableOf(chart: PanelChartId, input: PanelInput): HelperTable {
  switch (chart) {
    case 'progress':
      return progressTable(input.objectives, input.objectiveRows, input.language);
    case 'owners':
      return ownersTable(input.tasks, input.owners, firstDataCell(chart), input.language);
    case 'overdueTrend':
      return trendTable(input.followUp, firstDataCell(chart), input.weekFormat, input.language);
  }
}

function chartOf(placed: PlacedTable, language: Language): ChartSpec {
  return {
    id: placed.chart,
    type: chartType(placed.chart),
    range: {
      row: placed.row,
      column: placed.column,
      numRows: placed.table.rows.length + 1,
      numColumns: placed.table.header.length,
    },
    anchor: CHART_ANCHORS[placed.chart],
    options: chartOptions(placed.chart, language),
  };
}

export function planPanel(input: PanelInput): PanelPlan {
  const strings = PANEL_STRINGS[input.language];
  const tables = CHART_ORDER.map((chart) => ({
    chart,
    row: TABLE_HEADER_ROW,
    column: TABLE_COLUMNS[chart],
    table: tableOf(chart, input),
  }));
  return {
    title: strings.title,
    note: strings.helperNote,
    figures: FIGURE_ORDER.map((id) => ({
      id,
      label: strings.figures[id],
      formula: figureFormula(id, input.tasks.layout, input.tasks.sheetName),
    })),
    tables,
    charts: tables.map((placed) => chartOf(placed, input.language)),
  };
}

/** The A1 range a chart reads, to tell whether a chart in place still reads it. */
export function rangeA1(range: ChartSpec['range']): string {
  const first = `${columnLetters(range.column)}${range.row}`;
  const last = `${columnLetters(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
  return `${first}:${last}`;
}
