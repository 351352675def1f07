// The built files are what Apps Script runs: real top-level entry points, no Node or browser globals, no work at load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { createEmulator, loadBundle } from '../../emulator';
import { serverEntryExports, topLevelWrappers } from '../../scripts/build';

const dist = join(__dirname, '..', '..', 'dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');
const sidebar = readFileSync(join(dist, 'Sidebar.html'), 'utf8');

const entryExports = serverEntryExports;

describe('dist/Code.js', () => {
  it('writes one delegating wrapper per entry point, so Apps Script sees real declarations', () => {
    expect(topLevelWrappers(['onOpen', 'importMeeting'])).toBe(
      'function onOpen(...args) { return minuta_.onOpen(...args); }\n' +
        'function importMeeting(...args) { return minuta_.importMeeting(...args); }',
    );
  });

  it('declares every export of the server entry as a top-level function', async () => {
    const names = await entryExports();
    expect(names).toEqual(
      expect.arrayContaining([
        'onOpen',
        'onInstall',
        'onEdit',
        'showSidebar',
        'importMeeting',
        'weeklyFollowUp',
      ]),
    );
    const functions = loadBundle(createEmulator(), code);
    for (const name of names) expect(typeof functions[name]).toBe('function');
  });

  it('calls no Apps Script service while loading', () => {
    const emulator = createEmulator();
    loadBundle(emulator, code);
    expect(emulator.calls.total()).toBe(0);
  });

  it('leaks nothing but the entry points and one private namespace into the global scope', async () => {
    const emulator = createEmulator();
    const context = createContext({ ...emulator.globals });
    runInContext(code, context);
    const added = Object.keys(context).filter((name) => !(name in emulator.globals));
    expect(added.sort()).toEqual([...(await entryExports()), 'minuta_'].sort());
  });

  it('uses no Node module system, timers or network', () => {
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bprocess\.env\b/);
    expect(code).not.toMatch(/\bsetTimeout\(|\bsetInterval\(/);
    expect(code).not.toMatch(/\bfetch\(/);
  });

  it('builds the menu from onOpen without touching anything but the UI and the document settings', () => {
    const emulator = createEmulator();
    const functions = loadBundle(emulator, code);
    functions.onOpen!({ authMode: 'LIMITED', source: emulator.spreadsheet });
    expect(emulator.ui.menus.length).toBe(1);
  });
});

describe('dist/Sidebar.html', () => {
  it('is one self-contained page under 150 KB', () => {
    expect(Buffer.byteLength(sidebar)).toBeLessThan(150 * 1024);
    expect(sidebar).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
  });
});
