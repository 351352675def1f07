import { appendFollowUpLog, detectLanguage, readSnapshot, savePeople } from '../../../src/server/sheets';
import { harness, rowsOf } from './harness';

describe('People and the Follow-up log', () => {
  it('upserts people by name and keeps the client columns', () => {
    const { spreadsheet, context } = harness();
    savePeople(context('es'), [
      { name: 'Martín', aliases: ['Tincho'], email: 'martin@x.com', role: 'client' },
    ]);
    spreadsheet
      .getSheetByName('Personas')
      ?.getRange('E1:E2')
      .setValues([['Comentario'], ['Prefiere WhatsApp']]);
    savePeople(context('es'), [
      { name: 'martin', aliases: [], email: 'm@cliente.com', role: 'client' },
      { name: 'Laura', aliases: [], email: 'laura@va.com', role: 'assistant' },
    ]);
    expect(rowsOf(spreadsheet, 'Personas')).toEqual([
      {
        Nombre: 'martin',
        Alias: '',
        Email: 'm@cliente.com',
        Rol: 'Cliente',
        Comentario: 'Prefiere WhatsApp',
      },
      { Nombre: 'Laura', Alias: '', Email: 'laura@va.com', Rol: 'Asistente', Comentario: '' },
    ]);
    expect(readSnapshot(context('es')).people.map((person) => person.role)).toEqual(['client', 'assistant']);
  });

  it('appends follow-up rows with real dates and numbers', () => {
    const { spreadsheet, context } = harness({ timeZone: 'Pacific/Auckland', locale: 'en_NZ' });
    appendFollowUpLog(context('en'), [
      { sentOn: '2026-03-09', to: 'm@x.com', overdue: 2, dueThisWeek: 3, done: 1, result: 'sent' },
    ]);
    expect(rowsOf(spreadsheet, 'Follow-up log')[0]).toMatchObject({
      To: 'm@x.com',
      Overdue: 2,
      Result: 'sent',
    });
    expect(readSnapshot(context('en')).followUpLog).toEqual([
      { sentOn: '2026-03-09', to: 'm@x.com', overdue: 2, dueThisWeek: 3, done: 1, result: 'sent' },
    ]);
  });

  it('detects Spanish from any Spanish locale', () => {
    expect(['es', 'es_AR', 'es_419', 'es-MX'].map(detectLanguage)).toEqual(['es', 'es', 'es', 'es']);
    expect(['en_US', 'pt_BR', 'estonian'].map(detectLanguage)).toEqual(['en', 'en', 'en']);
  });
});
