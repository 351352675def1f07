// Start-anchored patterns turned into one test of a whole text: never a miss where the pattern matches.
import { leadingWords, searchAnywhere } from '../../../src/core/notes/common/anchors';

describe('searchAnywhere', () => {
  const commitment = /^(?:to(?! be\b)|will)\s+/i;

  it('finds the pattern wherever a part after a space would start with it', () => {
    const text = 'Tom and Ana will send it';
    const anywhere = searchAnywhere(commitment);
    expect(commitment.test(text.slice('Tom and Ana '.length))).toBe(true);
    expect(anywhere?.test(text)).toBe(true);
  });

  it('finds nothing in a text no part of which starts with the pattern', () => {
    expect(searchAnywhere(commitment)?.test('Send the deck to be reviewed')).toBe(false);
  });

  it.each([/^(?<=a)b/, /^a|^b/m, /^a(?:^b)/])('cannot stand in for %s', (pattern) => {
    expect(searchAnywhere(pattern)).toBeNull();
  });

  it('reads a negated character class as no anchor', () => {
    expect(searchAnywhere(/^(?:,[^,]{1,4},\s*)?va a\s+/i)?.test('Ana, hoy, va a llamar')).toBe(true);
  });
});

describe('leadingWords', () => {
  const team = /^(todos|cada (?:grupo|equipo))$/i;

  it('matches when the words before a space or a comma are the whole phrase', () => {
    const lead = leadingWords(team);
    expect(lead?.test('Cada grupo revisará')).toBe(true);
    expect(lead?.test('Todos, sin excepción, revisan')).toBe(true);
  });

  it('does not match a phrase that runs on into a longer word', () => {
    expect(leadingWords(team)?.test('Todoso revisa')).toBe(false);
  });

  it.each([/^(a$|b)$/, /^(a(?=b))$/, /^a/, /a$/])('cannot stand in for %s', (pattern) => {
    expect(leadingWords(pattern)).toBeNull();
  });
});
