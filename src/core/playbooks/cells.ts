// What a Playbooks tab cell says as text, whatever the sheet handed over (string, number, blank or something odd).
/** The cell's text, trimmed; '' for a blank cell; null for a value no one could have typed (a date, an object). */
export function cellText(cell: unknown): string | null {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : null;
  return null;
}

/** A name or a step on one line, as a VA meant it when a cell wraps or holds stray spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
