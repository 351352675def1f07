// The Playbooks tab: writing the defaults and reading them back, and reading what a VA typed, problems included.
import { PLAYBOOK_STRINGS } from '../../../src/core/i18n/playbooks';
import {
  DEFAULT_PLAYBOOKS,
  PLAYBOOK_HEADERS,
  playbooksToRows,
  rowsToPlaybooks,
  type Playbook,
} from '../../../src/core/playbooks';
import type { Language } from '../../../src/core/types';

const LANGUAGES: Language[] = ['es', 'en'];

/** One playbook's steps as [text, offset, owner], the way a VA reads the tab. */
const stepsOf = (playbook: Playbook | undefined): Array<[string, number, string | null]> =>
  (playbook?.steps ?? []).map((step) => [step.text, step.offsetDays, step.owner]);

describe('the Playbooks tab round trip', () => {
  it.each(LANGUAGES)('gives the %s defaults back, with or without the header row', (language) => {
    const rows = playbooksToRows(DEFAULT_PLAYBOOKS[language]);
    expect(rowsToPlaybooks(rows, language)).toEqual({ playbooks: DEFAULT_PLAYBOOKS[language], problems: [] });
    const tab = [PLAYBOOK_HEADERS[language], ...rows];
    expect(rowsToPlaybooks(tab, language)).toEqual({ playbooks: DEFAULT_PLAYBOOKS[language], problems: [] });
  });

  it('writes one row per step, the name and trigger words on the first row of each playbook', () => {
    const rows = playbooksToRows(DEFAULT_PLAYBOOKS.es);
    const stepCount = DEFAULT_PLAYBOOKS.es.reduce((total, playbook) => total + playbook.steps.length, 0);
    expect(rows).toHaveLength(stepCount);
    expect(rows.filter((row) => row[0] !== '').map((row) => row[0])).toEqual(
      DEFAULT_PLAYBOOKS.es.map((playbook) => playbook.name),
    );
    expect(rows[0]?.[1]).toContain('boletín');
    expect(rows.every((row) => row.length === PLAYBOOK_HEADERS.es.length)).toBe(true);
  });

  it('names the columns in the tab language', () => {
    expect(PLAYBOOK_HEADERS.es).toEqual(['Playbook', 'Palabras clave', 'Paso', 'Días', 'Responsable']);
    expect(PLAYBOOK_HEADERS.en).toEqual(['Playbook', 'Trigger words', 'Step', 'Days', 'Owner']);
  });

  it('keeps a default owner the VA typed through the round trip', () => {
    const playbook: Playbook = {
      name: 'Podcast',
      language: 'en',
      triggers: ['podcast', 'episode'],
      steps: [
        { text: 'Book the guest', offsetDays: -14, owner: 'Priya' },
        { text: 'Publish show notes', offsetDays: 1, owner: null },
      ],
    };
    expect(rowsToPlaybooks(playbooksToRows([playbook]), 'en').playbooks).toEqual([playbook]);
  });
});

