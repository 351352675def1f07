// Who the weekly email goes to, from the People tab and the settings.
import { buildDigests, type Digest } from '../../../src/core/followup';
import { ASSISTANT, CLIENT, person, settings, snapshot, source, task } from './fixtures';

const tasks = [task({ text: 'Enviar presupuesto', owners: ['Ana'], due: '2026-11-20' })];

function addresses(digests: Digest[]): Array<[string, string[], string[]]> {
  return digests.map((digest) => [digest.recipient.name, digest.recipient.to, digest.recipient.cc]);
}

describe('recipients', () => {
  it('send the VA the copy as its addressee when the client has no email, and name the client as skipped', () => {
    const people = [person({ name: 'Marta', role: 'client' }), ASSISTANT];
    expect(addresses(buildDigests(source(snapshot({ tasks, people }))))).toEqual([
      ['Marta', ['sofi@va.com'], []],
      ['Marta', [], []],
    ]);
  });

  it('treat an address with a comma or a display name as no address, so it cannot add recipients', () => {
    const people = [person({ name: 'Marta', email: 'marta@x.com, otro@y.com', role: 'client' })];
    expect(addresses(buildDigests(source(snapshot({ tasks, people }))))).toEqual([['Marta', [], []]]);
  });

  it('name the role when People has no client at all', () => {
    const digests = buildDigests(source(snapshot({ tasks, people: [] }), settings({}, 'en')));
    expect(addresses(digests)).toEqual([['Client', [], []]]);
  });

  it('leave the VA out of copy when not chosen, and the client out when not chosen', () => {
    expect(addresses(buildDigests(source(snapshot({ tasks }), settings({ copyAssistant: false }))))).toEqual([
      ['Marta Gómez', ['marta@cliente.com'], []],
    ]);
    expect(addresses(buildDigests(source(snapshot({ tasks }), settings({ sendToClient: false }))))).toEqual([
      ['Cliente', ['sofi@va.com'], []],
    ]);
  });

  it('lower-case addresses, so "Ana@X.com" and "ana@x.com" are one recipient', () => {
    const people = [person({ name: 'Ana', email: ' Ana@X.com ', role: 'client' })];
    expect(addresses(buildDigests(source(snapshot({ tasks, people })))).at(0)?.[1]).toEqual(['ana@x.com']);
  });

  it('give an owner one digest however many ways the notes spell them', () => {
    const ana = person({ name: 'Ana Ruiz', aliases: ['Anita'], email: 'ana@x.com' });
    const spelled = [
      task({ text: 'Uno', owners: ['ANA RUIZ'], due: '2026-11-24' }),
      task({ text: 'Dos', owners: ['anita'], due: '2026-11-24' }),
      task({ text: 'Tres', owners: ['Ána Ruíz'], due: '2026-11-24' }),
    ];
    const digests = buildDigests(
      source(snapshot({ tasks: spelled, people: [CLIENT, ana] }), settings({ sendToOwners: true })),
    );
    const owners = digests.filter((digest) => digest.recipient.audience === 'owner');
    expect(owners.map((digest) => [digest.recipient.to, digest.counts.dueSoon])).toEqual([
      [['ana@x.com'], 3],
    ]);
  });

  it('do not treat a team-wide owner as a person without email', () => {
    const team = [task({ text: 'Leer el brief', owners: ['everyone'], due: '2026-11-24' })];
    const digests = buildDigests(source(snapshot({ tasks: team }), settings({ sendToOwners: true })));
    expect(digests.map((digest) => digest.recipient.audience)).toEqual(['client']);
  });
});
