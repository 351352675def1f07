// The task cards of the preview: one template cloned per task and one set of listeners for the whole list (fast for 200-line notes).
import type { IsoDate, ParsedObjective, PersonRecord, Priority } from '../core/types';
import type { SidebarStrings } from '../core/i18n/sidebar';
import { dueCaption } from './date-caption';
import { h, replaceChildren } from './dom';
import { taskFlags, unflaggedWarnings } from './task-flags';
import type { TaskFields, TaskRow } from './view-model';

export interface TaskListContext {
  strings: SidebarStrings;
  people: PersonRecord[];
  meetingDate: IsoDate | null;
  objectives: ParsedObjective[];
  /** Id of the datalist of People names the owner inputs suggest from. */
  peopleListId: string;
  onEdit<K extends keyof TaskFields>(row: TaskRow, field: K, value: TaskFields[K]): void;
  /** Expands the task with the named playbook, or takes the expansion back (null). */
  onExpand(row: TaskRow, playbookName: string | null): void;
}

const PRIORITIES: Priority[] = ['high', 'medium', 'low'];

type EditableField = keyof TaskFields;

/** A control wrapped in its label: the association needs no id, so clones stay valid. */
function labelled(text: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, [h('span', { class: 'label' }, [text]), control]);
}

function options(entries: Array<[value: string, text: string]>): HTMLOptionElement[] {
  return entries.map(([value, text]) => h('option', { value }, [text]));
}

function taskTemplate(context: TaskListContext): HTMLElement {
  const { strings } = context;
  const priorityOptions = options([
    ['', strings.priorities.none],
    ...PRIORITIES.map((priority): [string, string] => [priority, strings.priorities[priority]]),
  ]);
  const objectiveOptions = options([
    ['', strings.noObjective],
    ...context.objectives.map((objective): [string, string] => [
      objective.id,
      `${objective.id} · ${objective.text}`,
    ]),
  ]);
  return h('li', { class: 'card task' }, [
    h('div', { class: 'task-head' }, [
      h('input', { type: 'checkbox', 'data-field': 'include' }),
      h('textarea', { class: 'task-text', 'data-field': 'text', 'aria-label': strings.taskText }),
    ]),
    h('div', { class: 'grid' }, [
      labelled(
        strings.owner,
        h('input', { type: 'text', 'data-field': 'owner', list: context.peopleListId, autocomplete: 'off' }),
      ),
      labelled(strings.priority, h('select', { 'data-field': 'priority' }, priorityOptions)),
      labelled(strings.dueDate, h('input', { type: 'date', 'data-field': 'due' })),
      context.objectives.length > 0
        ? labelled(strings.objective, h('select', { 'data-field': 'objective' }, objectiveOptions))
        : null,
      h('div', { class: 'caption' }),
    ]),
    h('div', { class: 'flags', 'aria-live': 'polite' }),
    h('div', { class: 'playbook-actions' }),
  ]);
}

/** Enough lines to read the whole task in a 300 px sidebar without scrolling the box. */
function textRows(text: string): number {
  const charactersPerLine = 30;
  return Math.min(4, Math.max(1, Math.ceil(text.length / charactersPerLine)));
}

function control<T extends HTMLElement>(card: HTMLElement, field: EditableField): T | null {
  return card.querySelector<T>(`[data-field="${field}"]`);
}

function renderFlags(card: HTMLElement, row: TaskRow, context: TaskListContext): void {
  const flagList = card.querySelector('.flags');
  if (!flagList) return;
  const flags = taskFlags(row, context.people, context.meetingDate);
  replaceChildren(
    flagList,
    flags.map((flag) => h('span', { class: `flag flag-${flag}` }, [context.strings.flags[flag]])),
  );
}

function actionButton(action: 'expand' | 'undo', label: string): HTMLElement {
  return h('button', { type: 'button', class: 'link', 'data-action': action }, [label]);
}

/** "Expand into N steps" on a task a playbook matches; "Undo" on one already expanded. */
function fillPlaybookActions(card: HTMLElement, row: TaskRow, context: TaskListContext): void {
  const slot = card.querySelector('.playbook-actions');
  if (!slot) return;
  const { playbook, fields } = row;
  const children: HTMLElement[] = [];
  if (playbook) {
    children.push(actionButton('expand', context.strings.playbook.expandLabel(playbook.steps.length)));
  } else if (fields.expandedWith && !row.stepOf) {
    if (row.countedFromMeeting) {
      children.push(h('p', { class: 'caption' }, [context.strings.playbook.countedFromMeeting]));
    }
    children.push(actionButton('undo', context.strings.undoExpand));
  }
  replaceChildren(slot, children);
}

function fillCard(card: HTMLElement, row: TaskRow, index: number, context: TaskListContext): void {
  const { strings } = context;
  const { fields } = row;
  card.dataset.index = String(index);
  card.classList.toggle('excluded', !fields.include);
  card.classList.toggle('step', row.stepOf !== null);
  fillPlaybookActions(card, row, context);
  const include = control<HTMLInputElement>(card, 'include');
  if (include) {
    include.checked = fields.include;
    include.setAttribute('aria-label', `${strings.include}: ${fields.text}`);
  }
  const text = control<HTMLTextAreaElement>(card, 'text');
  if (text) {
    text.value = fields.text;
    text.rows = textRows(fields.text);
  }
  const setValue = (field: EditableField, value: string | null): void => {
    const element = control<HTMLInputElement | HTMLSelectElement>(card, field);
    if (element) element.value = value ?? '';
  };
  setValue('owner', fields.owner);
  setValue('priority', fields.priority);
  setValue('due', fields.due);
  setValue('objective', fields.objective);
  const caption = card.querySelector('.caption');
  if (caption) caption.textContent = dueCaption(row.task.dueText, row.task.due, strings);
  renderFlags(card, row, context);
  card.append(
    ...unflaggedWarnings(row.warnings).map((warning) => h('p', { class: 'row-warning' }, [warning.message])),
  );
}

/** The value a control holds, as the field's type: empty means none. */
function readControl(
  element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  field: EditableField,
) {
  if (field === 'include') return (element as HTMLInputElement).checked;
  if (field === 'text' || field === 'owner') return element.value;
  return element.value === '' ? null : element.value;
}

function listenForEdits(list: HTMLElement, rows: TaskRow[], context: TaskListContext): void {
  const onEdit = (event: Event): void => {
    const element = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = element.dataset.field as EditableField | undefined;
    const card = element.closest<HTMLElement>('li.task');
    const row = rows[Number(card?.dataset.index)];
    if (!field || !card || !row) return;
    // The owner updates as typed (its flags follow); the rest on change, so a date half typed is not taken.
    if (event.type === 'input' && field !== 'owner') return;
    context.onEdit(row, field, readControl(element, field) as TaskFields[typeof field]);
    card.classList.toggle('excluded', !row.fields.include);
    renderFlags(card, row, context);
  };
  list.addEventListener('input', onEdit);
  list.addEventListener('change', onEdit);
  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const row = rows[Number(button?.closest<HTMLElement>('li.task')?.dataset.index)];
    if (!button || !row) return;
    context.onExpand(row, button.dataset.action === 'expand' ? (row.playbook?.name ?? null) : null);
  });
}

export function taskList(rows: TaskRow[], context: TaskListContext): HTMLElement {
  const template = taskTemplate(context);
  const list = h('ul', { class: 'cards' });
  const cards = rows.map((row, index) => {
    const card = template.cloneNode(true) as HTMLElement;
    fillCard(card, row, index, context);
    return card;
  });
  list.append(...cards);
  listenForEdits(list, rows, context);
  return list;
}
