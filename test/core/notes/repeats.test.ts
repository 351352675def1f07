// Actions written twice in one note (a member's next steps and the task table) reach the preview once.
import { parse, summary } from './helpers/parse';

const REPORT = [
  '## Resumen de avances por integrante',
  '### Luca',
  '- ✅ Avances: atributos del DER.',
  '- 🎯 Próximos pasos: registrar consultas para el profesor, afianzar git + github.',
  '### Tomás',
  '- 🎯 Próximos pasos: establecer los alcances en el archivo de propuesta, afianzar git + github.',
  '',
  '## Tareas asignadas',
  '| Tarea | Responsable | Fecha límite |',
  '| --- | --- | --- |',
  '| Establecer los alcances en el archivo de propuesta | Tomás | 22/04/2025 |',
  '| Consultas al profesor | Luca | 25/04/2025 |',
].join('\n');

describe('next steps listed under a member’s heading', () => {
  const tasks = parse(REPORT, { meetingDate: '2025-04-20' }).tasks.map(summary);

  it('gives each listed action to the member the heading names', () => {
    expect(tasks).toContainEqual(
      expect.objectContaining({ text: 'registrar consultas para el profesor', owners: ['Luca'] }),
    );
  });

  it('folds the same action taken by several members into one task with all of them', () => {
    expect(tasks.filter((task) => /afianzar/i.test(task.text))).toEqual([
      { text: 'afianzar git + github', owners: ['Luca', 'Tomás'], due: null, priority: null },
    ]);
  });

  it('folds an action repeated in the task table into one task, keeping the table’s date', () => {
    expect(tasks.filter((task) => /alcances/i.test(task.text))).toEqual([
      expect.objectContaining({ owners: ['Tomás'], due: '2025-04-22' }),
    ]);
    expect(tasks.filter((task) => /consultas/i.test(task.text))).toEqual([
      expect.objectContaining({ owners: ['Luca'], due: '2025-04-25' }),
    ]);
  });

  it('reports what was done as no task', () => {
    expect(tasks.some((task) => /atributos/.test(task.text))).toBe(false);
  });
});

describe('the same words on different occasions', () => {
  it('stay two tasks when their dates differ', () => {
    const notes = '## Tareas\n- Ana: llamar al banco el lunes\n- Ana: llamar al banco el viernes';
    expect(parse(notes).tasks).toHaveLength(2);
  });

  it('stay two tasks when other people do similar things', () => {
    const notes = '## Tareas\n- Ana: revisar el presupuesto de marzo\n- Luis: revisar el presupuesto';
    expect(parse(notes).tasks).toHaveLength(2);
  });
});

describe('a report line that an action list repeats', () => {
  const notes = [
    '# 1. Revisar Trello',
    'Solucionar el tema de WTM',
    'Llamar a la imprenta por los folletos',
    '',
    '# Acciones',
    '- [ ] Solucionar las cuentas de WTM',
  ].join('\n');

  it('is the listed action mentioned before, not a second task', () => {
    expect(parse(notes).tasks.map((task) => task.text)).toEqual([
      'Llamar a la imprenta por los folletos',
      'Solucionar las cuentas de WTM',
    ]);
  });
});
