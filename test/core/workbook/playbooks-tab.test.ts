import { DEFAULT_PLAYBOOKS, rowsToPlaybooks } from '../../../src/core/playbooks';
import { isPlaybooksSheet, playbooksTabContent } from '../../../src/core/workbook/playbooks-tab';

describe('the Playbooks tab as created', () => {
  it.each(['es', 'en'] as const)('reads back as the default playbooks in %s', (language) => {
    const content = playbooksTabContent(language);
    expect(rowsToPlaybooks(content.rows, language)).toEqual({
      playbooks: DEFAULT_PLAYBOOKS[language],
      problems: [],
    });
    expect(content.widths).toHaveLength(content.rows[0]?.length ?? 0);
  });

  it('is recognised by its name in any case, or by our metadata after the VA renamed it', () => {
    expect(isPlaybooksSheet({ name: 'playbooks', tabMetadata: null })).toBe(true);
    expect(isPlaybooksSheet({ name: 'Mis guías', tabMetadata: 'playbooks' })).toBe(true);
    expect(isPlaybooksSheet({ name: 'Tareas', tabMetadata: 'tasks' })).toBe(false);
  });
});
