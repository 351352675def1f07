// The caption under a due date tells the VA how the phrase was read.
import { SIDEBAR_STRINGS } from '../../src/core/i18n/sidebar';
import { dueCaption } from '../../src/sidebar/date-caption';

describe('due date caption', () => {
  it('reads "viernes → vie 13/03" in Spanish', () => {
    expect(dueCaption('viernes', '2026-03-13', SIDEBAR_STRINGS.es)).toBe('viernes → vie 13/03');
  });

  it('names the weekday and month in English', () => {
    expect(dueCaption('by Friday', '2026-03-13', SIDEBAR_STRINGS.en)).toBe('by Friday → Fri Mar 13');
  });

  it('shows the phrase alone when it gave no date, and nothing when there was no phrase', () => {
    expect(dueCaption('pronto', null, SIDEBAR_STRINGS.es)).toBe('pronto');
    expect(dueCaption(null, '2026-03-13', SIDEBAR_STRINGS.es)).toBe('');
  });
});
