// The follow-up adapter: what the server entry calls for the weekly trigger, "Send now", the preview and the settings.
import { defaultFollowUpSettings, sanitiseFollowUpSettings } from '../../core/followup';
import type { Language } from '../../core/types';
import type { FollowUpSettings, FollowUpStatus } from '../api';
import { withDocumentLock } from '../lock';
import { loadFollowUpSettings, saveFollowUpSettings } from './store';
import { followUpStatus, installFollowUpTrigger, removeFollowUpTrigger, type StatusDeps } from './trigger';

export { previewFollowUp, runFollowUp, type FollowUpDeps, type FollowUpRunResult } from './run';
export { followUpSpreadsheetId, loadFollowUpSettings, saveFollowUpSettings } from './store';
export {
  FOLLOW_UP_HANDLER,
  followUpStatus,
  installFollowUpTrigger,
  removeFollowUpTrigger,
  type StatusDeps,
  type TriggerDeps,
} from './trigger';

export interface SettingsDeps extends StatusDeps {
  lockService: GoogleAppsScript.Lock.LockService;
}

/**
 * The sidebar's "save": stores the settings (a field the sidebar sent wrong keeps its saved value), then
 * installs the one trigger or removes it, and reports health. Under the document lock, so two saves at
 * once (a double click, two editors) cannot leave two triggers. `language` is the spreadsheet's, for defaults.
 */
export function applyFollowUpSettings(
  deps: SettingsDeps,
  settings: FollowUpSettings,
  language: Language,
): FollowUpStatus {
  return withDocumentLock(deps.lockService, () => {
    const current = loadFollowUpSettings(deps.properties, defaultFollowUpSettings(language));
    const saved = sanitiseFollowUpSettings(settings, current);
    saveFollowUpSettings(deps.properties, saved);
    if (saved.enabled) installFollowUpTrigger(deps, saved);
    else removeFollowUpTrigger(deps);
    return followUpStatus(deps, saved);
  });
}
