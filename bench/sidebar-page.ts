// Code that runs inside the sidebar page: a fake google.script.run, a first-paint probe and the preview timer.
import type { SidebarState } from '../src/server/api';

interface BenchWindow {
  google?: unknown;
  /** performance.now() when the notes textarea first entered the page. */
  benchNotesAt?: number;
  /** Set once getSidebarState has answered, so the panel the bench times is the one that stays. */
  benchStateDelivered?: boolean;
  /** Tasks that held the main thread over 50 ms: [start, duration]. */
  benchLongTasks?: Array<[number, number]>;
  /** dist/Parser.html, brought from the bench process only when the page asks for it. */
  benchParserFile?: () => Promise<string>;
}

export interface FirstPaint {
  contentfulPaint: number;
  notesInserted: number;
  /** When the notes parser, held back until after the paint, had compiled and run. */
  parserReady: number;
  /** Main-thread time in long tasks that started before the first contentful paint. */
  blockedBeforePaint: number;
}

export interface PreviewTiming {
  /** From the textarea's input event to the counts line changing: includes the sidebar's wait for a typing pause. */
  inputToCounts: number;
  /** The sidebar's own 'minuta:preview' measure: parse, render and counts, without the wait. */
  previewWork: number;
}

/**
 * tsx keeps function names by wrapping them in a `__name` helper that exists only in Node; functions serialised into
 * the page need it defined there too.
 */
export const NAME_HELPER_SCRIPT = 'globalThis.__name = (target) => target;';

/** What the fake server answers with: the sheet's state (dist/Parser.html comes from `benchParserFile`). */
export interface FakeAnswers {
  state: SidebarState;
}

/** The name the bench exposes dist/Parser.html under: the page fetches it when it calls getParserSource. */
export const PARSER_FILE_FUNCTION = 'benchParserFile';

/**
 * Init script: answers getSidebarState with `state`, getParserSource with the parser file and anything else with
 * null, asynchronously as Apps Script does. A google.script.run round trip takes 0.5–2 s in Apps Script; 250 ms here
 * keeps the answer from landing before the page's first frame, which no real sidebar sees. The parser file is not
 * written into this script: like the real server's answer, it reaches the page only once asked for.
 */
export function installFakeServer({ state }: FakeAnswers): void {
  const page = window as BenchWindow;
  const answers: Record<string, unknown> = { getSidebarState: state };
  interface Handlers {
    success?: (value: unknown) => void;
  }
  const runner = (handlers: Handlers): unknown =>
    new Proxy(
      {},
      {
        get(_target, name: string) {
          if (name === 'withSuccessHandler')
            return (success: Handlers['success']) => runner({ ...handlers, success });
          if (name === 'withFailureHandler') return () => runner(handlers);
          return () =>
            setTimeout(() => {
              if (name === 'getParserSource' && page.benchParserFile) {
                void page.benchParserFile().then((file) => handlers.success?.(file));
                return;
              }
              handlers.success?.(answers[name] ?? null);
              if (name === 'getSidebarState') page.benchStateDelivered = true;
            }, 250); // a literal: this function runs in the page, away from module constants
        },
      },
    );
  page.google = { script: { run: runner({}), host: { close: () => undefined } } };
}

/** Init script: notes when the notes textarea first enters the document, and every long task, to explain a late paint. */
export function watchFirstPaint(): void {
  const page = window as BenchWindow;
  const longTasks: Array<[number, number]> = [];
  page.benchLongTasks = longTasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    if (!document.getElementById('notes')) return;
    page.benchNotesAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** True once the sidebar has set `readyMark`, after running its notes parser. */
export function parserReady(readyMark: string): boolean {
  return performance.getEntriesByName(readyMark).length > 0;
}

/** Milliseconds from navigation start (NaN when the browser gave no paint entry). */
export function firstPaintTimes(parserReadyMark: string): FirstPaint {
  const page = window as BenchWindow;
  const paint = performance
    .getEntriesByType('paint')
    .find((entry) => entry.name === 'first-contentful-paint');
  const contentfulPaint = paint?.startTime ?? NaN;
  const blockedBeforePaint = (page.benchLongTasks ?? [])
    .filter(([start]) => start < contentfulPaint)
    .reduce((sum, [, duration]) => sum + duration, 0);
  const parserReadyAt = performance.getEntriesByName(parserReadyMark)[0]?.startTime ?? NaN;
  return {
    contentfulPaint,
    notesInserted: page.benchNotesAt ?? NaN,
    parserReady: parserReadyAt,
    blockedBeforePaint,
  };
}

/** True once the server state has been applied (the sidebar redraws in the microtask after the answer). */
export function stateDelivered(): boolean {
  return (window as BenchWindow).benchStateDelivered === true;
}

/** Puts `notes` in the textarea as a paste would and times the preview's counts line catching up. */
export function timePreview(notes: string): Promise<PreviewTiming> {
  const textarea = document.querySelector<HTMLTextAreaElement>('#notes');
  const counts = document.querySelector('p.counts[role="status"]');
  if (!textarea || !counts) return Promise.reject(new Error('no #notes textarea or p.counts status line'));
  return new Promise((resolve, reject) => {
    let inputAt = 0;
    const giveUp = setTimeout(() => reject(new Error('the counts line did not change within 10 s')), 10_000);
    const observer = new MutationObserver(() => {
      const inputToCounts = performance.now() - inputAt;
      observer.disconnect();
      clearTimeout(giveUp);
      const measure = performance.getEntriesByName('minuta:preview', 'measure').pop();
      resolve({ inputToCounts, previewWork: measure?.duration ?? NaN });
    });
    observer.observe(counts, { childList: true, characterData: true, subtree: true });
    textarea.value = notes;
    inputAt = performance.now();
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
