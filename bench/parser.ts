// Section 1: parseNotes throughput beside chrono-node alone on the same lines, at 1,000 and 100,000 lines.
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import { parseNotes } from '../src/core/notes';
import type { IsoDate, Language } from '../src/core/types';
import { notesSource } from './corpus';
import { formatCount, formatMs, printSection, printTable, verdict } from './report';
import { median, timeOnce } from './stats';

const TODAY: IsoDate = '2026-03-10';
const REFERENCE = new Date(`${TODAY}T12:00:00`);
const LANGUAGES: Language[] = ['es', 'en'];
const CHRONO = { es: es.casual, en: en.casual };
/** The parser must keep at least half of chrono's pace: dates are one step of its pipeline. */
const TARGET_RATIO = 0.5;
/**
 * Time each side runs untimed first. One run leaves the parser's larger code half compiled (its 1,000-line runs
 * then vary two-fold), and the chrono pass gates its parsers only after 1,000 parses per pipeline.
 */
const WARM_UP_MS = 2000;

interface Workload {
  lineCount: number;
  repeats: number;
  /** Half the lines in each language, as the VA's notes come in one language at a time. */
  lines: Record<Language, string[]>;
  /** The same lines as one note per language, joined before timing. */
  notes: Record<Language, string>;
}

interface Timing {
  parserMs: number;
  chronoMs: number;
}

function parseAll(workload: Workload): void {
  for (const language of LANGUAGES) parseNotes(workload.notes[language], { today: TODAY, language });
}

function chronoAll(workload: Workload): void {
  for (const language of LANGUAGES)
    for (const line of workload.lines[language]) CHRONO[language].parse(line, REFERENCE);
}

/** Both sides run in turn until each has run WARM_UP_MS: both reach steady state the same way. */
function warmUp(workload: Workload): void {
  const spent: Timing = { parserMs: 0, chronoMs: 0 };
  while (spent.parserMs < WARM_UP_MS || spent.chronoMs < WARM_UP_MS) {
    spent.parserMs += timeOnce(() => parseAll(workload));
    spent.chronoMs += timeOnce(() => chronoAll(workload));
  }
}

/** Parser and chrono runs alternate, so a burst of load on a shared machine hits both sides alike. */
function measure(workload: Workload): Timing {
  const runs = Array.from({ length: workload.repeats }, () => ({
    parserMs: timeOnce(() => parseAll(workload)),
    chronoMs: timeOnce(() => chronoAll(workload)),
  }));
  return {
    parserMs: median(runs.map((run) => run.parserMs)),
    chronoMs: median(runs.map((run) => run.chronoMs)),
  };
}

function linesPerSecond(lineCount: number, milliseconds: number): string {
  return `${formatCount((lineCount / milliseconds) * 1000)}/s`;
}

function throughputRow({ load, timing }: { load: Workload; timing: Timing }): string[] {
  const ratio = timing.chronoMs / timing.parserMs;
  return [
    formatCount(load.lineCount),
    formatMs(timing.parserMs),
    linesPerSecond(load.lineCount, timing.parserMs),
    formatMs(timing.chronoMs),
    linesPerSecond(load.lineCount, timing.chronoMs),
    `${ratio.toFixed(2)}x`,
    `${verdict(ratio >= TARGET_RATIO)} (>= ${TARGET_RATIO})`,
  ];
}

export function runParserBench(): void {
  const source = notesSource();
  const workload = (lineCount: number, repeats: number): Workload => {
    const lines = { es: source.lines('es', lineCount / 2), en: source.lines('en', lineCount / 2) };
    return { lineCount, repeats, lines, notes: { es: lines.es.join('\n'), en: lines.en.join('\n') } };
  };
  const small = workload(1_000, 15);
  const large = workload(100_000, 5);
  printSection(
    '1. Parser throughput',
    `parseNotes(notes, { today: ${TODAY}, language }) on one es and one en note of N/2 lines each, beside ` +
      `chrono-node es/en casual.parse(line, ref) on every line of the same notes. Lines: ${source.origin}`,
    `median of ${small.repeats} runs (1,000 lines) and ${large.repeats} runs (100,000 lines), after warming up ` +
      `on 1,000 lines until each side has run ${formatMs(WARM_UP_MS)}; parser and chrono runs alternate`,
  );
  warmUp(small);
  const smallRun = { load: small, timing: measure(small) };
  const largeRun = { load: large, timing: measure(large) };
  const rows = [smallRun, largeRun].map(throughputRow);
  printTable(
    ['lines', 'parseNotes', 'parser lines', 'chrono alone', 'chrono lines', 'parser/chrono', 'target'],
    rows,
  );
  const growth = (side: keyof Timing): string =>
    `${(largeRun.timing[side] / smallRun.timing[side]).toFixed(0)}x`;
  console.log('');
  console.log(
    `  growth 1,000 -> 100,000 lines (linear = 100x): parseNotes ${growth('parserMs')}, chrono alone ${growth('chronoMs')}`,
  );
}
