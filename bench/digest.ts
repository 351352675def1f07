// Section 3: the weekly follow-up's digests (client plus one per owner) for a sheet of 5,000 tasks.
import { buildDigests, defaultFollowUpSettings, digestSource } from '../src/core/followup';
import type { IsoDate } from '../src/core/types';
import type { FollowUpSettings } from '../src/server/api';
import { formatCount, formatKb, formatMs, printSection, printTable } from './report';
import { largeSnapshot, type SnapshotSize } from './snapshot';
import { medianMs } from './stats';

const TODAY: IsoDate = '2026-03-16';
const SIZE: SnapshotSize = { tasks: 5_000, owners: 40, objectives: 20 };
const REPEATS = 11;
const CONTEXT = {
  today: TODAY,
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/bench/edit',
  spreadsheetName: 'Plan de Marta',
};

export function runDigestBench(): void {
  const snapshot = largeSnapshot(SIZE, TODAY);
  const settings: FollowUpSettings = { ...defaultFollowUpSettings('es'), enabled: true, sendToOwners: true };
  const build = () => buildDigests(digestSource(snapshot, settings, CONTEXT));
  printSection(
    '3. Weekly digest time',
    `digestSource + buildDigests (es, to the client and to each owner) on a snapshot of ${formatCount(SIZE.tasks)} ` +
      `tasks, ${SIZE.owners} owners, ${SIZE.objectives} objectives; statuses mixed, due dates from 5 weeks ` +
      `before to 5 weeks after today (${TODAY})`,
    `median of ${REPEATS} runs after a warm-up run`,
  );
  const milliseconds = medianMs(REPEATS, () => void build());
  const digests = build();
  const htmlBytes = digests.reduce((sum, digest) => sum + Buffer.byteLength(digest.htmlBody), 0);
  printTable(
    ['tasks', 'digests built', 'HTML, all digests', 'time'],
    [[formatCount(SIZE.tasks), formatCount(digests.length), formatKb(htmlBytes), formatMs(milliseconds)]],
  );
}
