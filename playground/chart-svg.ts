// Draws a recorded chart as a small SVG: horizontal bars (stacked or not) or a line, with its title and labels.
import type { ChartView } from './chart-view';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 480;
const HEIGHT = 280;
const PLOT = { left: 150, top: 36, right: 20, bottom: 40 };
const FALLBACK_COLOURS = ['#1a73e8', '#e8710a', '#5f6368', '#1e8e3e'];

type Attributes = Record<string, string | number>;

/** Text goes in as textContent: labels come from the notes and are never parsed as markup. */
function svgNode(tag: string, attributes: Attributes, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const colourOf = (chart: ChartView, series: number): string =>
  chart.colors[series] ?? FALLBACK_COLOURS[series % FALLBACK_COLOURS.length] ?? '#000';

function largest(chart: ChartView): number {
  const totals = chart.rows.map(({ values }) =>
    chart.stacked ? values.reduce((sum, value) => sum + value, 0) : Math.max(0, ...values),
  );
  return chart.percent ? 1 : Math.max(1, ...totals);
}

const short = (label: string): string => (label.length > 22 ? `${label.slice(0, 21)}…` : label);

function bars(chart: ChartView, svg: SVGElement): void {
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const slot = (HEIGHT - PLOT.top - PLOT.bottom) / Math.max(1, chart.rows.length);
  const top = largest(chart);
  chart.rows.forEach(({ label, values }, index) => {
    const y = PLOT.top + index * slot;
    svg.append(
      svgNode(
        'text',
        { x: PLOT.left - 6, y: y + slot / 2 + 4, 'text-anchor': 'end', 'font-size': 11 },
        short(label),
      ),
    );
    let start = 0;
    values.forEach((value, series) => {
      const length = (value / top) * plotWidth;
      const height = chart.stacked ? slot - 6 : (slot - 6) / values.length;
      const barY = chart.stacked ? y + 3 : y + 3 + series * height;
      svg.append(
        svgNode('rect', {
          x: PLOT.left + start,
          y: barY,
          width: Math.max(0, length),
          height,
          fill: colourOf(chart, series),
        }),
      );
      if (chart.stacked) start += length;
    });
    const total = chart.stacked ? values.reduce((sum, value) => sum + value, 0) : (values[0] ?? 0);
    const shown = chart.percent ? `${Math.round(total * 100)} %` : String(total);
    svg.append(
      svgNode(
        'text',
        {
          x: PLOT.left + (chart.stacked ? start : (total / top) * plotWidth) + 4,
          y: y + slot / 2 + 4,
          'font-size': 11,
        },
        shown,
      ),
    );
  });
}

function line(chart: ChartView, svg: SVGElement): void {
  const plotWidth = WIDTH - PLOT.left / 3 - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const step = plotWidth / Math.max(1, chart.rows.length - 1);
  const top = largest(chart);
  const points = chart.rows.map(({ values }, index) => [
    PLOT.left / 3 + index * step,
    PLOT.top + plotHeight - ((values[0] ?? 0) / top) * plotHeight,
  ]);
  svg.append(
    svgNode('polyline', {
      points: points.map((point) => point.join(',')).join(' '),
      fill: 'none',
      stroke: colourOf(chart, 0),
      'stroke-width': 2,
    }),
  );
  chart.rows.forEach(({ label }, index) =>
    svg.append(
      svgNode(
        'text',
        {
          x: points[index]?.[0] ?? 0,
          y: HEIGHT - PLOT.bottom + 16,
          'text-anchor': 'middle',
          'font-size': 10,
        },
        label,
      ),
    ),
  );
}

export function chartSvg(chart: ChartView): SVGElement {
  const svg = svgNode('svg', {
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': chart.title,
  });
  svg.classList.add('chart');
  svg.append(svgNode('rect', { width: WIDTH, height: HEIGHT, fill: '#ffffff', stroke: '#dadce0' }));
  svg.append(svgNode('text', { x: 12, y: 22, 'font-size': 14, 'font-weight': 'bold' }, chart.title));
  if (chart.type === 'LINE') line(chart, svg);
  else bars(chart, svg);
  if (chart.stacked)
    chart.series.forEach((name, series) => {
      const x = 12 + series * 110;
      svg.append(
        svgNode('rect', { x, y: HEIGHT - 16, width: 10, height: 10, fill: colourOf(chart, series) }),
      );
      svg.append(svgNode('text', { x: x + 14, y: HEIGHT - 7, 'font-size': 10 }, name));
    });
  return svg;
}
