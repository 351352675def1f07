// The weekly run on the emulator: re-fired triggers, two installations, quota, missing emails, failures, preview.
import type { FollowUpSettings } from '../../../src/server/api';
import { followUpStatus, runFollowUp } from '../../../src/server/followup';
import { harness, type Harness } from './harness';
import { openTask, plan } from './workbook';

const BUENOS_AIRES = 'America/Argentina/Buenos_Aires';
const SUNDAY_NIGHT = new Date('2026-11-22T23:00:00Z'); // 20:00 on Sunday 22 November in Buenos Aires
const ON: FollowUpSettings = {
  enabled: true,
  weekday: 'MONDAY',
  hour: 9,
  sendToClient: true,
  copyAssistant: true,
  sendToOwners: true,
  sendWhenEmpty: false,
  language: 'es',
};

const tasks = [
  openTask('Enviar presupuesto', ['Lucho'], '2026-11-20'),
  openTask('Pedir las fotos', ['Pedro'], '2026-11-25'),
  openTask('<img src=x onerror=alert(1)> & "comillas"', ['Marta'], '2026-11-24'),
];

function started(options: { mailQuota?: number; timeZone?: string; now?: Date } = {}): Harness {
  const run = harness({ timeZone: BUENOS_AIRES, now: SUNDAY_NIGHT, ...options });
  run.setWorkbook(plan(tasks));
  run.turnOn({ weekday: 'MONDAY', hour: 9, sendToOwners: true });
  return run;
}

function triggerId(run: Harness): string {
  const [trigger] = run.followUpTriggers();
  if (!trigger) throw new Error('no follow-up trigger');
  return trigger.uniqueId;
}

const sentTo = (run: Harness): string[] => run.emulator.mail.sent.map((mail) => mail.to);
const results = (run: Harness): string[] => run.log.map((row) => `${row.to}: ${row.result.split(' · ')[0]}`);

describe('the weekly run', () => {
  it('emails the client (VA in copy) and each owner with an email, and logs every recipient', () => {
    const run = started();
    run.fireNext(triggerId(run));
    expect(sentTo(run)).toEqual(['marta@cliente.com', 'luis@equipo.com']);
    expect(run.emulator.mail.sent[0]?.cc).toBe('sofi@va.com');
    expect(results(run)).toEqual([
      'marta@cliente.com: Enviado',
      'luis@equipo.com: Enviado',
      'Pedro: Omitido',
    ]);
    expect(run.log[2]?.result).toMatch(/email/);
    expect(run.log[0]).toMatchObject({ sentOn: '2026-11-23', overdue: 1, dueThisWeek: 2 });
  });

  it('reads the tabs once per run', () => {
    const run = started();
    run.fireNext(triggerId(run));
    expect(run.reads()).toBe(1);
  });

  it('sends nothing twice when the trigger fires again the same week', () => {
    const run = started();
    const id = triggerId(run);
    run.fireNext(id);
    run.emulator.clock.advance(40 * 60_000);
    run.emulator.triggers.fire(id);
    run.emulator.clock.advance(3 * 24 * 3_600_000);
    run.emulator.triggers.fire(id);
    expect(sentTo(run)).toEqual(['marta@cliente.com', 'luis@equipo.com']);
    expect(results(run).slice(3)).toEqual([
      'marta@cliente.com: Omitido',
      'luis@equipo.com: Omitido',
      'Pedro: Omitido',
      'marta@cliente.com: Omitido',
      'luis@equipo.com: Omitido',
      'Pedro: Omitido',
    ]);
  });

  it('sends once when two editors each installed a trigger', () => {
    const run = started();
    run.actAs('marta@cliente.com');
    run.turnOn({ weekday: 'MONDAY', hour: 9, sendToOwners: true });
    const ids = run.followUpTriggers().map((trigger) => trigger.uniqueId);
    expect(ids).toHaveLength(2);
    const [first, second] = ids as [string, string];
    run.fireNext(first);
    run.emulator.clock.advance(10 * 60_000);
    run.emulator.triggers.fire(second);
    expect(sentTo(run)).toEqual(['marta@cliente.com', 'luis@equipo.com']);
  });

  it('sends the week after, once more', () => {
    const run = started();
    const id = triggerId(run);
    run.fireNext(id);
    run.fireNext(id);
    expect(sentTo(run)).toEqual([
      'marta@cliente.com',
      'luis@equipo.com',
      'marta@cliente.com',
      'luis@equipo.com',
    ]);
  });

  it('escapes text from the notes in the email it sends', () => {
    const run = started();
    run.fireNext(triggerId(run));
    const html = run.emulator.mail.sent[0]?.htmlBody ?? '';
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;comillas&quot;');
  });

  it('does not send an empty digest unless asked to', () => {
    const run = started();
    run.setWorkbook(plan([]));
    run.fireNext(triggerId(run));
    expect(sentTo(run)).toEqual([]);
    expect(results(run)).toEqual(['marta@cliente.com: Omitido']);
    run.turnOn({ sendWhenEmpty: true });
    run.fireNext(triggerId(run));
    expect(sentTo(run)).toEqual(['marta@cliente.com']);
  });

  it('sends nothing from a trigger left behind after the follow-up was turned off', () => {
    const run = started();
    run.actAs('marta@cliente.com');
    run.turnOn();
    run.turnOff(); // removes Marta's own trigger only: Sofi's remains, and finds the follow-up off
    expect(run.followUpTriggers()).toHaveLength(1);
    run.fireNext(triggerId(run));
    expect(sentTo(run)).toEqual([]);
    expect(results(run)[0]).toBe('marta@cliente.com: Omitido');
  });
});

