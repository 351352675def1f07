// Section 4: the built sidebar in headless Chromium: first paint, and the preview of a 200-line note.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultFollowUpSettings } from '../src/core/followup';
import type { SidebarState } from '../src/server/api';
import { launchChromium } from '../scripts/chromium';
import { PARSER_READY_MARK } from '../src/sidebar/notes-parser';
import { notesSource } from './corpus';
import { distSize, parserFile, SIDEBAR_LIMIT_BYTES, sidebarHtml } from './dist-files';
import { formatKb, formatMs, printSection, printTable, verdict } from './report';
import {
  firstPaintTimes,
  installFakeServer,
  PARSER_FILE_FUNCTION,
  NAME_HELPER_SCRIPT,
  parserReady,
  stateDelivered,
  timePreview,
  watchFirstPaint,
  type FirstPaint,
  type PreviewTiming,
} from './sidebar-page';
import { median } from './stats';

// Other work on a shared machine moves single loads by tens of ms: enough loads keep the median steady.
const PAGE_LOADS = 15;
const PREVIEW_RUNS = 7;
const NOTE_LINES = 200;
const TARGET_MS = 100;

const STATE: SidebarState = {
  language: 'es',
  timeZone: 'America/Argentina/Buenos_Aires',
  locale: 'es_AR',
  today: '2026-03-10',
  playbooks: [],
  playbookProblems: [],
  people: [],
  draft: null,
  followUp: defaultFollowUpSettings('es'),
};

let pagesOpened = 0;

/** Each page gets its own origin, so no page reads the draft another one left in localStorage. */
/** The built files a page load needs: the page itself, and dist/Parser.html for the fake getParserSource. */
interface BuiltSidebar {
  html: string;
  parserFile: string;
}

async function openSidebar(context: BrowserContext, { html, parserFile }: BuiltSidebar): Promise<Page> {
  pagesOpened += 1;
  const url = `http://sidebar-${pagesOpened}.minuta.test/`;
  const page = await context.newPage();
  await page.setViewportSize({ width: 300, height: 900 });
  await page.route('**/*', (route) =>
    route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html' }) : route.abort(),
  );
  await page.addInitScript({ content: NAME_HELPER_SCRIPT });
  await page.exposeFunction(PARSER_FILE_FUNCTION, () => parserFile);
  await page.addInitScript(installFakeServer, { state: STATE });
  await page.addInitScript(watchFirstPaint);
  await page.goto(url);
  await page.locator('#notes').waitFor();
  return page;
}

interface FirstPaints {
  medians: FirstPaint;
  /** First contentful paints of the middle half of the loads: [first quartile, third quartile]. */
  paintSpread: [number, number];
}

function middleHalf(values: readonly number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number): number => sorted[Math.round(fraction * (sorted.length - 1))] ?? NaN;
  return [at(0.25), at(0.75)];
}

/** The median of each field over several page loads, and how far the first paints spread. */
async function firstPaints(context: BrowserContext, built: BuiltSidebar): Promise<FirstPaints> {
  const samples: FirstPaint[] = [];
  for (let load = 0; load < PAGE_LOADS; load += 1) {
    const page = await openSidebar(context, built);
    await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
    await page.waitForFunction(parserReady, PARSER_READY_MARK);
    samples.push(await page.evaluate(firstPaintTimes, PARSER_READY_MARK));
    await page.close();
  }
  const valuesOf = (field: keyof FirstPaint): number[] => samples.map((sample) => sample[field]);
  return {
    medians: {
      contentfulPaint: median(valuesOf('contentfulPaint')),
      notesInserted: median(valuesOf('notesInserted')),
      parserReady: median(valuesOf('parserReady')),
      blockedBeforePaint: median(valuesOf('blockedBeforePaint')),
    },
    paintSpread: middleHalf(valuesOf('contentfulPaint')),
  };
}

