// `minuta parse` as a user runs it: spawned, reading a file or standard input, printing JSON or a table.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'minuta.js');
const NOTES = join(ROOT, '..', 'shared', 'corpus', 'va', 'es-newsletter.txt');

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60000 });
}

describe('minuta parse', () => {
  it('prints exactly one JSON document with the contract fields', () => {
    const result = run(['parse', NOTES, '--format', 'json', '--meeting-date', '2026-03-12']);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(Object.keys(parsed).sort()).toEqual([
      'language',
      'meetingDate',
      'objectives',
      'tasks',
      'warnings',
    ]);
    expect(parsed.meetingDate).toBe('2026-03-12');
    expect(parsed.language).toBe('es');
    expect(parsed.tasks[0]).toMatchObject({
      id: 'T1',
      owners: ['Sofi'],
      due: '2026-03-13',
      priority: 'high',
      line: 9,
    });
  });

  it('reads standard input with -, and --lang overrides detection', () => {
    const result = run(
      ['parse', '-', '--lang', 'en', '--meeting-date', '2026-03-12'],
      'Action items\n- Tom to call the lab by Friday\n',
    );
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.language).toBe('en');
    expect(parsed.tasks.map((task: { text: string; due: string }) => [task.text, task.due])).toEqual([
      ['call the lab', '2026-03-13'],
    ]);
  });

  it('prints an aligned table for a person', () => {
    const result = run(['parse', NOTES, '--format', 'table', '--meeting-date', '2026-03-12']);
    expect(result.status).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^T\d/.test(line));
    expect(rows).toHaveLength(6);
    const ownerColumn = rows.map((row) => row.indexOf('Sofi')).filter((index) => index > 0);
    expect(new Set(ownerColumn).size).toBe(1);
  });

  it('treats empty notes as no error', () => {
    const result = run(['parse', '-'], '');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).tasks).toEqual([]);
  });

  it.each([
    [['parse', 'no-such-file.txt']],
    [['parse', NOTES, '--meeting-date', '2026-02-30']],
    [['parse', NOTES, '--lang', 'fr']],
    [['parse', NOTES, '--format', 'xml']],
    [['parse']],
    [['frobnicate']],
    [[]],
  ])('exits 2 with a message on stderr for %j', (args) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().length).toBeGreaterThan(0);
  });
});
