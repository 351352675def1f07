// Texts a VA's notes may hold that Sheets could turn into a formula, a number, a date or a boolean.
// Formula prefixes: CWE-1236 and OWASP's CSV injection page (https://owasp.org/www-community/attacks/CSV_Injection).

export const INJECTION_PAYLOADS: readonly string[] = [
  '=1+1',
  '+1',
  '-1',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("https://evil.example","clic")',
  '=IMPORTXML("https://evil.example","//a")',
  "=cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '+54 9 11 5555-1234',
  '- revisar el presupuesto',
  '0012',
  '1/2',
  '3,5',
  '50%',
  '2026-03-15',
  'TRUE',
  'VERDADERO',
  "'apóstrofo",
  '<img src=x onerror=alert(1)>',
];
