// Reads the command line of `minuta parse` into options, or says what is wrong with it.
import type { Language } from '../core/types';

export type OutputFormat = 'json' | 'table';

export interface ParseCommand {
  file: string;
  meetingDate: string | null;
  language: Language | 'auto';
  format: OutputFormat;
}

export type ArgsResult = { ok: true; command: ParseCommand } | { ok: false; message: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CHOICES: Record<string, string[]> = { '--lang': ['es', 'en', 'auto'], '--format': ['json', 'table'] };

function isRealDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function readValue(flag: string, value: string | undefined): string | null {
  if (value === undefined) return `${flag} needs a value`;
  if (flag === '--meeting-date')
    return isRealDate(value) ? null : `--meeting-date must be a date YYYY-MM-DD, got "${value}"`;
  const choices = CHOICES[flag];
  return choices && !choices.includes(value)
    ? `${flag} must be one of ${choices.join(', ')}, got "${value}"`
    : null;
}

/** Arguments after `parse`. */
export function readParseArgs(args: string[]): ArgsResult {
  const values: Record<string, string> = {};
  const files: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '-' || !arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? (arg.split(/=(.*)/s, 2) as [string, string])
      : [arg, undefined];
    if (!['--meeting-date', '--lang', '--format'].includes(flag))
      return { ok: false, message: `unknown option ${flag}` };
    const value = inline ?? args[++index];
    const problem = readValue(flag, value);
    if (problem) return { ok: false, message: problem };
    values[flag] = value as string;
  }
  if (files.length !== 1)
    return { ok: false, message: 'give exactly one notes file, or - for standard input' };
  return {
    ok: true,
    command: {
      file: files[0] as string,
      meetingDate: values['--meeting-date'] ?? null,
      language: (values['--lang'] ?? 'auto') as Language | 'auto',
      format: (values['--format'] ?? 'json') as OutputFormat,
    },
  };
}
