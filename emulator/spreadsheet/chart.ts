// Embedded charts: the builder (newChart), the chart a sheet holds, and their plain state (type, ranges, options, position).
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
import { SERVICE_NAME } from '../counter';
import type { RangeRef, SheetState } from '../state';
import { chartPng, ChartBlob } from './chart-image';
import { evaluateFormula, formulaSite } from './formula';
import type { Range } from './range';
import type { Spreadsheet } from './spreadsheet';

export type ChartType = 'BAR' | 'COLUMN' | 'LINE' | 'PIE' | 'AREA';

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartState {
  chartId: number;
  type: ChartType;
  ranges: RangeRef[];
  /** Options by their dotted key, as setOption takes them ('title', 'hAxis.title', 'colors'). */
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
}

/** The sheet state with its charts; kept on the sheet so serialize() carries them. */
export type SheetWithCharts = SheetState & { charts?: ChartState[] };

export function chartsOf(sheet: SheetState): ChartState[] {
  const withCharts = sheet as SheetWithCharts;
  withCharts.charts ??= [];
  return withCharts.charts;
}

/** Chart ids are unique across the spreadsheet, as in Sheets. */
function nextChartId(workbook: Spreadsheet): number {
  const ids = workbook.state.sheets.flatMap((sheet) => chartsOf(sheet).map((chart) => chart.chartId));
  return Math.max(0, ...ids) + 1;
}

export class EmbeddedChartBuilder {
  readonly [SERVICE_NAME] = 'EmbeddedChartBuilder';

  constructor(
    private readonly workbook: Spreadsheet,
    private readonly state: ChartState,
  ) {}

  addRange(range: Range): this {
    this.state.ranges.push(range.ref());
    return this;
  }

  removeRange(range: Range): this {
    const removed = range.ref();
    this.state.ranges = this.state.ranges.filter((ref) => JSON.stringify(ref) !== JSON.stringify(removed));
    return this;
  }

  clearRanges(): this {
    this.state.ranges = [];
    return this;
  }

  getRanges(): Range[] {
    return this.state.ranges.map((ref) => this.workbook.rangeOf(ref));
  }

  setChartType(type: ChartType | { toString(): string }): this {
    this.state.type = String(type) as ChartType;
    return this;
  }

  getChartType(): ChartType {
    return this.state.type;
  }

  asBarChart(): this {
    return this.setChartType('BAR');
  }

  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }

  asLineChart(): this {
    return this.setChartType('LINE');
  }

  setOption(option: string, value: unknown): this {
    this.state.options[option] = structuredClone(value);
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.state.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  setNumHeaders(headers: number): this {
    this.state.numHeaders = headers;
    return this;
  }

  // Of the typed builders (asBarChart(), asLineChart()): each is one option.
  setTitle(title: string): this {
    return this.setOption('title', title);
  }

  setStacked(): this {
    return this.setOption('isStacked', true);
  }

  setColors(colors: string[]): this {
    return this.setOption('colors', colors);
  }

  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }

  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }

  build(): EmbeddedChart {
    if (this.state.ranges.length === 0) throw new Error('The chart has no data. Add a range.');
    return new EmbeddedChart(this.workbook, structuredClone(this.state));
  }
}

export class EmbeddedChart {
  readonly [SERVICE_NAME] = 'EmbeddedChart';

  constructor(
    private readonly workbook: Spreadsheet,
    readonly state: ChartState,
  ) {}

  /** Null until the chart is inserted in a sheet. */
  getChartId(): number | null {
    return this.state.chartId || null;
  }

  getRanges(): Range[] {
    return this.state.ranges.map((ref) => this.workbook.rangeOf(ref));
  }

  getOptions(): { get(option: string): unknown } {
    const options = this.state.options;
    return { get: (option) => (option in options ? structuredClone(options[option]) : null) };
  }

  getContainerInfo() {
    const { anchorRow, anchorColumn, offsetX, offsetY } = this.state.position;
    return {
      getAnchorRow: () => anchorRow,
      getAnchorColumn: () => anchorColumn,
      getOffsetX: () => offsetX,
      getOffsetY: () => offsetY,
    };
  }

  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.workbook, structuredClone(this.state));
  }

  /** A PNG of the chart drawn from its ranges' current values. */
  getAs(contentType: string): ChartBlob {
    if (contentType !== 'image/png') throw new Error(`Converting to ${contentType} is not supported.`);
    return new ChartBlob(
      chartPng(this.state, (ref) => computedValues(this.workbook, ref)),
      'image/png',
    );
  }

  getBlob(): ChartBlob {
    return this.getAs('image/png');
  }
}

/**
 * The ranges' values with their formulas computed where they sit (getValues computes only literals).
 * The clock is the runtime's: the Spreadsheet keeps it private, hence the element access.
 */
export function computedValues(workbook: Spreadsheet, ref: RangeRef): unknown[][] {
  const range = workbook.rangeOf(ref);
  const sheet = range.getSheet().state;
  const site = formulaSite(sheet, workbook.state, workbook['runtime'].clock.now());
  const formulas = range.getFormulas();
  const values = range.getValues();
  return values.map((row, rowIndex) =>
    row.map((value, columnIndex) => {
      const formula = formulas[rowIndex]?.[columnIndex];
      return formula ? evaluateFormula(formula, site) : value;
    }),
  );
}

export function newChartBuilder(workbook: Spreadsheet): EmbeddedChartBuilder {
  return new EmbeddedChartBuilder(workbook, {
    chartId: 0,
    type: 'COLUMN',
    ranges: [],
    options: {},
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
  });
}

/** insertChart gives the chart its id; updateChart replaces the chart with the same id. */
export function insertChart(workbook: Spreadsheet, sheet: SheetState, chart: EmbeddedChart): void {
  if (chart.state.chartId && chartsOf(sheet).some(({ chartId }) => chartId === chart.state.chartId))
    throw new Error('The chart is already in the sheet.');
  chart.state.chartId = nextChartId(workbook);
  chartsOf(sheet).push(structuredClone(chart.state));
}

export function updateChart(sheet: SheetState, chart: EmbeddedChart): void {
  const charts = chartsOf(sheet);
  const index = charts.findIndex(({ chartId }) => chartId === chart.state.chartId);
  if (index < 0) throw new Error('The chart is not in this sheet.');
  charts[index] = structuredClone(chart.state);
}

export function removeChart(sheet: SheetState, chart: EmbeddedChart): void {
  const charts = chartsOf(sheet);
  (sheet as SheetWithCharts).charts = charts.filter(({ chartId }) => chartId !== chart.state.chartId);
}
