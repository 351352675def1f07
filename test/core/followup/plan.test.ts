// What a run does with each digest: send, queue for lack of quota, skip (and why), replace a stale queued one.
import {
  buildDigests,
  planRun,
  queueOf,
  type Decision,
  type QueuedDigest,
  type RunState,
} from '../../../src/core/followup';
import { ASSISTANT, CLIENT, MONDAY, person, settings, snapshot, source, task } from './fixtures';

const LUIS = person({ name: 'Luis', email: 'luis@equipo.com' });
const NO_EMAIL = person({ name: 'Pedro' });
const workbook = snapshot({
  people: [CLIENT, ASSISTANT, LUIS, NO_EMAIL],
  tasks: [
    task({ text: 'Enviar presupuesto', owners: ['Luis'], due: '2026-11-20' }),
    task({ text: 'Pedir fotos', owners: ['Pedro'], due: '2026-11-24' }),
  ],
});
const withOwners = settings({ sendToOwners: true });
const fresh: RunState = { sentKeys: new Set(), queued: [], quotaLeft: 100, force: false };

function summary(decisions: Decision[]): string[] {
  return decisions.map(({ digest, ...rest }) => {
    const reason = 'reason' in rest ? ` ${rest.reason}` : '';
    return `${rest.action}${reason} ${digest.recipient.name} ${digest.week}`;
  });
}

describe('planRun', () => {
  it('sends to everyone with an email and skips the others, saying why', () => {
    expect(summary(planRun(source(workbook, withOwners), fresh).decisions)).toEqual([
      'send Marta Gómez 2026-W48',
      'send Luis 2026-W48',
      'skip no-email Pedro 2026-W48',
    ]);
  });

  it('never sends a key already sent: a re-fired trigger or a second installation sends nothing', () => {
    const first = planRun(source(workbook, withOwners), fresh);
    const sentKeys = new Set(first.decisions.filter((d) => d.action === 'send').map((d) => d.digest.key));
    const thursday = planRun(source(workbook, withOwners, '2026-11-26'), { ...fresh, sentKeys });
    expect(thursday.decisions.filter((decision) => decision.action === 'send')).toEqual([]);
    const nextMonday = planRun(source(workbook, withOwners, '2026-11-30'), { ...fresh, sentKeys });
    expect(nextMonday.decisions.filter((decision) => decision.action === 'send')).toHaveLength(2);
  });

  it('spends the quota per address (To and Cc) and queues what does not fit', () => {
    const plan = planRun(source(workbook, withOwners), { ...fresh, quotaLeft: 1 });
    // The client's email costs 2 (client + VA in copy); Luis's costs 1 and fits.
    expect(summary(plan.decisions)).toEqual([
      'queue Marta Gómez 2026-W48',
      'send Luis 2026-W48',
      'skip no-email Pedro 2026-W48',
    ]);
  });

  it('queues everything at zero quota and sends it, first, when the quota is back', () => {
    const blocked = planRun(source(workbook, withOwners), { ...fresh, quotaLeft: 0 });
    const queued = queueOf(blocked.decisions);
    expect(queued.map((entry) => entry.recipient.name)).toEqual(['Marta Gómez', 'Luis']);
    const retry = planRun(source(workbook, withOwners, '2026-11-24'), { ...fresh, queued });
    expect(summary(retry.decisions)).toEqual([
      'send Marta Gómez 2026-W48',
      'send Luis 2026-W48',
      'skip no-email Pedro 2026-W48',
    ]);
  });

  it("replaces a digest queued last week by this week's to the same people, built from today's data", () => {
    const queued: QueuedDigest[] = [
      { week: '2026-W47', recipient: buildDigests(source(workbook))[0]!.recipient },
    ];
    const plan = planRun(source(workbook), { ...fresh, queued });
    expect(summary(plan.decisions)).toEqual(['replace Marta Gómez 2026-W47', 'send Marta Gómez 2026-W48']);
    expect(queueOf(plan.decisions)).toEqual([]);
  });

  it('still sends a queued digest whose people get nothing new this week, under its own week', () => {
    const former = person({ name: 'Ex', email: 'ex@x.com' });
    const queued: QueuedDigest[] = [
      {
        week: '2026-W47',
        recipient: { audience: 'owner', name: 'Ex', to: ['ex@x.com'], cc: [], ownerNames: ['ex'] },
      },
    ];
    const withFormer = snapshot({ ...workbook, people: [...workbook.people, former] });
    const plan = planRun(source(withFormer, settings({ sendWhenEmpty: true })), { ...fresh, queued });
    expect(summary(plan.decisions)).toEqual(['send Ex 2026-W47', 'send Marta Gómez 2026-W48']);
  });

  it('skips an empty digest unless asked to send it, or forced from the sidebar', () => {
    const quiet = snapshot({ tasks: [] });
    expect(summary(planRun(source(quiet), fresh).decisions)).toEqual(['skip empty Marta Gómez 2026-W48']);
    const asked = planRun(source(quiet, settings({ sendWhenEmpty: true })), fresh);
    expect(summary(asked.decisions)).toEqual(['send Marta Gómez 2026-W48']);
    expect(summary(planRun(source(quiet), { ...fresh, force: true }).decisions)).toEqual([
      'send Marta Gómez 2026-W48',
    ]);
  });

  it('sends nothing when turned off, keeps the queue, and "Send now" still works', () => {
    const off = settings({ enabled: false });
    const queued: QueuedDigest[] = [
      { week: '2026-W47', recipient: buildDigests(source(workbook))[0]!.recipient },
    ];
    const plan = planRun(source(workbook, off), { ...fresh, queued });
    expect(summary(plan.decisions)).toEqual([
      'queue Marta Gómez 2026-W47',
      'skip disabled Marta Gómez 2026-W48',
    ]);
    expect(queueOf(plan.decisions)).toEqual(queued);
    const forced = planRun(source(workbook, off), { ...fresh, force: true });
    expect(summary(forced.decisions)).toEqual(['send Marta Gómez 2026-W48']);
  });

  it('uses the week of today: the Sunday before and the Monday after are different weeks', () => {
    expect(planRun(source(workbook, settings(), '2026-11-22'), fresh).week).toBe('2026-W47');
    expect(planRun(source(workbook, settings(), MONDAY), fresh).week).toBe('2026-W48');
  });
});
