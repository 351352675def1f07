// How a value seen in the sheet is written in the report: quoted, so a tab, a line break or a leading space shows.

export function quoted(text: string): string {
  return JSON.stringify(text);
}

/** 'text' values are quoted; numbers, booleans and dates are shown bare, with their type beside. */
export function shownValue(value: string | number | boolean | null): string {
  return typeof value === 'string' ? quoted(value) : String(value);
}
