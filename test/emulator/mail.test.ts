// MailApp: both call forms recorded, recipients counted against the daily quota, the real error when it runs out.
import { createEmulator } from '../../emulator';

it('records a message object with every field', () => {
  const emulator = createEmulator();
  emulator.globals.MailApp.sendEmail({
    to: 'cliente@example.com',
    cc: 'va@example.com',
    subject: 'Seguimiento semanal',
    body: 'texto',
    htmlBody: '<p>texto</p>',
    name: 'minuta',
    replyTo: 'va@example.com',
    inlineImages: { logo: 'blob' as unknown as GoogleAppsScript.Base.BlobSource },
  });
  expect(emulator.mail.sent[0]).toMatchObject({
    to: 'cliente@example.com',
    cc: 'va@example.com',
    bcc: '',
    subject: 'Seguimiento semanal',
    htmlBody: '<p>texto</p>',
    name: 'minuta',
    replyTo: 'va@example.com',
    inlineImages: ['logo'],
  });
});

it('records the positional form with options', () => {
  const emulator = createEmulator();
  emulator.globals.MailApp.sendEmail('a@example.com', 'Asunto', 'Cuerpo', { bcc: 'b@example.com' });
  expect(emulator.mail.sent[0]).toMatchObject({
    to: 'a@example.com',
    subject: 'Asunto',
    body: 'Cuerpo',
    bcc: 'b@example.com',
  });
});

it('counts every recipient in to, cc and bcc against the quota', () => {
  const emulator = createEmulator({ mailQuota: 10 });
  emulator.globals.MailApp.sendEmail({
    to: 'a@x.com, b@x.com',
    cc: 'c@x.com',
    bcc: 'd@x.com',
    subject: 's',
    body: 'b',
  });
  expect(emulator.globals.MailApp.getRemainingDailyQuota()).toBe(6);
  expect(emulator.mail.quotaLeft()).toBe(6);
});

it('refuses to send past the quota with the real message, and recovers the next day', () => {
  const emulator = createEmulator({ mailQuota: 2 });
  const send = () => emulator.globals.MailApp.sendEmail({ to: 'a@x.com, b@x.com', subject: 's', body: 'b' });
  send();
  expect(send).toThrow('Service invoked too many times for one day: email.');
  expect(emulator.mail.sent).toHaveLength(1);
  emulator.mail.resetDay();
  send();
  expect(emulator.mail.sent).toHaveLength(2);
  emulator.mail.setQuota(0);
  expect(send).toThrow('Service invoked too many times for one day: email.');
});
