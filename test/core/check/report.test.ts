// The copied report and the dialog: every seen value shown as text, never as markup; the summary counts what failed.
import { checkDialogHtml, reportText } from '../../../src/core/check';
import { PAYLOAD, reportWithPayload } from './fixtures';

describe('the copied report', () => {
  it('lists each line with its status, what was expected and what was seen', () => {
    const text = reportText(reportWithPayload('en'));
    expect(text).toContain('[FAIL] Text stays text');
    expect(text).toContain(`Seen: "${PAYLOAD}" → formula "=1+1"`);
    expect(text).toContain('[SKIPPED] Test email');
    expect(text).toContain('1 of 2 checks failed.');
  });

  it('is in Spanish for a Spanish report', () => {
    const text = reportText(reportWithPayload('es'));
    expect(text).toContain('[FALLA] El texto queda como texto');
    expect(text).toContain('Zona horaria de la hoja: America/Argentina/Buenos_Aires');
  });
});

describe('the dialog', () => {
  const html = checkDialogHtml(reportWithPayload('en'));

  it('escapes the payloads it shows', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.injected=1&quot;&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('keeps no report value inside its script', () => {
    const script = html.slice(html.indexOf('<script>'), html.indexOf('</script>'));
    expect(script).not.toContain('injected');
  });

  it('holds the plain-text report for "Copy report"', () => {
    expect(html).toContain('id="report-text"');
    expect(html).toContain('Copy report');
  });
});