describe('reading what a VA typed in the tab', () => {
  const header = PLAYBOOK_HEADERS.es;

  it('skips blank rows and reads days typed as text, signs, words or numbers', () => {
    const { playbooks, problems } = rowsToPlaybooks(
      [
        header,
        ['', '', '', '', ''],
        ['Podcast', 'podcast, episodio; Episodio', 'Invitar al entrevistado', '-14', ''],
        [null, null, 'Grabar', '3 días antes', 'Ana'],
        [],
        ['', '', 'Editar', -1, ''],
        ['', '', 'Publicar las notas', '+2', ''],
        ['', '', 'Compartir en redes', '1 semana después', ''],
        ['', '', 'Revisar descargas', '2 semanas', ''],
        ['', '', 'Avisar al cliente', 'mismo día', ''],
        ['   ', undefined, undefined],
      ],
      'es',
    );
    expect(problems).toEqual([]);
    expect(playbooks).toHaveLength(1);
    expect(playbooks[0]?.triggers).toEqual(['podcast', 'episodio']);
    expect(stepsOf(playbooks[0])).toEqual([
      ['Invitar al entrevistado', -14, null],
      ['Grabar', -3, 'Ana'],
      ['Editar', -1, null],
      ['Publicar las notas', 2, null],
      ['Compartir en redes', 7, null],
      ['Revisar descargas', 14, null],
      ['Avisar al cliente', 0, null],
    ]);
  });

  it('accepts the name repeated on every row, and the same name further down as the same playbook', () => {
    const { playbooks, problems } = rowsToPlaybooks(
      [
        ['Podcast', 'podcast', 'Grabar', '-3', ''],
        ['Podcast', 'episodio', 'Editar', '-1', ''],
        ['Reel', 'reel', 'Filmar', '-2', ''],
        ['PODCAST', '', 'Publicar', '0', ''],
      ],
      'es',
    );
    expect(problems).toEqual([]);
    expect(playbooks.map((playbook) => playbook.name)).toEqual(['Podcast', 'Reel']);
    expect(playbooks[0]?.triggers).toEqual(['podcast', 'episodio']);
    expect(stepsOf(playbooks[0]).map(([text]) => text)).toEqual(['Grabar', 'Editar', 'Publicar']);
  });

  it('finds the columns by their header, in either language, wherever the VA moved them', () => {
    const { playbooks, problems } = rowsToPlaybooks(
      [
        ['Step', 'Notas', 'Days', 'Playbook', 'Trigger words'],
        ['Write the script', 'ojo con el audio', 'three days before', 'Video', 'video'],
        ['Write the script', '', '3 days before', 'Video', ''],
      ],
      'es',
    );
    expect(problems).toEqual([
      { row: 2, message: PLAYBOOK_STRINGS.es.problems.badDays('three days before') },
    ]);
    expect(stepsOf(playbooks[0])).toEqual([['Write the script', -3, null]]);
  });

  it('uses the name as the trigger word of a playbook that has none', () => {
    const { playbooks } = rowsToPlaybooks([['Podcast', '', 'Grabar', '-3', '']], 'es');
    expect(playbooks[0]?.triggers).toEqual(['Podcast']);
  });

  it('reports each bad row with its sheet row number and a message in the tab language, and keeps the good rows', () => {
    const { playbooks, problems } = rowsToPlaybooks(
      [
        PLAYBOOK_HEADERS.en,
        ['', '', 'Orphan step', '-1', ''],
        ['Podcast', 'podcast', 'Book the guest', 'soon', ''],
        ['', '', 'Record', '-3 after', ''],
        ['', '', 'Edit', '', ''],
        ['', '', '', '2', 'Priya'],
        ['', '', 'Publish', '400', ''],
        ['', '', 'Share', new Date(2026, 0, 1), ''],
        ['', '', 'Publish', '1', ''],
        ['Empty one', 'nothing', '', '', ''],
      ],
      'en',
    );
    const messages = PLAYBOOK_STRINGS.en.problems;
    expect(problems).toEqual([
      { row: 2, message: messages.noPlaybook },
      { row: 3, message: messages.badDays('soon') },
      { row: 4, message: messages.badDays('-3 after') },
      { row: 5, message: messages.missingDays },
      { row: 6, message: messages.missingStep },
      { row: 7, message: messages.daysTooFar('400') },
      { row: 8, message: messages.unreadableCell('Days') },
      { row: 10, message: messages.noSteps('Empty one') },
    ]);
    expect(playbooks.map((playbook) => [playbook.name, stepsOf(playbook)])).toEqual([
      ['Podcast', [['Publish', 1, null]]],
    ]);
  });

  it('says which columns are missing when the header row lacks them, and reads nothing else', () => {
    const { playbooks, problems } = rowsToPlaybooks(
      [
        ['Playbook', 'Palabras clave', 'Responsable'],
        ['Podcast', 'podcast', 'Ana'],
      ],
      'es',
    );
    expect(playbooks).toEqual([]);
    expect(problems).toEqual([
      { row: 1, message: PLAYBOOK_STRINGS.es.problems.missingColumns('Paso, Días') },
    ]);
    expect(problems[0]?.message).toMatch(/Paso, Días/);
  });

  it('reads an empty tab as no playbooks and no problems', () => {
    expect(rowsToPlaybooks([], 'es')).toEqual({ playbooks: [], problems: [] });
    expect(rowsToPlaybooks([PLAYBOOK_HEADERS.es, ['', '']], 'es')).toEqual({ playbooks: [], problems: [] });
  });
});
