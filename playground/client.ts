// The playground page: draws the emulated tabs, the onOpen menu as buttons, and hosts the real sidebar in an iframe.
import { chartSvg } from './chart-svg';
import { columnLetters } from '../src/core/row-ranges';
import type { SheetView, CellView } from './sheet-view';

interface MenuItem {
  caption: string;
  functionName: string;
}
interface PlaygroundState {
  sheets: SheetView[];
  ui: {
    menus: Array<{ title: string; items: MenuItem[] }>;
    sidebars: Array<{ title: string }>;
    toasts: string[];
    alerts: string[];
  };
}

let state: PlaygroundState | null = null;
let selectedSheet: string | null = null;
let shownSidebars = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

async function post(path: string, body: unknown): Promise<{ ok: boolean; error?: { message: string } }> {
  const response = await fetch(path, { method: 'POST', body: JSON.stringify(body) });
  return response.json();
}

async function editCell(sheet: string, row: number, column: number, value: string): Promise<void> {
  const reply = await post('/api/edit', { sheet, row, column, value });
  await refresh();
  if (!reply.ok) document.getElementById('messages')!.textContent = reply.error?.message ?? 'Error';
}

function cellContent(cell: CellView, sheet: string, row: number, column: number): Node {
  if (cell.checkbox) {
    const box = element('input');
    box.type = 'checkbox';
    box.checked = cell.checked;
    box.setAttribute('aria-label', `${columnLetters(column)}${row}`);
    box.addEventListener('change', () => void editCell(sheet, row, column, box.checked ? 'TRUE' : 'FALSE'));
    return box;
  }
  if (cell.choices && row > 1) {
    const select = element('select');
    select.setAttribute('aria-label', `${columnLetters(column)}${row}`);
    for (const choice of ['', ...cell.choices]) {
      const option = element('option', choice);
      option.value = choice;
      option.selected = choice === cell.text;
      select.append(option);
    }
    select.addEventListener('change', () => void editCell(sheet, row, column, select.value));
    return select;
  }
  return document.createTextNode(cell.text);
}

function drawGrid(sheet: SheetView): void {
  const table = element('table');
  table.dataset.sheet = sheet.name;
  const head = element('tr');
  head.append(element('th'));
  const width = Math.max(...sheet.rows.map((row) => row.length), 1);
  for (let column = 0; column < width; column++) {
    if (!sheet.hiddenColumns.includes(column + 1)) head.append(element('th', columnLetters(column + 1)));
  }
  table.append(head);
  sheet.rows.forEach((cells, rowIndex) => {
    const tr = element('tr');
    if (rowIndex < sheet.frozenRows) tr.className = 'frozen';
    tr.append(element('th', String(rowIndex + 1)));
    cells.forEach((cell, columnIndex) => {
      if (sheet.hiddenColumns.includes(columnIndex + 1)) return;
      const td = element('td');
      td.dataset.row = String(rowIndex + 1);
      td.dataset.column = String(columnIndex + 1);
      if (cell.note) {
        td.classList.add('note');
        td.title = cell.note;
      }
      Object.assign(td.style, {
        background: cell.style.background ?? '',
        color: cell.style.color ?? '',
        fontWeight: cell.style.bold ? 'bold' : '',
        textDecoration: cell.style.strikethrough ? 'line-through' : '',
      });
      td.append(cellContent(cell, sheet.name, rowIndex + 1, columnIndex + 1));
      tr.append(td);
    });
    table.append(tr);
  });
  document.getElementById('grid')!.replaceChildren(table);
  drawCharts(sheet, table);
}

