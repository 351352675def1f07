// The `minuta` command line: `minuta parse FILE|- [--meeting-date D] [--lang es|en|auto] [--format json|table]`.
import { readFileSync } from 'node:fs';
import { parseNotes } from '../core/notes';
import type { ParseResult } from '../core/types';
import { readParseArgs, type ParseCommand } from './args';
import { renderTable } from './table';

const USAGE =
  'usage: minuta parse FILE|- [--meeting-date YYYY-MM-DD] [--lang es|en|auto] [--format json|table]';

function todayIso(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function readNotes(file: string): string {
  const bytes = readFileSync(file === '-' ? 0 : file);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
}

function output(result: ParseResult, command: ParseCommand): string {
  if (command.format === 'table') return renderTable(result);
  const { title: _title, ...contract } = result;
  return JSON.stringify(contract, null, 2);
}

function runParse(args: string[]): number {
  const parsed = readParseArgs(args);
  if (!parsed.ok) {
    process.stderr.write(`minuta parse: ${parsed.message}\n${USAGE}\n`);
    return 2;
  }
  const { command } = parsed;
  let notes: string;
  try {
    notes = readNotes(command.file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    process.stderr.write(`minuta parse: cannot read ${command.file} (${reason})\n`);
    return 2;
  }
  const result = parseNotes(notes, {
    today: todayIso(),
    meetingDate: command.meetingDate,
    language: command.language,
  });
  process.stdout.write(`${output(result, command)}\n`);
  return 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'parse') return runParse(rest);
  process.stderr.write(`${command ? `minuta: unknown command "${command}"\n` : ''}${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
