// Opens the built sidebar in Chromium with a recording stand-in for google.script.run (no Apps Script needed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../browser/browser';
import type { SidebarState } from '../../src/server/api';

let pagesOpened = 0;

function distFile(name: string): string {
  return readFileSync(join(__dirname, '..', '..', 'dist', name), 'utf8');
}

export function sidebarHtml(): string {
  return distFile('Sidebar.html');
}

/** What getParserSource answers in Apps Script: the built dist/Parser.html as HtmlService reads it. */
export function parserFile(): string {
  return distFile('Parser.html');
}

export function cannedState(overrides: Partial<SidebarState> = {}): SidebarState {
  return {
    language: 'es',
    timeZone: 'America/Argentina/Buenos_Aires',
    locale: 'es_AR',
    today: '2026-03-12',
    playbooks: [],
    playbookProblems: [],
    people: [
      { name: 'Sofi', aliases: ['Sofía'], email: 'sofi@example.com', role: 'assistant' },
      { name: 'Laura', aliases: [], email: 'laura@example.com', role: 'client' },
    ],
    draft: null,
    followUp: {
      enabled: true,
      weekday: 'MONDAY',
      hour: 9,
      sendToClient: true,
      copyAssistant: true,
      sendToOwners: false,
      sendWhenEmpty: false,
      language: 'es',
    },
    ...overrides,
  };
}

export interface ServerCall {
  name: string;
  args: unknown[];
}

export interface FakeServer {
  /** What each server function answers; a string under `failures` makes it fail with that message. */
  responses: Record<string, unknown>;
  failures?: Record<string, string>;
  /** Like `failures`, for the first call only: the next calls answer. */
  failOnce?: Record<string, string>;
}

const followUpStatus = {
  installed: true,
  installedBy: 'sofi@example.com',
  nextRun: '2026-03-16 09:00',
  lastRun: null,
  lastResult: null,
  quotaLeft: 97,
};

export function defaultResponses(state: SidebarState): Record<string, unknown> {
  return {
    getSidebarState: state,
    getParserSource: parserFile(),
    saveDraft: null,
    setLanguage: null,
    selectRows: null,
    savePeople: state.people,
    importMeeting: {
      objectivesAdded: 1,
      objectivesExisting: 0,
      tasksAdded: 2,
      tasksExisting: 1,
      meetingAdded: true,
      tasksSheet: 'Tareas',
      addedRows: [5, 6],
      message: '2 tareas agregadas, 1 ya estaba',
    },
    getFollowUpStatus: followUpStatus,
    saveFollowUpSettings: followUpStatus,
    sendFollowUpNow: '1 email enviado',
    previewFollowUp: [
      {
        to: 'laura@example.com',
        cc: 'sofi@example.com',
        subject: 'Seguimiento semanal',
        htmlBody: '<p>Hola Laura</p>',
        body: 'Hola Laura,\n- Enviar <img src=x onerror=alert(1)> el newsletter',
      },
    ],
  };
}

/** Runs in the page before the sidebar's script: a google.script.run that records every call. */
function installFakeServer(server: FakeServer): void {
  interface Handlers {
    success?: (value: unknown) => void;
    failure?: (error: Error) => void;
  }
  const calls: Array<{ name: string; args: unknown[] }> = [];
  const failedOnce = new Set<string>();
  const failureFor = (name: string): string | undefined => {
    const once = failedOnce.has(name) ? undefined : server.failOnce?.[name];
    if (once) failedOnce.add(name);
    return server.failures?.[name] ?? once;
  };
  (window as unknown as { serverCalls: typeof calls }).serverCalls = calls;
  const runner = (handlers: Handlers): unknown =>
    new Proxy(
      {},
      {
        get(_target, name: string) {
          if (name === 'withSuccessHandler')
            return (success: Handlers['success']) => runner({ ...handlers, success });
          if (name === 'withFailureHandler')
            return (failure: Handlers['failure']) => runner({ ...handlers, failure });
          return (...args: unknown[]) => {
            calls.push({ name, args: JSON.parse(JSON.stringify(args)) as unknown[] });
            const failure = failureFor(name);
            setTimeout(() => {
              if (failure) handlers.failure?.(new Error(failure));
              else handlers.success?.(server.responses[name] ?? null);
            }, 0);
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = {
    script: { run: runner({}), host: { close: () => undefined } },
  };
}

export interface OpenSidebar {
  page: Page;
  /** Requests to anything but the sidebar itself: must stay empty (no CDN, no fonts). */
  externalRequests: string[];
  calls(): Promise<ServerCall[]>;
}

/**
 * Pages share one browser context (a single-process Chromium cannot open a new one after closing one),
 * so each page gets its own origin and with it its own localStorage.
 */
export async function openSidebar(
  context: BrowserContext,
  server: FakeServer,
  html = sidebarHtml(),
): Promise<OpenSidebar> {
  pagesOpened += 1;
  const sidebarUrl = `http://sidebar-${pagesOpened}.minuta.test/`;
  const page = await context.newPage();
  await page.setViewportSize({ width: 300, height: 900 });
  const externalRequests: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url() === sidebarUrl) return route.fulfill({ body: html, contentType: 'text/html' });
    externalRequests.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(installFakeServer, server);
  await page.goto(sidebarUrl);
  return {
    page,
    externalRequests,
    calls: () => page.evaluate(() => (window as unknown as { serverCalls: ServerCall[] }).serverCalls),
  };
}

/** One Chromium and one context for a test file; the getter gives null when there is no Chromium. */
export function useBrowserContext(): () => BrowserContext | null {
  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = (await browser?.newContext()) ?? null;
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => context;
}

/** The sidebar with canned server answers; `open` returns null (the test skips) when there is no Chromium. */
export function useSidebarBrowser(): {
  open(
    overrides?: Partial<SidebarState>,
    failures?: Record<string, string>,
    failOnce?: Record<string, string>,
  ): Promise<OpenSidebar | null>;
} {
  const browserContext = useBrowserContext();
  jest.setTimeout(30_000);
  return {
    async open(overrides = {}, failures, failOnce) {
      const context = browserContext();
      if (!context) return null;
      return openSidebar(context, {
        responses: defaultResponses(cannedState(overrides)),
        failures,
        failOnce,
      });
    },
  };
}

export async function typeNotes(page: Page, notes: string): Promise<void> {
  await page.getByLabel(/Notas de la reunión|Meeting notes/).fill(notes);
}

/** The card of the task whose text contains `text`. */
export function taskCard(page: Page, text: string): Locator {
  return page.locator('li.task', { has: page.getByRole('checkbox', { name: text }) });
}

export async function lastCall(sidebar: OpenSidebar, name: string): Promise<ServerCall | undefined> {
  const calls = await sidebar.calls();
  return calls.filter((call) => call.name === name).pop();
}

/** Resolves once the page has called the server function `name`. */
export async function serverCalled(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      (window as unknown as { serverCalls: ServerCall[] }).serverCalls.some((call) => call.name === wanted),
    name,
  );
}

export const NOTE = [
  'Objetivos',
  '- Llegar a 2000 suscriptores del newsletter antes del 30/06',
  '',
  'Tareas',
  '- Sofi: diseñar la plantilla del newsletter para el viernes — prioridad alta',
  '- Laura: pasar los textos del primer newsletter antes del 20/3',
  '- Enviar el newsletter el martes 24',
].join('\n');
