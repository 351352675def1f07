import { DEFAULT_PLAYBOOKS } from '../../../src/core/playbooks';
import { importMeeting, readPlaybooks, repairWorkbook } from '../../../src/server/sheets';
import { harness, importRequest, sheetNamed, task } from './harness';

const REQUEST = importRequest([task('T1', 'Enviar el newsletter de marzo')]);

function imported(language: 'es' | 'en' = 'es') {
  const setup = harness();
  importMeeting(setup.context(language), { ...REQUEST, language });
  return { ...setup, playbooks: sheetNamed(setup.spreadsheet, 'Playbooks') };
}

const cells = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.getDataRange().getValues();

describe('the Playbooks tab', () => {
  it('is created on the first import with the default playbooks, which read back whole', () => {
    const { context, playbooks } = imported();
    expect(readPlaybooks(context('es'))).toEqual({ playbooks: DEFAULT_PLAYBOOKS.es, problems: [] });
    expect(playbooks.getFrozenRows()).toBe(1);
    expect(playbooks.getRange('A1').getFontWeight()).toBe('bold');
    expect(playbooks.getColumnWidth(3)).toBeGreaterThan(playbooks.getColumnWidth(4));
    expect(playbooks.getRange('C2').getWrap()).toBe(true);
  });

  it('holds the days as typed text, so "-7" is neither a formula nor a number', () => {
    const { playbooks } = imported();
    const days = cells(playbooks)
      .slice(1)
      .map((row) => row[3]);
    expect(days).toContain('-7');
    expect(days.every((day) => typeof day === 'string')).toBe(true);
  });

  it('has English headers in an English spreadsheet', () => {
    const { context, playbooks } = imported('en');
    expect(cells(playbooks)[0]).toEqual(expect.arrayContaining(['Trigger words', 'Step', 'Days']));
    expect(readPlaybooks(context('en')).playbooks).toEqual(DEFAULT_PLAYBOOKS.en);
  });

  it('is left exactly as the VA edited it by later imports and repairs', () => {
    const { context, playbooks } = imported();
    playbooks.getRange('C2').setValue('Pedir el acceso a Mailchimp');
    playbooks.deleteRows(3, 2);
    const edited = JSON.stringify(cells(playbooks));
    importMeeting(context('es'), importRequest([task('T2', 'Otra tarea')]));
    expect(repairWorkbook(context('es'))).toEqual([]);
    expect(JSON.stringify(cells(playbooks))).toBe(edited);
  });

  it('is not created again when the VA renamed it', () => {
    const { spreadsheet, context, playbooks } = imported();
    playbooks.setName('Mis guías');
    importMeeting(context('es'), importRequest([task('T2', 'Otra tarea')]));
    expect(spreadsheet.getSheetByName('Playbooks')).toBeNull();
    expect(readPlaybooks(context('es')).playbooks).toEqual(DEFAULT_PLAYBOOKS.es);
  });

  it('comes back with the defaults when deleted, and "Repair sheet" says so', () => {
    const { spreadsheet, context, playbooks } = imported();
    spreadsheet.deleteSheet(playbooks);
    expect(repairWorkbook(context('es'))).toEqual(['Pestaña "Playbooks" creada']);
    expect(readPlaybooks(context('es')).playbooks).toEqual(DEFAULT_PLAYBOOKS.es);
  });

  it('gives back a playbook the VA added, and the rows it cannot read with their sheet row', () => {
    const { context, playbooks, emulator } = imported();
    const next = playbooks.getLastRow() + 1;
    playbooks.getRange(next, 1, 3, 5).setValues([
      ['Podcast', 'podcast, episodio', 'Grabar el episodio', '-2', 'Laura'],
      ['', '', 'Publicar en Spotify', '0', ''],
      ['', '', 'Responder comentarios', 'cuando se pueda', ''],
    ]);
    emulator.edit('Playbooks', `D${next + 1}`, '-1 día');
    const { playbooks: read, problems } = readPlaybooks(context('es'));
    expect(read.find((playbook) => playbook.name === 'Podcast')).toEqual({
      name: 'Podcast',
      language: 'es',
      triggers: ['podcast', 'episodio'],
      steps: [
        { text: 'Grabar el episodio', offsetDays: -2, owner: 'Laura' },
        { text: 'Publicar en Spotify', offsetDays: -1, owner: null },
      ],
    });
    expect(problems).toEqual([{ row: next + 2, message: expect.stringContaining('cuando se pueda') }]);
  });

  it('reads as the defaults before the first import, and reading creates nothing', () => {
    const { spreadsheet, context } = harness();
    expect(readPlaybooks(context('en')).playbooks).toEqual(DEFAULT_PLAYBOOKS.en);
    expect(spreadsheet.getSheetByName('Playbooks')).toBeNull();
  });
});
