// The Notes tab: meeting date, title and notes, the live preview, and the insert button with its result.
import type { ImportResult } from '../server/api';
import type { AppContext } from './app-context';
import { debounce } from './debounce';
import { h, replaceChildren } from './dom';
import type { DraftStore } from './draft-store';
import { errorArea, errorMessage, statusArea, type MessageArea } from './messages';
import { retryParser, withParser, type NotesParser } from './notes-parser';
import { reparse, type NotesSession } from './notes-session';
import { previewView } from './preview-view';
import { callServer } from './server';
import {
  buildImportRequest,
  countPreview,
  editObjective,
  rememberEdit,
  type MeetingFields,
} from './view-model';

const PARSE_DELAY_MS = 150;

/** The task fields its playbook steps are computed from. */
const STEP_SOURCES: ReadonlySet<string> = new Set(['due', 'objective', 'priority']);

interface NotesElements {
  meetingDate: HTMLInputElement;
  title: HTMLInputElement;
  counts: HTMLElement;
  preview: HTMLElement;
  insert: HTMLButtonElement;
  result: MessageArea;
  error: MessageArea;
}

function updateCounts(session: NotesSession, context: AppContext, elements: NotesElements): void {
  const { model } = session;
  const hasItems = model !== null && (model.tasks.length > 0 || model.objectives.length > 0);
  elements.counts.textContent = hasItems
    ? context.strings.counts(countPreview(model))
    : context.strings.emptyPreview;
}

function renderPreview(
  parser: NotesParser,
  session: NotesSession,
  context: AppContext,
  elements: NotesElements,
): void {
  performance.mark('minuta:preview-start');
  const model = reparse(parser, session, context);
  const detected = session.result?.meetingDate ?? context.state.today;
  if (!session.draft.meetingDate) elements.meetingDate.value = detected;
  elements.title.placeholder = session.result?.title || context.strings.titlePlaceholder;
  replaceChildren(elements.preview, [
    previewView(model, {
      strings: context.strings,
      people: context.state.people,
      meetingDate: session.draft.meetingDate ?? detected,
      onTaskEdit: (row, field, value) => {
        session.remembered = rememberEdit(session.remembered, row, field, value);
        updateCounts(session, context, elements);
        // The steps of an expanded task follow its date and objective.
        if (row.fields.expandedWith && !row.stepOf && STEP_SOURCES.has(field)) {
          renderPreview(parser, session, context, elements);
        }
      },
      onExpand: (row, playbookName) => {
        session.remembered = rememberEdit(session.remembered, row, 'expandedWith', playbookName);
        renderPreview(parser, session, context, elements);
        elements.preview
          .querySelector<HTMLElement>(`li.task[data-index="${model.tasks.indexOf(row)}"] textarea`)
          ?.focus();
      },
      onObjectiveEdit: (row, change) => {
        editObjective(session.objectiveEdits, row, change);
        updateCounts(session, context, elements);
      },
    }),
  ]);
  updateCounts(session, context, elements);
  // Only the latest preview's duration is kept: the bench reads it, and typing must not grow the buffer.
  performance.clearMeasures('minuta:preview');
  performance.measure('minuta:preview', 'minuta:preview-start');
}

function showImportResult(result: ImportResult, context: AppContext, elements: NotesElements): void {
  const showRows = h('button', {
    type: 'button',
    class: 'link',
    onClick: () => {
      callServer('selectRows', result.tasksSheet, result.addedRows).catch((error: unknown) =>
        elements.error.show([context.strings.serverError(errorMessage(error))]),
      );
    },
  });
  showRows.textContent = context.strings.showNewRows;
  elements.result.show([h('span', {}, [result.message]), ' ', result.addedRows.length > 0 ? showRows : null]);
}

/** The meeting as the VA set it, else as the notes state it, else today. */
function meetingFields(session: NotesSession, context: AppContext): MeetingFields {
  return {
    date: session.draft.meetingDate ?? session.result?.meetingDate ?? context.state.today,
    title: session.draft.title.trim() || session.result?.title || '',
    notes: session.draft.notes,
  };
}

function setBusy(button: HTMLButtonElement, busy: boolean, context: AppContext): void {
  button.disabled = busy;
  button.toggleAttribute('aria-busy', busy);
  button.textContent = busy ? context.strings.inserting : context.strings.insert;
}

async function insert(
  session: NotesSession,
  context: AppContext,
  elements: NotesElements,
  drafts: DraftStore,
) {
  elements.error.clear();
  elements.result.clear();
  if (!session.model) return;
  const request = buildImportRequest(session.model, meetingFields(session, context), context.language);
  if (request.tasks.length === 0 && request.objectives.length === 0) {
    elements.error.show([context.strings.nothingToInsert]);
    return;
  }
  drafts.flush();
  setBusy(elements.insert, true, context);
  try {
    showImportResult(await callServer('importMeeting', request), context, elements);
  } catch (error) {
    elements.error.show([context.strings.serverError(errorMessage(error))]);
  } finally {
    setBusy(elements.insert, false, context);
  }
}

function labelled(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return h('div', { class: 'field' }, [h('label', { for: id }, [label]), control]);
}

export function notesPanel(session: NotesSession, context: AppContext, drafts: DraftStore): HTMLElement {
  const { strings } = context;
  const elements: NotesElements = {
    meetingDate: h('input', { type: 'date', value: session.draft.meetingDate ?? context.state.today }),
    title: h('input', { type: 'text', value: session.draft.title, placeholder: strings.titlePlaceholder }),
    counts: h('p', { class: 'counts', role: 'status' }),
    preview: h('div', { class: 'preview' }),
    insert: h('button', { type: 'button', class: 'action' }, [strings.insert]),
    result: statusArea(),
    error: errorArea(),
  };
  // Until the parser is in (after the first paint) a restored draft waits for its preview; one function, so a
  // VA typing meanwhile queues one preview, not one per pause.
  const preview = (parser: NotesParser): void => renderPreview(parser, session, context, elements);
  const refresh = (): void => withParser(preview);
  // A parser that failed to load is asked for again once the VA pauses typing.
  const parseLater = debounce(() => {
    retryParser();
    refresh();
  }, PARSE_DELAY_MS);
  const saveDraft = (): void => drafts.save({ ...session.draft });
  const notes = h('textarea', { rows: 12, placeholder: strings.notesPlaceholder, spellcheck: true });
  notes.value = session.draft.notes;
  notes.addEventListener('input', () => {
    session.draft.notes = notes.value;
    saveDraft();
    parseLater();
  });
  elements.title.addEventListener('input', () => {
    session.draft.title = elements.title.value;
    saveDraft();
  });
  elements.meetingDate.addEventListener('change', () => {
    session.draft.meetingDate = elements.meetingDate.value || null;
    saveDraft();
    refresh();
  });
  elements.insert.addEventListener('click', () => {
    // A click right after typing must insert what is in the box, not the preview of a moment ago.
    parseLater.flush();
    void insert(session, context, elements, drafts);
  });
  // The hint for empty notes needs no parser, so it is there at the first paint.
  if (!session.draft.notes) updateCounts(session, context, elements);
  refresh();
  return h('div', { class: 'panel-body' }, [
    h('div', { class: 'row-2' }, [
      labelled('meeting-date', strings.meetingDate, elements.meetingDate),
      labelled('meeting-title', strings.title, elements.title),
    ]),
    labelled('notes', strings.notes, notes),
    h('h2', {}, [strings.previewHeading]),
    elements.counts,
    elements.preview,
    h('div', { class: 'actions' }, [elements.insert]),
    elements.error.element,
    elements.result.element,
  ]);
}
