import { locateTabs } from '../../../src/core/workbook/layout';
import { planPeople } from '../../../src/core/workbook/people';
import { snapshotOf } from '../../../src/core/workbook/records';
import { itemKey } from '../../../src/core/workbook/keys';
import { rawSheet, readyLayout } from './fixtures';

describe('reading the tabs into the snapshot', () => {
  it('reads tasks the client reordered and edited, statuses and priorities in either language', () => {
    const layout = locateTabs([
      rawSheet('Tasks', [
        ['Status', 'Task', 'Owner', 'Due date', 'Priority', 'ID', 'Meeting', 'Key'],
        ['Hecha', 'Call the bank', 'Ana, Luis', '2026-03-20', 'alta', 'T-1', '2026-03-06', 'k1'],
        ['', '', '', '', '', '', '', ''],
        ['Blocked', 'Pay rent', '', '', 'Low', 'T-2', '2026-03-06', 'k2'],
      ]),
    ]);
    const { tasks } = snapshotOf(layout);
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({
      status: 'done',
      priority: 'high',
      owners: ['Ana', 'Luis'],
      due: '2026-03-20',
      row: 2,
      key: 'k1',
    });
    expect(tasks[1]).toMatchObject({ status: 'blocked', priority: 'low', owners: [], due: null, row: 4 });
  });

  it('gives a row whose key was erased the key its content gives, so it is still recognised', () => {
    const layout = locateTabs([
      rawSheet('Tareas', [
        ['Tarea', 'Responsable', 'Reunión'],
        ['Llamar al banco', 'Ana', '2026-03-06'],
      ]),
    ]);
    expect(snapshotOf(layout).tasks[0]?.key).toBe(itemKey('2026-03-06', 'Llamar al banco', ['Ana']));
  });

  it('reads unchecked A and R as not asked yet, and checked S M T as met', () => {
    const layout = locateTabs([
      rawSheet('Objetivos', [
        ['Objetivo', 'S', 'M', 'A', 'R', 'T'],
        ['Crecer', true, false, false, true, 'TRUE'],
      ]),
    ]);
    expect(snapshotOf(layout).objectives[0]?.smart).toEqual({
      specific: true,
      measurable: false,
      achievable: null,
      realistic: true,
      timeBound: true,
    });
  });

  it('reads people with their roles in either language', () => {
    const layout = locateTabs([
      rawSheet('People', [
        ['Name', 'Aliases', 'Email', 'Role'],
        ['Laura', 'Lau; la asistente', 'laura@x.com', 'Asistente'],
      ]),
    ]);
    expect(snapshotOf(layout).people).toEqual([
      { name: 'Laura', aliases: ['Lau', 'la asistente'], email: 'laura@x.com', role: 'assistant' },
    ]);
  });
});

describe('saving people', () => {
  it('updates a person found by name, accents and case ignored, and appends the new ones', () => {
    const layout = readyLayout([
      rawSheet('Personas', [
        ['Nombre', 'Email'],
        ['Martín', 'old@x.com'],
      ]),
    ]);
    const writes = planPeople(
      layout.people,
      [
        { name: 'martin', aliases: [], email: 'new@x.com', role: 'client' },
        { name: 'Laura', aliases: ['Lau'], email: 'laura@x.com', role: 'assistant' },
      ],
      'es',
    );
    const update = writes.find((write) => !write.appended);
    const append = writes.find((write) => write.appended);
    expect(update?.blocks[0]?.firstRow).toBe(2);
    expect(update?.blocks.flatMap((block) => block.values[0])).toContain('new@x.com');
    expect(append?.blocks[0]?.firstRow).toBe(3);
    expect(append?.blocks.flatMap((block) => block.values[0])).toEqual(
      expect.arrayContaining(['Laura', 'Lau', 'Asistente']),
    );
  });
});
