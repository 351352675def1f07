// The Panel's pure core: its figures from the tasks, and the plan of its cells, tables and charts.
export { panelFigures, FIGURE_ORDER, type PanelFigures } from './figures';
export { ourChartOf, PALETTE } from './charts';
export * from './layout';
export {
  planPanel,
  rangeA1,
  type ChartSpec,
  type PanelInput,
  type PanelPlan,
  type PlacedTable,
} from './plan';
export type { HelperTable, PanelCell, TabSource } from './tables';
