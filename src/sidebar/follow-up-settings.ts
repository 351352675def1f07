// Settings: the weekly follow-up schedule, its health, and the "Preview email" and "Send now" buttons.
import type { EmailPreview, FollowUpSettings, FollowUpStatus, Weekday } from '../server/api';
import type { AppContext } from './app-context';
import { h, replaceChildren } from './dom';
import { checkboxField, selectField } from './form-controls';
import { errorArea, errorMessage, statusArea, type MessageArea } from './messages';
import { callServer } from './server';

const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function healthList(status: FollowUpStatus, context: AppContext): HTMLElement {
  const strings = context.strings.settings;
  const entry = (term: string, value: string): HTMLElement[] => [h('dt', {}, [term]), h('dd', {}, [value])];
  return h('dl', { class: 'health' }, [
    ...entry(strings.trigger, status.installed ? strings.installed : strings.notInstalled),
    ...entry(strings.installedBy, status.installedBy ?? '—'),
    ...entry(strings.nextRun, status.nextRun ?? '—'),
    ...entry(strings.lastRun, status.lastRun ?? strings.never),
    ...entry(strings.lastResult, status.lastResult ?? '—'),
    ...entry(strings.quotaLeft, String(status.quotaLeft)),
  ]);
}

/** The email as text: its HTML body is the server's, but this view never parses HTML. */
function emailPreview(email: EmailPreview, context: AppContext): HTMLElement {
  const strings = context.strings.settings;
  return h('article', { class: 'card email' }, [
    h('p', {}, [h('strong', {}, [`${strings.emailTo}: `]), email.to]),
    email.cc ? h('p', {}, [h('strong', {}, [`${strings.emailCc}: `]), email.cc]) : null,
    h('p', {}, [h('strong', {}, [`${strings.emailSubject}: `]), email.subject]),
    h('pre', { class: 'email-body' }, [email.body]),
  ]);
}

interface ScheduleControls {
  element: HTMLElement;
  read(): FollowUpSettings;
}

function scheduleControls(context: AppContext): ScheduleControls {
  const strings = context.strings.settings;
  const settings = context.state.followUp;
  const [enabledField, enabled] = checkboxField(strings.enabled, settings.enabled);
  const weekdayOptions = WEEKDAYS.map((day): [string, string] => [day, strings.weekdays[day]]);
  const [weekdayField, weekday] = selectField(strings.weekday, weekdayOptions, settings.weekday);
  const hourOptions = HOURS.map((hour): [string, string] => [
    String(hour),
    `${String(hour).padStart(2, '0')}:00`,
  ]);
  const [hourField, hour] = selectField(strings.hour, hourOptions, String(settings.hour));
  const [clientField, toClient] = checkboxField(strings.sendToClient, settings.sendToClient);
  const [copyField, copyAssistant] = checkboxField(strings.copyAssistant, settings.copyAssistant);
  const [ownersField, toOwners] = checkboxField(strings.sendToOwners, settings.sendToOwners);
  const [emptyField, whenEmpty] = checkboxField(strings.sendWhenEmpty, settings.sendWhenEmpty);
  const recipients = h('fieldset', {}, [
    h('legend', {}, [strings.recipients]),
    clientField,
    copyField,
    ownersField,
  ]);
  return {
    element: h('div', {}, [
      enabledField,
      h('div', { class: 'row-2' }, [weekdayField, hourField]),
      recipients,
      emptyField,
    ]),
    read: () => ({
      enabled: enabled.checked,
      weekday: weekday.value as Weekday,
      hour: Number(hour.value),
      sendToClient: toClient.checked,
      copyAssistant: copyAssistant.checked,
      sendToOwners: toOwners.checked,
      sendWhenEmpty: whenEmpty.checked,
      language: context.language,
    }),
  };
}

/** Runs one server call for a button: clears old messages, shows a failure in the alert area. */
async function run<T>(error: MessageArea, status: MessageArea, context: AppContext, call: () => Promise<T>) {
  error.clear();
  status.clear();
  try {
    return await call();
  } catch (failure) {
    error.show([context.strings.serverError(errorMessage(failure))]);
    return null;
  }
}

interface FollowUpView {
  health: HTMLElement;
  emails: HTMLElement;
  status: MessageArea;
  error: MessageArea;
}

interface FollowUpActions {
  save(): Promise<void>;
  refresh(): Promise<void>;
  preview(): Promise<void>;
  sendNow(): Promise<void>;
}

function followUpActions(
  context: AppContext,
  view: FollowUpView,
  schedule: ScheduleControls,
): FollowUpActions {
  const strings = context.strings.settings;
  const call = <T>(request: () => Promise<T>) => run(view.error, view.status, context, request);
  const showHealth = (followUpStatus: FollowUpStatus | null): void => {
    if (followUpStatus) replaceChildren(view.health, [healthList(followUpStatus, context)]);
  };
  const refresh = async (): Promise<void> => showHealth(await call(() => callServer('getFollowUpStatus')));
  return {
    refresh,
    async save() {
      const settings = schedule.read();
      const saved = await call(() => callServer('saveFollowUpSettings', settings));
      if (!saved) return;
      context.state.followUp = settings;
      showHealth(saved);
      view.status.show([strings.followUpSaved]);
    },
    async preview() {
      const previews = await call(() => callServer('previewFollowUp'));
      if (!previews) return;
      const shown =
        previews.length > 0 ? previews.map((email) => emailPreview(email, context)) : [strings.noEmails];
      replaceChildren(view.emails, shown);
    },
    async sendNow() {
      const message = await call(() => callServer('sendFollowUpNow'));
      if (message === null) return;
      await refresh();
      view.status.show([message]);
    },
  };
}

function actionButton(
  label: string,
  onClick: () => Promise<void>,
  className = 'secondary',
): HTMLButtonElement {
  return h('button', { type: 'button', class: className, onClick: () => void onClick() }, [label]);
}

export function followUpSettings(context: AppContext): HTMLElement {
  const strings = context.strings.settings;
  const schedule = scheduleControls(context);
  const view: FollowUpView = {
    health: h('div', { class: 'health-box' }),
    emails: h('div', { class: 'emails' }),
    status: statusArea(),
    error: errorArea(),
  };
  const actions = followUpActions(context, view, schedule);
  if (context.loaded) void actions.refresh();
  return h('section', { class: 'settings-section', 'aria-labelledby': 'follow-up-heading' }, [
    h('h2', { id: 'follow-up-heading' }, [strings.followUpHeading]),
    schedule.element,
    h('div', { class: 'actions' }, [actionButton(strings.saveFollowUp, actions.save, 'action')]),
    h('h3', {}, [strings.healthHeading]),
    view.health,
    h('div', { class: 'actions' }, [
      actionButton(strings.refreshStatus, actions.refresh),
      actionButton(strings.previewEmail, actions.preview),
      actionButton(strings.sendNow, actions.sendNow),
    ]),
    view.error.element,
    view.status.element,
    view.emails,
  ]);
}
