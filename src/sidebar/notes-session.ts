// What the Notes tab keeps across redraws: the draft, the VA's edits to the preview, the last parse.
import { SIDEBAR_STRINGS } from '../core/i18n/sidebar';
import type { IsoDate, Language, ParseResult } from '../core/types';
import type { Draft } from '../server/api';
import type { AppContext } from './app-context';
import type { NotesParser } from './notes-parser';
import { buildPreview, type ObjectiveEdits, type PreviewModel, type RememberedEdits } from './view-model';

const LANGUAGES: Language[] = ['es', 'en'];

export interface NotesSession {
  draft: Draft;
  remembered: RememberedEdits[];
  /** What the VA changed on objectives, by normalised text. */
  objectiveEdits: Map<string, ObjectiveEdits>;
  result: ParseResult | null;
  model: PreviewModel | null;
}

export function createNotesSession(draft: Draft | null): NotesSession {
  return {
    draft: draft ?? { meetingDate: null, title: '', notes: '' },
    remembered: [],
    objectiveEdits: new Map(),
    result: null,
    model: null,
  };
}

/** Parses the notes in the browser and lays the VA's edits over the result. */
export function reparse(parser: NotesParser, session: NotesSession, context: AppContext): PreviewModel {
  const result = parser.parseNotes(session.draft.notes, {
    meetingDate: session.draft.meetingDate,
    today: context.state.today,
    language: 'auto',
    people: context.state.people,
  });
  session.result = result;
  session.model = buildPreview(result, session.remembered, session.objectiveEdits, {
    playbooks: context.state.playbooks,
    meetingDate: session.draft.meetingDate ?? result.meetingDate ?? context.state.today,
  });
  return session.model;
}

/**
 * The first parse is several times slower than the next ones (regular expressions compile, the engine warms up):
 * parsing the example note while the VA has not typed yet keeps that cost out of the first real preview.
 */
export function warmUpParser(parser: NotesParser, today: IsoDate): void {
  for (const language of LANGUAGES) {
    parser.parseNotes(SIDEBAR_STRINGS[language].notesPlaceholder, { today, language });
  }
}
