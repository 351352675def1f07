import { keyBackfill } from '../../../src/core/workbook/backfill';
import { itemKey } from '../../../src/core/workbook/keys';
import { rawSheet, readyLayout } from './fixtures';

describe('key backfill', () => {
  it('gives rows without a key the key of their content and keeps the keys already there', () => {
    const layout = readyLayout([
      rawSheet('Tareas', [
        ['Tarea', 'Responsable', 'Reunión', 'Clave'],
        ['Llamar', 'Ana', '2026-03-06', 'clave-vieja'],
        ['', '', '', ''],
        ['Pagar', 'Luis', '2026-03-06', ''],
      ]),
    ]);
    const write = keyBackfill(layout.tasks);
    expect(write?.blocks).toHaveLength(1);
    expect(write?.blocks[0]?.firstRow).toBe(2);
    expect(write?.blocks[0]?.values).toEqual([
      ['clave-vieja'],
      [null],
      [itemKey('2026-03-06', 'Pagar', ['Luis'])],
    ]);
  });

  it('writes nothing when every row has its key, or on tabs without keys', () => {
    const layout = readyLayout([
      rawSheet('Tareas', [
        ['Tarea', 'Clave'],
        ['Llamar', 'k'],
      ]),
      rawSheet('Personas', [['Nombre'], ['Ana']]),
    ]);
    expect(keyBackfill(layout.tasks)).toBeNull();
    expect(keyBackfill(layout.people)).toBeNull();
  });
});
