// The preview under the notes: counts, objectives with their SMART badges, and the editable task cards.
import type { IsoDate, PersonRecord } from '../core/types';
import type { SidebarStrings } from '../core/i18n/sidebar';
import { BLANK } from '../core/coach';
import { coachPanel } from './coach-panel';
import { dueCaption } from './date-caption';
import { h, uniqueId } from './dom';
import { smartBadges } from './smart-badges';
import { taskList, type TaskListContext } from './task-row';
import type { ObjectiveEdits, ObjectiveRow, PreviewModel } from './view-model';

export interface PreviewContext {
  strings: SidebarStrings;
  people: PersonRecord[];
  meetingDate: IsoDate | null;
  onTaskEdit: TaskListContext['onEdit'];
  onExpand: TaskListContext['onExpand'];
  /** Applies the change to the row (editObjective), so the card can redraw from it. */
  onObjectiveEdit(row: ObjectiveRow, change: ObjectiveEdits): void;
}

/** Once the VA took the rewrite, the text is theirs to finish: the blanks stay until they fill them. */
function objectiveText(row: ObjectiveRow, strings: SidebarStrings, onEdit: (change: ObjectiveEdits) => void) {
  if (row.text === row.objective.text) {
    return h('span', { class: 'objective-text' }, [`${row.objective.id} · ${row.text}`]);
  }
  const input = h('textarea', {
    class: 'objective-input',
    rows: 2,
    'aria-label': strings.coach.objectiveText,
    value: row.text,
    onChange: (event) => onEdit({ text: (event.target as HTMLTextAreaElement).value }),
  });
  return h('span', { class: 'objective-edit' }, [
    input,
    row.text.includes(BLANK) ? h('span', { class: 'caption' }, [strings.coach.fillBlanks]) : null,
  ]);
}

/** Redraws one card after a change to its objective, keeping focus on the control that had it. */
function redrawCard(card: HTMLElement, row: ObjectiveRow, context: PreviewContext, change: ObjectiveEdits) {
  const letter = (document.activeElement as HTMLElement | null)?.dataset.letter;
  const fresh = objectiveCard(row, context.strings, context);
  card.replaceWith(fresh);
  const focusTarget =
    change.text !== undefined
      ? fresh.querySelector<HTMLElement>('.objective-input')
      : fresh.querySelector<HTMLElement>(`[data-letter="${letter ?? ''}"]`);
  focusTarget?.focus();
}

function objectiveCard(row: ObjectiveRow, strings: SidebarStrings, context: PreviewContext): HTMLElement {
  const { objective } = row;
  const onEdit = (change: ObjectiveEdits): void => {
    context.onObjectiveEdit(row, change);
    // Only opening or folding the section leaves what the card shows unchanged.
    if (Object.keys(change).some((field) => field !== 'coachOpen')) redrawCard(card, row, context, change);
  };
  const card = h('li', {
    class: row.include ? 'card objective' : 'card objective excluded',
    'data-line': objective.line,
  });
  const include = h('input', {
    type: 'checkbox',
    checked: row.include,
    'aria-label': `${strings.include}: ${objective.text}`,
    onChange: (event) => {
      const checked = (event.target as HTMLInputElement).checked;
      card.classList.toggle('excluded', !checked);
      context.onObjectiveEdit(row, { include: checked });
    },
  });
  const caption = dueCaption(objective.dueText, objective.due, strings);
  card.append(
    h('div', { class: 'task-head' }, [include, objectiveText(row, strings, onEdit)]),
    smartBadges(row.coaching, strings),
    caption ? h('div', { class: 'caption' }, [caption]) : '',
    coachPanel(row, strings, onEdit),
    // Objectives carry no flags, so every warning about one is spelled out.
    ...row.warnings.map((warning) => h('p', { class: 'row-warning' }, [warning.message])),
  );
  return card;
}

function peopleDatalist(people: PersonRecord[], id: string): HTMLDataListElement {
  return h(
    'datalist',
    { id },
    people.map((person) => h('option', { value: person.name })),
  );
}

export function previewView(model: PreviewModel, context: PreviewContext): DocumentFragment {
  const { strings } = context;
  const peopleListId = uniqueId('people');
  const listContext: TaskListContext = {
    strings,
    people: context.people,
    meetingDate: context.meetingDate,
    objectives: model.result.objectives,
    peopleListId,
    onEdit: context.onTaskEdit,
    onExpand: context.onExpand,
  };
  const fragment = document.createDocumentFragment();
  fragment.append(
    peopleDatalist(context.people, peopleListId),
    ...model.generalWarnings.map((warning) => h('p', { class: 'row-warning' }, [warning.message])),
  );
  if (model.objectives.length > 0) {
    fragment.append(
      h('h3', {}, [strings.objectivesHeading]),
      h(
        'ul',
        { class: 'cards' },
        model.objectives.map((row) => objectiveCard(row, strings, context)),
      ),
    );
  }
  if (model.tasks.length > 0) {
    fragment.append(h('h3', {}, [strings.tasksHeading]), taskList(model.tasks, listContext));
  }
  return fragment;
}
