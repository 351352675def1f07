// Keeps the Panel's three charts: adds the missing ones, points ours at their tables, removes our duplicates; the client's stay.
import { ourChartOf, rangeA1, type ChartSpec, type PanelPlan } from '../../core/panel';
import type { PanelChartId } from '../../core/i18n/panel';
import type { Sheet } from '../sheets/context';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

function tableRange(sheet: Sheet, spec: ChartSpec): GoogleAppsScript.Spreadsheet.Range {
  const { row, column, numRows, numColumns } = spec.range;
  return sheet.getRange(row, column, numRows, numColumns);
}

function buildChart(sheet: Sheet, spec: ChartSpec): Chart {
  const base = sheet.newChart();
  let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder =
    spec.type === 'BAR' ? base.asBarChart() : base.asLineChart();
  builder = builder
    .addRange(tableRange(sheet, spec))
    .setNumHeaders(1)
    .setPosition(spec.anchor.row, spec.anchor.column, 0, 0);
  for (const [option, value] of Object.entries(spec.options)) builder = builder.setOption(option, value);
  return builder.build();
}

/** Only the range is ours to fix: where the client moved it, and how they styled it, stays. */
function repoint(sheet: Sheet, chart: Chart, spec: ChartSpec): void {
  const ranges = chart.getRanges();
  if (ranges.length === 1 && ranges[0]?.getA1Notation() === rangeA1(spec.range)) return;
  sheet.updateChart(chart.modify().clearRanges().addRange(tableRange(sheet, spec)).build());
}

/** Returns the charts it had to insert (all three on a new Panel). */
export function syncCharts(sheet: Sheet, plan: PanelPlan): ChartSpec[] {
  const tableA1 = Object.fromEntries(plan.charts.map((spec) => [spec.id, rangeA1(spec.range)])) as Record<
    PanelChartId,
    string
  >;
  const kept = new Set<PanelChartId>();
  for (const chart of sheet.getCharts()) {
    const firstRange = chart.getRanges()[0]?.getA1Notation() ?? null;
    const id = ourChartOf(chart.getOptions().get('title'), firstRange, tableA1);
    const spec = plan.charts.find((candidate) => candidate.id === id);
    if (!id || !spec) continue;
    if (kept.has(id)) sheet.removeChart(chart);
    else {
      kept.add(id);
      repoint(sheet, chart, spec);
    }
  }
  const missing = plan.charts.filter((spec) => !kept.has(spec.id));
  for (const spec of missing) sheet.insertChart(buildChart(sheet, spec));
  return missing;
}

/** The Panel's progress chart, for the follow-up's inline image; null before the first import. */
export function progressChart(sheet: Sheet): Chart | null {
  const isProgress = (chart: Chart) => ourChartOf(chart.getOptions().get('title'), null, {}) === 'progress';
  return sheet.getCharts().find(isProgress) ?? null;
}
