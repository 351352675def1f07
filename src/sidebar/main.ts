// The sidebar's entry: paints at once from the local draft, then redraws with the sheet's state from the server.
import type { Language } from '../core/types';
import type { Draft, SidebarState } from '../server/api';
import { stringsFor, type AppContext } from './app-context';
import { h, replaceChildren } from './dom';
import { createDraftStore, readLocalDraft, type DraftStore } from './draft-store';
import { errorArea, errorMessage, type MessageArea } from './messages';
import { notesPanel } from './notes-panel';
import { loadParser, releaseParser, withParser } from './notes-parser';
import { createNotesSession, warmUpParser, type NotesSession } from './notes-session';
import { provisionalState } from './provisional-state';
import { callServer } from './server';
import { settingsPanel } from './settings-panel';
import { tabView } from './tabs';

interface Shell {
  root: HTMLElement;
  session: NotesSession;
  drafts: DraftStore;
  bootError: MessageArea;
  /** Why the preview is missing when the parser could not be fetched or run; cleared once it runs. */
  parserError: MessageArea;
  selectedTab: string;
}

/** Focus survives a redraw when the focused control has a fixed id. */
function restoreFocus(root: HTMLElement, focusedId: string): void {
  if (!focusedId) return;
  root.querySelector<HTMLElement>(`#${CSS.escape(focusedId)}`)?.focus();
}

/**
 * Runs work once the page has painted: a timeout, a frame or an idle callback can all still run before the first
 * paint and delay it. Browsers without paint timing get a one-second timeout instead.
 */
function afterFirstPaint(work: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    setTimeout(work, 0);
  };
  try {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: the fallback below runs it.
  }
  setTimeout(once, 1000);
}

function render(shell: Shell, context: AppContext): void {
  const focusedId = document.activeElement?.id ?? '';
  document.documentElement.lang = context.language;
  const tabs = tabView(
    [
      {
        id: 'notes',
        label: context.strings.notesTab,
        render: () => notesPanel(shell.session, context, shell.drafts),
      },
      { id: 'settings', label: context.strings.settingsTab, render: () => settingsPanel(context) },
    ],
    shell.selectedTab,
    (id) => (shell.selectedTab = id),
  );
  replaceChildren(shell.root, [shell.bootError.element, shell.parserError.element, tabs]);
  restoreFocus(shell.root, focusedId);
}

function createContext(shell: Shell, state: SidebarState): AppContext {
  const context: AppContext = {
    state,
    language: state.language,
    strings: stringsFor(state.language),
    loaded: false,
    setLanguage(language: Language) {
      context.language = language;
      context.strings = stringsFor(language);
      context.state.language = language;
      context.rerender();
      callServer('setLanguage', language).catch((error: unknown) =>
        shell.bootError.show([context.strings.serverError(errorMessage(error))]),
      );
    },
    rerender: () => render(shell, context),
  };
  return context;
}

function applyServerState(
  shell: Shell,
  context: AppContext,
  state: SidebarState,
  typedBeforeLoad: boolean,
): void {
  context.state = state;
  context.language = state.language;
  context.strings = stringsFor(state.language);
  context.loaded = true;
  // What the VA typed in the first moments wins over the saved copy.
  if (state.draft && !typedBeforeLoad) shell.session.draft = { ...state.draft };
  context.rerender();
}

/**
 * The parser's text is asked for at load, beside the sheet's state, and runs after the first paint. Without it there
 * is no preview, but the notes stay in the box and still save; the next pause in typing asks the server again.
 */
function fetchParser(shell: Shell, context: AppContext): void {
  loadParser({
    fetch: () => callServer('getParserSource'),
    onError: (error) => shell.parserError.show([context.strings.parserLoadError(errorMessage(error))]),
    onReady: () => shell.parserError.clear(),
  });
}

/** After the first paint: a restored draft gets its preview as soon as the parser is in, an empty one a warm-up parse. */
function startParser(shell: Shell, context: AppContext): void {
  releaseParser();
  if (!shell.session.draft.notes) withParser((parser) => warmUpParser(parser, context.state.today));
}

function start(root: HTMLElement): void {
  const shell: Shell = {
    root,
    session: createNotesSession(readLocalDraft()),
    drafts: createDraftStore((draft: Draft) => callServer('saveDraft', draft)),
    bootError: errorArea(),
    parserError: errorArea(),
    selectedTab: 'notes',
  };
  const context = createContext(shell, provisionalState());
  let typedBeforeLoad = false;
  root.addEventListener('input', () => (typedBeforeLoad ||= !context.loaded), { capture: true });
  window.addEventListener('pagehide', () => shell.drafts.flush());
  context.rerender();
  performance.mark('minuta:first-paint');
  afterFirstPaint(() => startParser(shell, context));
  callServer('getSidebarState')
    .then((state) => applyServerState(shell, context, state, typedBeforeLoad))
    .catch((error: unknown) => shell.bootError.show([context.strings.loadError(errorMessage(error))]));
  fetchParser(shell, context);
}

start(document.getElementById('app') ?? document.body.appendChild(h('div', { id: 'app' })));
