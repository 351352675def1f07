// The three charts described once: type, title, axes and colours from the palette, and how to tell ours from the client's.
import { LANGUAGES } from '../workbook/cells';
import { PANEL_STRINGS, type PanelChartId } from '../i18n/panel';
import type { Language } from '../types';
import { CHART_ORDER, CHART_SIZE } from './layout';

export type PanelChartType = 'BAR' | 'LINE';

/** The controls' colours: done green, in progress amber, to do blue, blocked grey, overdue red. */
export const PALETTE = {
  progress: '#1e8e3e',
  done: '#6aa84f',
  inProgress: '#f6b26b',
  todo: '#1a73e8',
  blocked: '#999999',
  overdue: '#cc0000',
  overdueBackground: '#f4cccc',
};

interface ChartLook {
  type: PanelChartType;
  colors: string[];
  stacked: boolean;
  /** Options of the value axis. */
  valueAxis: Record<string, unknown>;
}

const LOOKS: Record<PanelChartId, ChartLook> = {
  progress: {
    type: 'BAR',
    colors: [PALETTE.progress],
    stacked: false,
    valueAxis: { format: 'percent', 'viewWindow.min': 0, 'viewWindow.max': 1 },
  },
  owners: {
    type: 'BAR',
    colors: [PALETTE.done, PALETTE.inProgress, PALETTE.todo, PALETTE.blocked],
    stacked: true,
    valueAxis: { format: '0', 'viewWindow.min': 0 },
  },
  overdueTrend: {
    type: 'LINE',
    colors: [PALETTE.overdue],
    stacked: false,
    valueAxis: { format: '0', 'viewWindow.min': 0 },
  },
};

export function chartType(chart: PanelChartId): PanelChartType {
  return LOOKS[chart].type;
}

/**
 * Options as setOption takes them (dotted keys). A bar chart lays values along the horizontal axis,
 * a line chart along the vertical one.
 */
export function chartOptions(chart: PanelChartId, language: Language): Record<string, unknown> {
  const look = LOOKS[chart];
  const strings = PANEL_STRINGS[language];
  const [categoryTitle, valueTitle] = strings.axes[chart];
  const [valueAxis, categoryAxis] = look.type === 'BAR' ? ['hAxis', 'vAxis'] : ['vAxis', 'hAxis'];
  const options: Record<string, unknown> = {
    title: strings.chartTitles[chart],
    colors: look.colors,
    'legend.position': look.stacked ? 'bottom' : 'none',
    width: CHART_SIZE.width,
    height: CHART_SIZE.height,
    [`${categoryAxis}.title`]: categoryTitle,
    [`${valueAxis}.title`]: valueTitle,
    'titleTextStyle.fontSize': 14,
  };
  for (const [key, value] of Object.entries(look.valueAxis)) options[`${valueAxis}.${key}`] = value;
  if (look.stacked) options.isStacked = true;
  return options;
}

/** Ours by title in either language, or by the helper table it reads (a client may retitle it). */
export function ourChartOf(
  title: unknown,
  firstRangeA1: string | null,
  tableA1: Partial<Record<PanelChartId, string>>,
): PanelChartId | null {
  const byTitle = CHART_ORDER.find((chart) =>
    LANGUAGES.some((language) => PANEL_STRINGS[language].chartTitles[chart] === String(title ?? '')),
  );
  const byRange = CHART_ORDER.find((chart) => firstRangeA1 !== null && tableA1[chart] === firstRangeA1);
  return byTitle ?? byRange ?? null;
}