/** Over the grid at each chart's anchor cell; a chart anchored past the last drawn row goes under everything. */
function drawCharts(sheet: SheetView, table: HTMLTableElement): void {
  const grid = document.getElementById('grid')!;
  grid.style.position = 'relative';
  const anchored = sheet.charts.map((chart) => ({
    svg: chartSvg(chart),
    anchor: table.querySelector<HTMLElement>(
      `td[data-row="${chart.anchorRow}"][data-column="${chart.anchorColumn}"]`,
    ),
  }));
  // The grid's columns are narrower than Sheets' (no widths applied), so a chart that would cover one
  // already placed moves right of it instead.
  const placed: Array<{ left: number; top: number; right: number; bottom: number }> = [];
  const place = (svg: SVGElement, wantedLeft: number, top: number) => {
    const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const overlapped = placed.filter((box) => top < box.bottom && top + height > box.top);
    const left = Math.max(wantedLeft, ...overlapped.map((box) => box.right + 8));
    placed.push({ left, top, right: left + width, bottom: top + height });
    Object.assign(svg.style, { position: 'absolute', left: `${left}px`, top: `${top}px` });
    grid.append(svg);
  };
  let below = table.offsetTop + table.offsetHeight;
  for (const { svg, anchor } of anchored)
    if (anchor) {
      place(svg, anchor.offsetLeft, anchor.offsetTop);
      below = Math.max(below, anchor.offsetTop + Number(svg.getAttribute('height')));
    }
  for (const { svg, anchor } of anchored)
    if (!anchor) {
      place(svg, 0, below + 8);
      below += Number(svg.getAttribute('height')) + 8;
    }
  grid.style.minHeight = `${below + 8}px`;
}

function drawTabs(sheets: SheetView[]): void {
  const tabs = document.getElementById('tabs')!;
  tabs.replaceChildren(
    ...sheets
      .filter((sheet) => !sheet.hidden)
      .map((sheet) => {
        const tab = element('button', sheet.name);
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(sheet.name === selectedSheet));
        tab.addEventListener('click', () => {
          selectedSheet = sheet.name;
          draw();
        });
        return tab;
      }),
  );
}

function drawMenu(menus: PlaygroundState['ui']['menus']): void {
  const items = menus.flatMap((menu) => menu.items);
  document.getElementById('menu')!.replaceChildren(
    ...items.map((item) => {
      const button = element('button', item.caption);
      button.dataset.function = item.functionName;
      button.addEventListener('click', () => void runMenuItem(item.functionName));
      return button;
    }),
  );
}

function draw(): void {
  if (!state) return;
  const visible = state.sheets.filter((sheet) => !sheet.hidden);
  if (!visible.some((sheet) => sheet.name === selectedSheet)) selectedSheet = visible[0]?.name ?? null;
  drawMenu(state.ui.menus);
  drawTabs(state.sheets);
  const sheet = visible.find((candidate) => candidate.name === selectedSheet);
  if (sheet) drawGrid(sheet);
  const messages = [...state.ui.alerts.slice(-1), ...state.ui.toasts.slice(-1)];
  document.getElementById('messages')!.textContent = messages.join(' · ');
  if (state.ui.sidebars.length > shownSidebars) {
    shownSidebars = state.ui.sidebars.length;
    openSidebar(state.ui.sidebars[shownSidebars - 1]!.title);
  }
}

function openSidebar(title: string): void {
  document.getElementById('sidebar-title')!.textContent = title;
  (document.getElementById('sidebar-frame') as HTMLIFrameElement).src = '/sidebar';
  document.getElementById('sidebar')!.hidden = false;
}

async function refresh(): Promise<void> {
  state = (await (await fetch('/api/state')).json()) as PlaygroundState;
  draw();
}

async function runMenuItem(functionName: string): Promise<void> {
  const reply = await post(`/api/run/${encodeURIComponent(functionName)}`, []);
  if (!reply.ok) document.getElementById('messages')!.textContent = reply.error?.message ?? 'Error';
  await refresh();
}

window.addEventListener('message', (event: MessageEvent<{ minuta?: string }>) => {
  if (event.data?.minuta === 'server-call') void refresh();
  if (event.data?.minuta === 'close-sidebar') document.getElementById('sidebar')!.hidden = true;
});
document.getElementById('close-sidebar')!.addEventListener('click', () => {
  document.getElementById('sidebar')!.hidden = true;
});
void refresh();
