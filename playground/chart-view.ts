// A recorded chart as the playground page draws it: type, title, colours, position and its table's values.

export interface ChartView {
  type: string;
  title: string;
  colors: string[];
  stacked: boolean;
  /** Values are shares (0–1) shown as percentages. */
  percent: boolean;
  anchorRow: number;
  anchorColumn: number;
  /** Series names: the table's header after the label column. */
  series: string[];
  rows: Array<{ label: string; values: number[] }>;
}
