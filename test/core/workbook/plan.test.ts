import { planImport, CELL_LIMIT } from '../../../src/core/workbook/plan';
import type { TabWrite } from '../../../src/core/workbook/writes';
import type { CellValue } from '../../../src/core/workbook/cells';
import type { ColumnId, TabId } from '../../../src/core/workbook/schema';
import type { RawSheet } from '../../../src/core/workbook/layout';
import { objective, rawSheet, readyLayout, request, task } from './fixtures';

const TODAY = '2026-03-09';

/** The rows a plan writes to a tab, as cells by column id (all blocks of a write merged). */
function rowsOf(writes: TabWrite[], tab: TabId): Array<Partial<Record<ColumnId, CellValue>>> {
  return writes
    .filter((write) => write.tab === tab)
    .flatMap((write) => {
      const rows = write.blocks[0]?.values.map(() => ({})) ?? [];
      for (const block of write.blocks) {
        block.values.forEach((values, row) =>
          block.columns.forEach((column, index) => Object.assign(rows[row]!, { [column]: values[index] })),
        );
      }
      return rows;
    });
}

/** The raw sheets after applying a plan's appends, to plan a second import against. */
function sheetsAfter(writes: TabWrite[]): RawSheet[] {
  const empty = readyLayout([]);
  return (['objectives', 'tasks', 'meetings'] as TabId[]).map((tab) => {
    const layout = empty[tab];
    const header: CellValue[] = [];
    for (const [columnId, index] of Object.entries(layout.columns))
      header[index] = layout.header[index] ?? columnId;
    const values: CellValue[][] = rowsOf(writes, tab).map((cells) => {
      const row: CellValue[] = [];
      for (const [columnId, index] of Object.entries(layout.columns))
        row[index] = cells[columnId as ColumnId] ?? null;
      return row;
    });
    const columnMetadata = Object.fromEntries(
      Object.entries(layout.columns).map(([columnId, index]) => [index, columnId]),
    );
    return rawSheet(tab, [header, ...values], { tabMetadata: tab, columnMetadata });
  });
}

describe('the import plan', () => {
  const first = request(
    [
      task('T1', 'Revisar la plantilla', ['Laura'], { objective: 'O1', priority: 'high', due: '2026-03-20' }),
      task('T2', 'Llamar al banco', ['Ana', 'Luis']),
    ],
    [objective('O1', 'Llegar a 2000 suscriptores')],
  );

  it('numbers new objectives and tasks and links each task to its objective by sheet id', () => {
    const plan = planImport(readyLayout([]), first, TODAY, 'es');
    const tasks = rowsOf(plan.writes, 'tasks');
    expect(rowsOf(plan.writes, 'objectives').map((row) => row.id)).toEqual(['OBJ-1']);
    expect(tasks.map((row) => row.id)).toEqual(['T-1', 'T-2']);
    expect(tasks[0]).toMatchObject({
      objective: 'OBJ-1',
      priority: 'Alta',
      due: '2026-03-20',
      status: 'Pendiente',
      meeting: '2026-03-06',
    });
    expect(tasks[1]).toMatchObject({ objective: '', owner: 'Ana, Luis', priority: '' });
    expect(plan.result).toMatchObject({
      objectivesAdded: 1,
      tasksAdded: 2,
      tasksExisting: 0,
      meetingAdded: true,
      addedRows: [2, 3],
    });
  });

  it('writes labels in the language asked for', () => {
    const plan = planImport(readyLayout([]), first, TODAY, 'en');
    expect(rowsOf(plan.writes, 'tasks')[0]).toMatchObject({ priority: 'High', status: 'To do' });
    expect(plan.result.message).toBe('1 objective added, 2 tasks added, meeting saved.');
  });

  it('adds nothing when the same notes are imported again, and says how many were already there', () => {
    const again = planImport(
      readyLayout(sheetsAfter(planImport(readyLayout([]), first, TODAY, 'es').writes)),
      first,
      TODAY,
      'es',
    );
    expect(rowsOf(again.writes, 'tasks')).toEqual([]);
    expect(rowsOf(again.writes, 'objectives')).toEqual([]);
    expect(again.result).toMatchObject({
      tasksAdded: 0,
      tasksExisting: 2,
      objectivesExisting: 1,
      meetingAdded: false,
    });
    expect(again.result.message).toContain('3 ya estaban en la hoja');
  });

  it('adds only the new task when the notes were edited, linked to the objective already in the sheet', () => {
    const sheets = sheetsAfter(planImport(readyLayout([]), first, TODAY, 'es').writes);
    const edited = request(
      [...first.tasks, task('T3', 'Armar el calendario', [], { objective: 'O1' })],
      first.objectives,
    );
    const plan = planImport(readyLayout(sheets), edited, TODAY, 'es');
    expect(rowsOf(plan.writes, 'tasks')).toEqual([
      expect.objectContaining({ id: 'T-3', task: 'Armar el calendario', objective: 'OBJ-1' }),
    ]);
    expect(plan.result.addedRows).toEqual([4]);
    expect(rowsOf(plan.writes, 'meetings')).toEqual([expect.objectContaining({ tasks: 'T-1, T-2, T-3' })]);
    expect(plan.writes.find((write) => write.tab === 'meetings')?.appended).toBe(false);
  });

  it('never gives again an id whose row the client deleted', () => {
    const sheets = [
      rawSheet(
        'Tareas',
        [
          ['ID', 'Tarea'],
          ['T-2', 'Otra'],
        ],
        { lastId: 7 },
      ),
    ];
    const plan = planImport(readyLayout(sheets), request([task('T1', 'Nueva')]), TODAY, 'es');
    expect(rowsOf(plan.writes, 'tasks')[0]?.id).toBe('T-8');
    expect(plan.lastIds.tasks).toBe(8);
  });

  it('counts a task repeated within one request once', () => {
    const plan = planImport(
      readyLayout([]),
      request([task('T1', 'Llamar', ['Ana']), task('T2', 'llamar', ['ana'])]),
      TODAY,
      'es',
    );
    expect(plan.result).toMatchObject({ tasksAdded: 1, tasksExisting: 1 });
  });

  it('cuts notes longer than a cell holds and tells the VA', () => {
    const plan = planImport(readyLayout([]), request([], [], 'x'.repeat(CELL_LIMIT + 10)), TODAY, 'es');
    const notes = rowsOf(plan.writes, 'meetings')[0]?.notes as string;
    expect(notes.length).toBe(CELL_LIMIT);
    expect(plan.result.message).toMatch(/recortadas/);
  });

  it('explains on the objective cell what is missing for it to be SMART', () => {
    const vague = objective('O1', 'Mejorar redes', {
      smart: { specific: true, measurable: false, achievable: null, realistic: null, timeBound: false },
    });
    const write = planImport(readyLayout([]), request([], [vague]), TODAY, 'es').writes.find(
      (item) => item.tab === 'objectives',
    );
    expect(write?.notes?.values[0]).toMatch(/número.*fecha límite/s);
  });

  it('leaves a client column between ours untouched', () => {
    const sheets = [rawSheet('Tareas', [['ID', 'Tarea', 'Comentario del cliente', 'Estado']])];
    const write = planImport(readyLayout(sheets), request([task('T1', 'Algo')]), TODAY, 'es').writes.find(
      (item) => item.tab === 'tasks',
    );
    const touched = write?.blocks.flatMap((block) =>
      block.values[0]!.map((_, offset) => block.firstColumn + offset),
    );
    expect(touched).not.toContain(2);
    expect(touched).toEqual(expect.arrayContaining([0, 1, 3]));
  });
});
