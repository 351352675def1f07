// Due dates and priorities read from a task line, cut out of its text, and the warnings they raise.
import { MEETING, parse, summary } from './helpers/parse';

function firstTask(line: string, language: 'es' | 'en' = 'es') {
  const task = parse(`Tareas\n${line}`, { language }).tasks[0];
  return task && summary(task);
}

describe('due dates (meeting on Thursday 12 March 2026)', () => {
  it.each([
    ['- Ana: enviar la factura para el viernes', 'enviar la factura', '2026-03-13'],
    ['- enviar la factura antes del 20/3 (Ana)', 'enviar la factura', '2026-03-20'],
    ['- enviar la factura a fin de mes', 'enviar la factura', '2026-03-31'],
    ['- Ana: conciliar facturas - esta semana', 'conciliar facturas', '2026-03-13'],
  ])('%s', (line, text, due) => {
    expect(firstTask(line)).toMatchObject({ text, due });
  });

  it.each([
    ['- Tom to send the plans by Friday', 'send the plans', '2026-03-13'],
    ['- Update the pricing page (Priya) end of month', 'Update the pricing page', '2026-03-31'],
    ['- Priya will record the video next week', 'record the video', '2026-03-20'],
  ])('%s', (line, text, due) => {
    expect(firstTask(line, 'en')).toMatchObject({ text, due });
  });

  it('gives the phrase and its span for the preview', () => {
    const notes = 'Tareas\n- Ana: enviar la factura el viernes';
    const task = parse(notes).tasks[0];
    expect(task?.dueText).toMatch(/viernes/);
    expect(task?.dueSpan && notes.slice(task.dueSpan.start, task.dueSpan.end)).toBe(task?.dueText);
  });

  it('warns when a task has no date and when the date is past', () => {
    const result = parse('Tareas\n- Ana: llamar al banco\n- Luis: pagar la luz ayer');
    expect(result.warnings.map((warning) => [warning.line, warning.code])).toEqual(
      expect.arrayContaining([
        [2, 'no-date'],
        [3, 'past-date'],
      ]),
    );
    expect(result.tasks[1]?.due).toBeNull();
  });

  it('warns about an ambiguous numeric date in English notes', () => {
    const result = parse('Action items\n- Tom: send the deck by 10/11', { language: 'en' });
    expect(result.warnings.map((warning) => warning.code)).toContain('ambiguous-date');
  });

  it('uses the meeting date the notes state when none is given', () => {
    const result = parse('Fecha: 04/03/2026\nTareas\n- Ana: llamar mañana', { meetingDate: null });
    expect(result.meetingDate).toBe('2026-03-04');
    expect(result.tasks[0]?.due).toBe('2026-03-05');
  });

  it('falls back to today, with a warning, when the notes state no date', () => {
    const result = parse('Tareas\n- Ana: llamar mañana', { meetingDate: null, today: MEETING });
    expect(result.meetingDate).toBe(MEETING);
    expect(result.warnings.map((warning) => warning.code)).toContain('no-meeting-date');
  });
});

describe('priorities', () => {
  it.each([
    ['- Ana: llamar al banco, prioridad alta', 'high'],
    ['- Ana: llamar al banco (urgente)', 'high'],
    ['- Ana: llamar al banco, es prioritario', 'high'],
    ['- Ana: llamar al banco — media', 'medium'],
    ['- Ana: llamar al banco (prioridad baja)', 'low'],
    ['- Enviar el newsletter !!', 'high'],
    ['- Ana: llamar al banco', null],
  ])('%s -> %s', (line, priority) => {
    expect(firstTask(line)).toMatchObject({
      text: expect.not.stringMatching(/prioridad|urgente|!!/),
      priority,
    });
  });

  it.each([
    ['- Call the lab (HIGH)', 'high'],
    ['- Call the lab — low priority', 'low'],
    ['- Call the lab (p1)', 'high'],
    ['- Call the lab P2', 'medium'],
    ['- Call the lab', null],
  ])('%s -> %s', (line, priority) => {
    expect(firstTask(line, 'en')).toEqual({ text: 'Call the lab', owners: [], due: null, priority });
  });

  it('reads colour markers through the legend line', () => {
    const notes = 'Leyenda: 🔴 urgente · 🟡 media · 🟢 baja\nPendientes\n🟢 Ernesto: conseguir los datos';
    expect(parse(notes).tasks[0]?.priority).toBe('low');
  });

  it('does not take a word inside the action for a priority', () => {
    expect(firstTask('- Subir la media de ventas del mes')).toMatchObject({ priority: null });
  });
});
