// Each behaviour the check verifies, switched to a wrong one in the emulator: that line fails with what it saw, the others pass.
import type { Faults } from '../../../emulator';
import { addDays } from '../../../src/core/dates/calendar';
import { CHECK_STRINGS } from '../../../src/core/i18n/check';
import type { CheckId } from '../../../src/core/check';
import { runInstallationCheck } from '../../../src/server/check';
import { checkDeps, failedIds, lineOf, newEmulator, NOW, runCheck } from './harness';

const SEEN = CHECK_STRINGS.en.seen;
const TODAY = '2026-03-10';

const CASES: Array<{ fault: keyof Faults; fails: CheckId[]; seen: string | RegExp }> = [
  { fault: 'plusIsNumber', fails: ['text'], seen: '"+1" → 1 (number)' },
  { fault: 'shiftDates', fails: ['dates'], seen: `${TODAY} → ${addDays(TODAY, -1)}` },
  { fault: 'dropRowMetadataOnInsert', fails: ['rowMetadata'], seen: SEEN.metadataGone },
  { fault: 'lockUnavailable', fails: ['lock'], seen: SEEN.lockNotAcquired },
  { fault: 'propertiesBroken', fails: ['documentProperty', 'userProperty'], seen: /properties/ },
  { fault: 'triggersForbidden', fails: ['trigger'], seen: /permission.*script\.scriptapp/ },
  { fault: 'openByIdForbidden', fails: ['openFromTrigger'], seen: /permission.*openById/ },
  { fault: 'mailForbidden', fails: ['mailQuota'], seen: /permission.*MailApp/ },
  { fault: 'conditionalFormatsRefused', fails: ['conditionalFormats'], seen: /^Error: / },
  {
    fault: 'parserFileMissing',
    fails: ['parserFile'],
    seen: /No HTML file named Parser.*npm run deploy.*Parser\.html must be in the project/,
  },
  { fault: 'parserFileCut', fails: ['parserFile'], seen: /cut short or altered.*npm run deploy/ },
];

describe('the installation check on an account that behaves differently', () => {
  it.each(CASES)('$fault: fails $fails with the value it saw, passes the rest', ({ fault, fails, seen }) => {
    const emulator = newEmulator();
    emulator.faults[fault] = true;
    const report = runCheck(emulator, 'en');
    expect(failedIds(report)).toEqual(fails);
    for (const id of fails) expect(lineOf(report, id).seen).toMatch(seen);
  });

  it('quotes the formula a payload became', () => {
    const emulator = newEmulator();
    emulator.faults.plusIsNumber = true;
    expect(lineOf(runCheck(emulator, 'en'), 'text').seen).toContain('"=1+1" → formula "=1+1"');
  });

  it('still reports every line, and deletes its tab, when every service misbehaves', () => {
    const emulator = newEmulator();
    for (const fault of Object.keys(emulator.faults) as Array<keyof Faults>) emulator.faults[fault] = true;
    const report = runCheck(emulator, 'es', true);
    expect(failedIds(report).length).toBeGreaterThanOrEqual(CASES.length);
    expect(lineOf(report, 'testEmail').status).toBe('fail');
    expect(lineOf(report, 'temporaryTab').status).toBe('pass');
    expect(emulator.spreadsheet.getSheets()).toHaveLength(1);
  });

  it('fails the test email line when sending is refused, and sends nothing', () => {
    const emulator = newEmulator({ now: NOW });
    emulator.faults.mailForbidden = true;
    const report = runCheck(emulator, 'en', true);
    expect(lineOf(report, 'testEmail').seen).toMatch(/permission.*MailApp\.sendEmail/);
    expect(emulator.mail.sent).toHaveLength(0);
  });

  it('fails every sheet line with the reason when no temporary tab can be made', () => {
    const emulator = newEmulator();
    const spreadsheet = new Proxy(emulator.spreadsheet, {
      get: (target, name, receiver) =>
        name === 'insertSheet'
          ? () => {
              throw new Error('You have reached the maximum number of sheets');
            }
          : (Reflect.get(target, name, receiver) as unknown),
    });
    const report = runInstallationCheck({ ...checkDeps(emulator, 'en'), spreadsheet });
    expect(failedIds(report)).toEqual(['text', 'dates', 'conditionalFormats', 'rowMetadata', 'temporaryTab']);
    expect(lineOf(report, 'dates').seen).toContain('maximum number of sheets');
  });
});
