// What the parser's cheap first tests (the ones that let it skip work on most lines) must still let through.
import { parse, summary } from './helpers/parse';

function firstTask(notes: string, language: 'es' | 'en' = 'es') {
  const task = parse(notes, { language }).tasks[0];
  return task && summary(task);
}

describe('a team or a person before a committing verb, found only when the line may hold one', () => {
  it.each([
    ['Tareas\n- Cada subgrupo revisará su parte del informe', ['everyone']],
    ['Tareas\n- **Todos** revisan el stock', ['everyone']],
    ['Notas\nTodos revisan el stock.', ['everyone']],
    ['Notas\nLucía, la recepcionista, llamará a los proveedores.', ['Lucía']],
  ])('%j -> %j', (notes, owners) => {
    expect(firstTask(notes)?.owners).toEqual(owners);
  });

  it('reads the team before an English progressive', () => {
    expect(firstTask('Notes\nThe whole team is going to test the app.', 'en')?.owners).toEqual(['everyone']);
  });

  it('reads a commitment in the other language of mixed notes', () => {
    expect(firstTask('Notas\nTom will send the deck.\nRevisamos el presupuesto.')?.owners).toEqual(['Tom']);
    expect(firstTask('Notes\nMarta tiene que revisar el presupuesto.', 'en')?.owners).toEqual(['Marta']);
  });
});

describe('a priority word, looked for only in lines that hold one of the words', () => {
  it('finds the other language’s word in mixed notes', () => {
    expect(firstTask('Tareas\n- Enviar el informe (urgent)')?.priority).toBe('high');
    expect(firstTask('Tasks\n- Send the report, alta', 'en')?.priority).toBe('high');
  });
});

describe('a topic taken for an owner', () => {
  it('is dropped when the notes write the word in lower case, at their very start or in brackets', () => {
    expect(firstTask('costes del mes\nTareas\n- Costes: revisar la planilla')?.owners).toEqual([]);
    expect(firstTask('Tareas\n- Costes: revisar la planilla\n(costes) pendientes')?.owners).toEqual([]);
  });

  it('stays an owner when the word is only ever capitalised', () => {
    expect(firstTask('Tareas\n- Costes: revisar la planilla')?.owners).toEqual(['Costes']);
  });
});

describe('words left dangling at the end of a task', () => {
  it.each([
    ['Tareas\n- Enviar el informe antes de', 'Enviar el informe'],
    ['Tareas\n- Mandar las fotos, si podés', 'Mandar las fotos'],
    ['Tareas\n- Llamar al banco — para', 'Llamar al banco'],
    [
      'Tareas\n- Avisar al cliente que sigue esperando la respuesta del banco para',
      'Avisar al cliente que sigue esperando la respuesta del banco',
    ],
  ])('%j -> %j', (notes, text) => {
    expect(firstTask(notes)?.text).toBe(text);
  });

  it('keeps a dangling word that is part of a longer word', () => {
    expect(firstTask('Tareas\n- Revisar la lista de la compra, parar')?.text).toBe(
      'Revisar la lista de la compra, parar',
    );
  });
});