/** One untimed preview first: the parser's first run in a page pays for compiling it. */
async function previews(context: BrowserContext, built: BuiltSidebar): Promise<PreviewTiming[]> {
  const lines = notesSource().lines('es', NOTE_LINES * (PREVIEW_RUNS + 1));
  const page = await openSidebar(context, built);
  await page.waitForFunction(stateDelivered);
  await page.waitForFunction(parserReady, PARSER_READY_MARK);
  const timings: PreviewTiming[] = [];
  for (let run = 0; run <= PREVIEW_RUNS; run += 1) {
    const note = lines.slice(run * NOTE_LINES, (run + 1) * NOTE_LINES).join('\n');
    const timing = await page.evaluate(timePreview, note);
    if (run > 0) timings.push(timing);
  }
  await page.close();
  return timings;
}

function targetRow(what: string, value: string, passed: boolean, target: string): string[] {
  return [what, value, `${verdict(passed)} (< ${target})`];
}

function timeTargetRow(what: string, milliseconds: number): string[] {
  return targetRow(what, formatMs(milliseconds), milliseconds < TARGET_MS, `${TARGET_MS} ms`);
}

async function measureSidebar(browser: Browser): Promise<void> {
  const built: BuiltSidebar = { html: sidebarHtml(), parserFile: parserFile() };
  const context = await browser.newContext();
  const { medians: paint, paintSpread } = await firstPaints(context, built);
  const timings = await previews(context, built);
  const inputToCounts = median(timings.map((timing) => timing.inputToCounts));
  const previewWork = median(timings.map((timing) => timing.previewWork));
  const size = distSize('Sidebar.html');
  printTable(
    ['target', 'median', 'verdict'],
    [
      targetRow(
        'Sidebar.html size',
        formatKb(size),
        size < SIDEBAR_LIMIT_BYTES,
        formatKb(SIDEBAR_LIMIT_BYTES),
      ),
      timeTargetRow('first paint (first-contentful-paint)', paint.contentfulPaint),
      ['  middle half of the page loads', `${paintSpread[0].toFixed(0)}–${formatMs(paintSpread[1])}`, ''],
      ['  notes box inserted in the DOM', formatMs(paint.notesInserted), 'no target: not yet painted'],
      [
        '  notes parser fetched, compiled and run',
        formatMs(paint.parserReady),
        'no target: after the paint, by design',
      ],
      [
        '  long tasks started before first paint',
        formatMs(paint.blockedBeforePaint),
        'no target: main thread busy',
      ],
      timeTargetRow(`preview of ${NOTE_LINES} lines (parse + render)`, previewWork),
      ['input event -> counts updated', formatMs(inputToCounts), 'no target: includes the typing-pause wait'],
      ['  of which waiting for a typing pause', formatMs(inputToCounts - previewWork), ''],
    ],
  );
}

export async function runSidebarBench(): Promise<void> {
  printSection(
    '4. Sidebar in headless Chromium',
    `dist/Sidebar.html served from memory (no network) with a fake google.script.run answering after 250 ms ` +
      `(getSidebarState: es, today ${STATE.today}, no people, no draft; getParserSource: dist/Parser.html; other ` +
      `calls null). First paint: ms from navigation start, ` +
      `${PAGE_LOADS} page loads. Preview: a ${NOTE_LINES}-line es note put in #notes with an input event, timed ` +
      `in the page with performance.now() until p.counts[role=status] changes (MutationObserver)`,
    `medians of ${PAGE_LOADS} page loads and of ${PREVIEW_RUNS} previews (different notes, after a warm-up preview)`,
  );
  const browser = await launchChromium();
  if (!browser) {
    console.log(
      '  skipped: no Chromium (set CHROMIUM_PATH, install chromium, or npm ci for @sparticuz/chromium)',
    );
    return;
  }
  try {
    await measureSidebar(browser);
  } finally {
    await browser.close();
  }
}
