// The built files are what Apps Script runs: real top-level entry points, no Node or browser globals, no work at load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { createEmulator, loadBundle } from '../../emulator';
import { serverEntryExports, topLevelWrappers } from '../../scripts/build';
import { parseNotes } from '../../src/core/notes';
import { SHARED_GLOBAL, SHARED_MODULES, type NotesParser } from '../../src/sidebar/notes-parser';
import { PARSER_GLOBAL, unwrapParserScript } from '../../src/sidebar/parser-file';

const dist = join(__dirname, '..', '..', 'dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');
const sidebar = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
const parserFile = readFileSync(join(dist, 'Parser.html'), 'utf8');

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

interface PageScript {
  attributes: string;
  text: string;
}

function pageScripts(html: string): PageScript[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)].map(
    ([, attributes = '', text = '']) => ({
      attributes,
      text,
    }),
  );
}

/**
 * The parser as the sidebar gets it: Code.js's getParserSource reads dist/Parser.html through HtmlService, the sidebar
 * unwraps the text and runs it as a script that borrows the sidebar's shared modules.
 */
function shippedParser(): NotesParser {
  const served = loadBundle(createEmulator(), code).getParserSource!();
  const context = createContext({ [SHARED_GLOBAL]: SHARED_MODULES });
  runInContext(unwrapParserScript(served as string), context);
  return (context as Record<string, NotesParser>)[PARSER_GLOBAL]!;
}

const NOTES = [
  [
    'Objetivos',
    '- Llegar a 2000 suscriptores antes del 30/06',
    '',
    'Tareas',
    '- Sofi: diseñar la plantilla para el viernes — prioridad alta',
    '- Laura: pasar los textos antes del 20/3',
  ].join('\n'),
  [
    'Goals',
    '- Reach 2,000 subscribers by June 30',
    '',
    'Action items',
    '- Sam: send the copy by next Monday',
  ].join('\n'),
];

describe('dist/Sidebar.html', () => {
  it('is one self-contained page under 150 KB', () => {
    expect(Buffer.byteLength(sidebar)).toBeLessThan(150 * 1024);
    expect(sidebar).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
  });

  it('runs one script while loading and leaves the notes parser out', () => {
    expect(pageScripts(sidebar)).toHaveLength(1);
    expect(sidebar).not.toContain(`var ${PARSER_GLOBAL}=`);
  });
});

describe('dist/Parser.html', () => {
  it('holds the parser as one script element, so HtmlService serves it as an HTML snippet', () => {
    const scripts = pageScripts(parserFile);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.attributes).toBe('');
    expect(scripts[0]!.text).toContain(`var ${PARSER_GLOBAL}=`);
    expect(parserFile.trim()).toMatch(/^<script>[\s\S]*<\/script>$/);
  });

  it('ships a parser that reads notes exactly as the source does', () => {
    const parser = shippedParser();
    for (const notes of NOTES) {
      const options = { today: '2026-03-10', language: 'auto' as const };
      expect(parser.parseNotes(notes, options)).toEqual(parseNotes(notes, options));
    }
  });
});
