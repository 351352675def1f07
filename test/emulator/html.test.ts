// HtmlService: outputs from files and strings, templates, and the HtmlOutput setters.
import { createEmulator } from '../../emulator';

it('serves the sidebar HTML it was given, as output and as template', () => {
  const { HtmlService } = createEmulator({ sidebarHtml: '<main>minuta</main>' }).globals;
  expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<main>minuta</main>');
  expect(HtmlService.createTemplateFromFile('Sidebar').evaluate().getContent()).toBe('<main>minuta</main>');
});

it('keeps title, size and appended content', () => {
  const { HtmlService } = createEmulator().globals;
  const output = HtmlService.createHtmlOutput('<p>a</p>')
    .setTitle('minuta')
    .setWidth(300)
    .setHeight(600)
    .append('<p>b</p>');
  expect([output.getTitle(), output.getWidth(), output.getHeight(), output.getContent()]).toEqual([
    'minuta',
    300,
    600,
    '<p>a</p><p>b</p>',
  ]);
});

it('has the IFRAME sandbox mode', () => {
  expect(createEmulator().globals.HtmlService.SandboxMode.IFRAME).toBe('IFRAME');
});

it('refuses a file the project does not have', () => {
  expect(() => createEmulator().globals.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('Nope');
});
