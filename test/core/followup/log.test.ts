// The Follow-up log's rows say what happened and why; the sent ones can be read back as keys.
import {
  buildDigests,
  logRecord,
  runFailedRecord,
  runSummary,
  sentKeysFromLog,
  type Digest,
} from '../../../src/core/followup';
import { FOLLOW_UP_STRINGS } from '../../../src/core/i18n/followup';
import { MONDAY, person, settings, snapshot, source, task } from './fixtures';

const tasks = [
  task({ text: 'Vencida', owners: ['Ana'], due: '2026-11-20' }),
  task({ text: 'Esta semana', owners: ['Ana'], due: '2026-11-24' }),
  task({ text: 'Hecha', owners: ['Ana'], status: 'done', completedOn: '2026-11-22' }),
];
const people = [person({ name: 'Marta', email: 'marta@x.com', role: 'client' }), person({ name: 'Ana' })];
const [client, ana] = buildDigests(source(snapshot({ tasks, people }), settings({ sendToOwners: true }))) as [
  Digest,
  Digest,
];

describe('log rows', () => {
  it('record the date, the addresses and the counts of a sent email', () => {
    const row = logRecord(client, { kind: 'sent' }, MONDAY, 'es');
    expect(row).toMatchObject({ sentOn: MONDAY, to: 'marta@x.com', overdue: 1, dueThisWeek: 1, done: 1 });
    expect(row.result).toContain('2026-W48');
  });

  it('name the person and the reason when no email could go', () => {
    const row = logRecord(ana, { kind: 'skipped', reason: 'no-email' }, MONDAY, 'es');
    expect(row.to).toBe('Ana');
    expect(row.result).toBe(FOLLOW_UP_STRINGS.es.log.noEmail);
  });

  it('say a queued email goes at the next run', () => {
    expect(logRecord(client, { kind: 'queued' }, MONDAY, 'en').result).toMatch(/next run/);
  });

  it('keep the error of a failed send and of a failed run', () => {
    expect(logRecord(client, { kind: 'failed', message: 'Invalid email' }, MONDAY, 'en').result).toContain(
      'Invalid email',
    );
    expect(runFailedRecord('Sheet missing', MONDAY, 'es').result).toContain('Sheet missing');
  });
});

describe('sentKeysFromLog', () => {
  it('gives back the dedupe key of every sent row, in either language, and nothing for the others', () => {
    const rows = [
      logRecord(client, { kind: 'sent' }, MONDAY, 'es'),
      { ...logRecord(client, { kind: 'sent' }, MONDAY, 'en'), to: 'Marta@x.com' },
      logRecord(client, { kind: 'queued' }, MONDAY, 'es'),
      logRecord(ana, { kind: 'skipped', reason: 'no-email' }, MONDAY, 'es'),
    ];
    expect(sentKeysFromLog(rows)).toEqual([client.key, client.key]);
  });
});

describe('runSummary', () => {
  it('counts the outcomes for the settings panel', () => {
    const outcomes = [
      { kind: 'sent' as const },
      { kind: 'queued' as const },
      { kind: 'skipped' as const, reason: 'empty' as const },
    ];
    expect(runSummary(outcomes, 'es')).toBe('1 enviado, 1 en cola, 1 omitido');
    expect(runSummary(outcomes, 'en')).toBe('1 sent, 1 queued, 1 skipped');
  });
});
