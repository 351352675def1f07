import {
  assignTabs,
  columnsNeedingMetadata,
  locateTabs,
  withMissingColumnsAppended,
} from '../../../src/core/workbook/layout';
import { damageMessage, damageFixes, importFixes } from '../../../src/core/workbook/repair';
import { rawSheet } from './fixtures';

const SPANISH_TASK_HEADERS = [
  'ID',
  'Tarea',
  'Objetivo',
  'Responsable',
  'Prioridad',
  'Fecha límite',
  'Estado',
  'Completada el',
  'Reunión',
  'Notas',
  'Clave',
];

describe('finding tabs and columns', () => {
  it('finds a tab the client renamed by its metadata, and one in the other language by its name', () => {
    const layout = locateTabs([
      rawSheet('Pendientes del cliente', [SPANISH_TASK_HEADERS], { tabMetadata: 'tasks' }),
      rawSheet('Objectives', [['ID', 'Objective']]),
    ]);
    expect(layout.tasks.sheetName).toBe('Pendientes del cliente');
    expect(layout.objectives.sheetName).toBe('Objectives');
    expect(layout.meetings.sheetName).toBeNull();
  });

  it('gives each tab one sheet, ours by metadata before one merely named like it', () => {
    const assigned = assignTabs([
      { name: 'Tareas', tabMetadata: null },
      { name: 'Tareas viejas', tabMetadata: 'tasks' },
      { name: 'Presupuesto', tabMetadata: null },
    ]);
    expect(assigned.tasks?.name).toBe('Tareas viejas');
    expect(assigned.objectives).toBeUndefined();
  });

  it('asks for column metadata only for columns their header does not place', () => {
    const tidy = locateTabs([rawSheet('Tareas', [SPANISH_TASK_HEADERS])]);
    expect(columnsNeedingMetadata(tidy.tasks)).toEqual([]);
    const renamed = SPANISH_TASK_HEADERS.map((header) => (header === 'Estado' ? 'Situación' : header));
    const repeated = [...SPANISH_TASK_HEADERS, 'Notas'];
    expect(columnsNeedingMetadata(locateTabs([rawSheet('Tareas', [renamed])]).tasks)).toEqual(['status']);
    expect(columnsNeedingMetadata(locateTabs([rawSheet('Tareas', [repeated])]).tasks)).toEqual(['notes']);
  });

  it('finds columns by header in either language whatever their order, and lists the missing ones', () => {
    const layout = locateTabs([rawSheet('Tasks', [['Status', 'Mi columna', 'tarea', 'DUE DATE', 'Owner']])]);
    expect(layout.tasks.columns).toMatchObject({ status: 0, task: 2, due: 3, owner: 4 });
    expect(layout.tasks.missing).toEqual(expect.arrayContaining(['id', 'priority', 'key', 'notes']));
    expect(layout.tasks.missing).not.toContain('status');
  });

  it('prefers column metadata over header text, so a renamed header still works', () => {
    const layout = locateTabs([
      rawSheet('Tareas', [['Qué hay que hacer', 'Tarea vieja']], { columnMetadata: { 0: 'task' } }),
    ]);
    expect(layout.tasks.columns.task).toBe(0);
  });

  it('appends missing columns after the last used column, leaving the client columns where they are', () => {
    const layout = locateTabs([rawSheet('Tareas', [['Tarea', 'Columna del cliente', 'Estado']])]);
    const fixed = withMissingColumnsAppended(layout.tasks);
    expect(fixed.columns.task).toBe(0);
    expect(fixed.columns.status).toBe(2);
    expect(fixed.columns.id).toBeGreaterThanOrEqual(3);
    expect(fixed.columns.key).toBeGreaterThanOrEqual(3);
    expect(fixed.width).toBe(3 + 9);
  });

  it('reports a header repeated twice as damage that stops the import with a clear message', () => {
    const layout = locateTabs([
      rawSheet('Tareas', [
        ['Tarea', 'Estado', 'Status'],
        ['x', 'Hecha', 'Done'],
      ]),
    ]);
    const message = damageMessage(layout, 'es');
    expect(message).toContain('Tareas');
    expect(message).toContain('Estado');
    expect(message).toContain('Reparar hoja');
    expect(damageFixes(layout)).toEqual([
      { kind: 'rename-header', tab: 'tasks', column: 2, header: 'Status (2)' },
    ]);
  });

  it('reports a tab whose header row was overwritten by data, and repairs it by inserting a header row', () => {
    const layout = locateTabs([rawSheet('Tasks', [['T-1', 'Call the bank', '', 'Ana']])]);
    expect(damageMessage(layout, 'en')).toMatch(/header row/);
    expect(damageFixes(layout)).toEqual([{ kind: 'insert-header', tab: 'tasks' }]);
  });

  it('treats an empty sheet with our name as a tab to fill, not as damage', () => {
    const layout = locateTabs([rawSheet('Tareas', [['']])]);
    expect(damageMessage(layout, 'es')).toBeNull();
    expect(withMissingColumnsAppended(layout.tasks).columns.id).toBe(0);
  });

  it('creates missing tabs and columns on import without asking', () => {
    const layout = locateTabs([rawSheet('Tareas', [SPANISH_TASK_HEADERS.slice(0, 10)])]);
    const fixes = importFixes(layout);
    expect(fixes).toContainEqual({ kind: 'add-columns', tab: 'tasks', columns: ['key'] });
    expect(fixes).toContainEqual({ kind: 'create-tab', tab: 'objectives' });
  });
});
