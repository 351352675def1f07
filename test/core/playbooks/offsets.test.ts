// The Days column read the ways a VA types it, and what is refused rather than guessed.
import { readOffsetDays } from '../../../src/core/playbooks/offset';

describe('reading a number of days', () => {
  it.each([
    ['-3', -3],
    ['+2', 2],
    ['0', 0],
    ['-0', 0],
    ['- 3', -3],
    ['\u22123', -3],
    ['3días', 3],
    ['-3 días', -3],
    ['3 días antes', -3],
    ['3 antes de la fecha', -3],
    ['-3 días antes', -3],
    ['2 días después', 2],
    ['una semana antes', -7],
    ['2 semanas', 14],
    ['el mismo día', 0],
    ['3 days before', -3],
    ['a week after', 7],
    ['1 week later', 7],
    ['Same day', 0],
  ])('"%s" → %d', (typed, days) => {
    expect(readOffsetDays(typed)).toEqual({ days });
  });

  it.each([
    '',
    'soon',
    '2.5',
    '2,5',
    '-3 después',
    '+3 before',
    'una antes',
    '3 meses',
    '3 días xyz',
    '3 constructor',
  ])('refuses "%s"', (typed) => {
    expect(readOffsetDays(typed)).toEqual({ error: 'unreadable' });
  });

  it('refuses more than a year either way', () => {
    expect(readOffsetDays('366')).toEqual({ error: 'too-far' });
    expect(readOffsetDays('-60 semanas')).toEqual({ error: 'too-far' });
    expect(readOffsetDays('365')).toEqual({ days: 365 });
  });
});
