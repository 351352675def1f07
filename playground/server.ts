// The local playground: the emulated spreadsheet beside the real Sidebar.html, both driven by the real dist/Code.js.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { createEmulator, loadBundle, type Emulator } from '../emulator';
import { columnLetters } from '../src/core/row-ranges';
import { sheetView } from './sheet-view';

const root = join(__dirname, '..');
const defaultDataFile = join(root, 'playground', 'data', 'spreadsheet.json');

export interface PlaygroundOptions {
  port?: number;
  /** Start from an empty spreadsheet instead of the saved one. */
  reset?: boolean;
  /** Where the emulated spreadsheet is saved after every call; null keeps it in memory only. */
  dataFile?: string | null;
  /** Emulator settings for a fresh spreadsheet (time zone, locale, clock). */
  timeZone?: string;
  locale?: string;
  now?: Date;
}

export interface Playground {
  url: string;
  emulator: Emulator;
  /** The functions dist/Code.js declares, called the way Apps Script calls them. */
  functions: Record<string, (...args: unknown[]) => unknown>;
  close(): Promise<void>;
}

type ServerFunctions = Record<string, (...args: unknown[]) => unknown>;

function readDist(name: string): string {
  const path = join(root, 'dist', name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first`);
  return readFileSync(path, 'utf8');
}

async function bundleBrowserScript(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

function loadState(options: PlaygroundOptions, dataFile: string | null): Emulator {
  const saved =
    !options.reset && dataFile && existsSync(dataFile)
      ? JSON.parse(readFileSync(dataFile, 'utf8'))
      : undefined;
  return createEmulator({
    state: saved,
    timeZone: options.timeZone,
    locale: options.locale,
    now: options.now,
    sidebarHtml: readDist('Sidebar.html'),
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(body);
}

function sendJson(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json', JSON.stringify(value));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body ? JSON.parse(body) : null;
}

/** google.script.run copies arguments and results the way JSON does; a Date is not allowed across it. */
function assertSerializable(value: unknown, path: string): void {
  if (value instanceof Date)
    throw new Error(`Illegal value at ${path}: a Date cannot cross google.script.run`);
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) assertSerializable(item, `${path}.${key}`);
  }
}

/** What the page draws of the UI: menus and messages, and the sidebars' titles without their whole HTML. */
function uiSummary(emulator: Emulator): object {
  const titles = (shown: Array<{ title: string }>) => shown.map(({ title }) => ({ title }));
  return { ...emulator.ui, sidebars: titles(emulator.ui.sidebars), dialogs: titles(emulator.ui.dialogs) };
}

/** The sidebar page as HtmlService would serve it, with the google.script.run shim loaded first. */
function sidebarPage(emulator: Emulator, shim: string): string {
  const shown = emulator.ui.sidebars[emulator.ui.sidebars.length - 1];
  const html = shown?.content ?? readDist('Sidebar.html');
  return html.replace(/<head>/i, () => `<head><script>${shim}</script>`);
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const dataFile = options.dataFile === undefined ? defaultDataFile : options.dataFile;
  const emulator = loadState(options, dataFile);
  const functions: ServerFunctions = loadBundle(emulator, readDist('Code.js'));
  const [shim, client] = await Promise.all([
    bundleBrowserScript('gas-shim.ts'),
    bundleBrowserScript('client.ts'),
  ]);
  const page = readFileSync(join(__dirname, 'page.html'), 'utf8');
  emulator.open('LIMITED');

  const save = (): void => {
    if (!dataFile) return;
    mkdirSync(dirname(dataFile), { recursive: true });
    writeFileSync(dataFile, JSON.stringify(emulator.serialize()));
  };

  const run = (name: string, args: unknown[]): unknown => {
    const target = functions[name];
    if (!target || name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
    assertSerializable(args, 'arguments');
    const result = target(...args);
    assertSerializable(result, 'result');
    return result === undefined ? null : result;
  };

  const routes: Record<
    string,
    (request: IncomingMessage, response: ServerResponse, arg: string) => Promise<void>
  > = {
    'GET /': async (_request, response) => send(response, 200, 'text/html', page),
    'GET /client.js': async (_request, response) => send(response, 200, 'text/javascript', client),
    'GET /sidebar': async (_request, response) =>
      send(response, 200, 'text/html', sidebarPage(emulator, shim)),
    'GET /api/state': async (_request, response) =>
      sendJson(response, { sheets: sheetView(emulator), ui: uiSummary(emulator), mail: emulator.mail.sent }),
    'POST /api/run': async (request, response, name) => {
      const args = ((await readJson(request)) as unknown[] | null) ?? [];
      try {
        sendJson(response, { ok: true, value: run(name, args) });
      } catch (error) {
        sendJson(response, { ok: false, error: { name: 'ScriptError', message: (error as Error).message } });
      } finally {
        save();
      }
    },
    'POST /api/edit': async (request, response) => {
      const edit = (await readJson(request)) as { sheet: string; row: number; column: number; value: string };
      try {
        // A person typing: validations apply, then onEdit runs as the simple trigger does.
        emulator.edit(edit.sheet, `${columnLetters(edit.column)}${edit.row}`, edit.value);
        sendJson(response, { ok: true });
      } catch (error) {
        sendJson(response, { ok: false, error: { message: (error as Error).message } });
      } finally {
        save();
      }
    },
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [, first = '', second = '', third = ''] = url.pathname.split('/');
    const withArg = routes[`${request.method} /${first}/${second}`];
    const handler = withArg ?? routes[`${request.method} ${url.pathname}`];
    if (!handler) return send(response, 404, 'text/plain', 'not found');
    handler(request, response, decodeURIComponent(third)).catch((error: Error) =>
      send(response, 500, 'text/plain', error.message),
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    emulator,
    functions,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const reset = process.argv.includes('--reset');
  const portArgument = process.argv.find((argument) => argument.startsWith('--port='));
  const playground = await startPlayground({
    reset,
    port: portArgument ? Number(portArgument.slice(7)) : 8080,
  });
  console.log(
    `minuta playground: ${playground.url}  (the spreadsheet is saved to playground/data; --reset starts clean)`,
  );
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