describe('the mail quota', () => {
  it('queues what the quota cannot cover, logs it, and sends it once the quota is back', () => {
    const run = started({ mailQuota: 0 });
    run.fireNext(triggerId(run));
    expect(sentTo(run)).toEqual([]);
    expect(results(run)).toEqual([
      'marta@cliente.com: En cola',
      'luis@equipo.com: En cola',
      'Pedro: Omitido',
    ]);
    run.emulator.mail.setQuota(100);
    run.sendNow();
    expect(sentTo(run)).toEqual(['marta@cliente.com', 'luis@equipo.com']);
    expect(results(run).slice(3, 5)).toEqual(['marta@cliente.com: Enviado', 'luis@equipo.com: Enviado']);
    run.sendNow();
    expect(sentTo(run)).toHaveLength(2);
  });

  it("replaces last week's queued digest by this week's at the next run, so nothing goes twice", () => {
    const run = started({ mailQuota: 0 });
    const id = triggerId(run);
    run.fireNext(id);
    run.emulator.mail.setQuota(100);
    run.fireNext(id);
    expect(sentTo(run)).toEqual(['marta@cliente.com', 'luis@equipo.com']);
    expect(results(run).slice(3)).toEqual([
      'marta@cliente.com: Reemplazado',
      'luis@equipo.com: Reemplazado',
      'marta@cliente.com: Enviado',
      'luis@equipo.com: Enviado',
      'Pedro: Omitido',
    ]);
  });

  it('sends what fits and queues the rest when the quota runs out mid-run', () => {
    const run = started({ mailQuota: 2 });
    run.fireNext(triggerId(run));
    expect(sentTo(run)).toEqual(['marta@cliente.com']);
    expect(results(run)).toContain('luis@equipo.com: En cola');
  });
});

describe('a send that MailApp refuses', () => {
  it('is logged with its error, kept in the queue, and sent at the next run', () => {
    const run = started();
    const mailApp = run.emulator.globals.MailApp;
    const refusing = {
      getRemainingDailyQuota: () => mailApp.getRemainingDailyQuota(),
      sendEmail: () => {
        throw new Error('Servicio no disponible: Gmail');
      },
    } as unknown as GoogleAppsScript.Mail.MailApp;
    runFollowUp({ ...run.runDeps(), mailApp: refusing }, { force: false });
    expect(sentTo(run)).toEqual([]);
    expect(run.log[0]?.result).toContain('Servicio no disponible: Gmail');
    run.sendNow();
    expect(sentTo(run)).toEqual(['marta@cliente.com', 'luis@equipo.com']);
  });
});

describe('a run that fails', () => {
  it('leaves a log row and the last result, and throws', () => {
    const run = started();
    const missingTab = (): never => {
      throw new Error('Falta la pestaña Tareas');
    };
    expect(() => runFollowUp({ ...run.runDeps(), readSnapshot: missingTab }, { force: false })).toThrow(
      'Falta la pestaña Tareas',
    );
    expect(run.log.map((row) => row.result)).toEqual([expect.stringContaining('Falta la pestaña Tareas')]);
    expect(followUpStatus(run.statusDeps(), ON).lastResult).toContain('Falta la pestaña Tareas');
  });
});

describe('"Preview email"', () => {
  it('shows exactly what "Send now" then sends', () => {
    const run = started();
    const preview = run.preview();
    expect(sentTo(run)).toEqual([]);
    run.sendNow();
    expect(preview).toEqual(
      run.emulator.mail.sent.map((mail) => ({
        to: mail.to,
        cc: mail.cc,
        subject: mail.subject,
        htmlBody: mail.htmlBody,
        body: mail.body,
      })),
    );
  });
});
