// The preview under the notes: counts, objectives with their SMART badges, and the editable task cards.
import type { IsoDate, PersonRecord } from '../core/types';
import type { SidebarStrings } from '../core/i18n/sidebar';
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
  onObjectiveEdit(row: ObjectiveRow, change: ObjectiveEdits): void;
}

function objectiveCard(row: ObjectiveRow, strings: SidebarStrings, context: PreviewContext): HTMLElement {
  const { objective } = row;
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
    h('div', { class: 'task-head' }, [
      include,
      h('span', { class: 'objective-text' }, [`${objective.id} · ${objective.text}`]),
    ]),
    smartBadges(row.smart, strings, (letter, confirmed) =>
      context.onObjectiveEdit(row, { [letter]: confirmed }),
    ),
    caption ? h('div', { class: 'caption' }, [caption]) : '',
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
