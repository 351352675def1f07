// Section 5: the size of the files Apps Script serves.
import { distSize, SIDEBAR_LIMIT_BYTES } from './dist-files';
import { formatCount, formatKb, printSection, printTable, verdict } from './report';

export function runSizesBench(): void {
  printSection(
    '5. Built file sizes',
    'bytes on disk of dist/Sidebar.html, dist/Parser.html and dist/Code.js, as just built',
    'one reading',
  );
  const sidebar = distSize('Sidebar.html');
  const parser = distSize('Parser.html');
  const code = distSize('Code.js');
  printTable(
    ['file', 'bytes', 'size', 'target'],
    [
      [
        'dist/Sidebar.html',
        formatCount(sidebar),
        formatKb(sidebar),
        `${verdict(sidebar < SIDEBAR_LIMIT_BYTES)} (< ${formatKb(SIDEBAR_LIMIT_BYTES)})`,
      ],
      ['dist/Parser.html', formatCount(parser), formatKb(parser), 'fetched after the first paint'],
      ['dist/Code.js', formatCount(code), formatKb(code), ''],
    ],
  );
}
