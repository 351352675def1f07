// Plain-text report pieces: section headers that say what was measured and where, aligned tables, PASS/FAIL marks.
import { cpus, loadavg } from 'node:os';

/**
 * Cores, Node version and the load when the section ran, repeated in every section so a pasted section still says
 * where it ran; a load above the core count means other work shared the CPU and the times are inflated.
 */
export function machineLine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  const [lastMinute = 0] = loadavg();
  return `${cores.length} cores (${model}), Node ${process.version}, load ${lastMinute.toFixed(1)}`;
}

const LINE_WIDTH = 100;

/** Breaks text at spaces into lines of at most LINE_WIDTH, the later ones indented under the label. */
function wrapped(label: string, text: string): string {
  const indent = ' '.repeat(label.length);
  const lines: string[] = [];
  let line = label;
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > LINE_WIDTH && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += line === label || line === indent ? word : ` ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

export function printSection(title: string, measured: string, repeats: string): void {
  console.log('');
  console.log(`== ${title} ${'='.repeat(Math.max(0, LINE_WIDTH - 4 - title.length))}`);
  console.log(wrapped('measured: ', measured));
  console.log(wrapped('machine:  ', `${machineLine()}; ${repeats}`));
  console.log('');
}

/** Columns padded to their widest cell: text left-aligned, the rest right-aligned. */
export function printTable(header: string[], rows: string[][]): void {
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const isNumeric = (cell: string): boolean => /^[\d.,x%<>\- ]+(ms|KB|\/s|x)?$/.test(cell);
  for (const row of table) {
    const cells = row.map((cell, column) => {
      const width = widths[column] ?? 0;
      return column > 0 && isNumeric(cell) ? cell.padStart(width) : cell.padEnd(width);
    });
    console.log(`  ${cells.join('  ').trimEnd()}`);
  }
}

export function verdict(passed: boolean): string {
  return passed ? 'PASS' : 'FAIL';
}

export function formatMs(milliseconds: number): string {
  return `${milliseconds < 10 ? milliseconds.toFixed(2) : milliseconds.toFixed(0)} ms`;
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
