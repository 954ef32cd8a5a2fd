import { defaultCalendarSettings } from '../calendar/calendar-presets';
import { defaultClockSettings } from '../promises/clock-settings';
import { defaultRules } from '../rules/rules-settings-schema';
import { defaultConfig } from './defaults';
import type { PresetId, StatusGuideConfig } from './schema';

/**
 * A fresh configuration for a preset: the field-service defaults, or for the IT service desk
 * JSM's standard status names as the rules' targets, the field-maintenance rules and sweeps off, the
 * acknowledgement promise on its own entries, and a calendar of weekdays 09:00 to 17:00 UTC.
 * @example configForPreset('it-service-desk').rules.reopen.targetStatus // 'Waiting for support'
 */
export const configForPreset = (preset: PresetId): StatusGuideConfig => {
  const base = structuredClone(defaultConfig);
  if (preset === 'field-service') return base;

  const rules = structuredClone(defaultRules);
  rules.reopen.targetStatus = 'Waiting for support';
  rules.handBack.targetStatus = 'Waiting for support';
  rules.dispatched.enabled = false;
  rules.installerFinished.enabled = false;
  rules.sweeps.installerSilence.enabled = false;
  rules.sweeps.reconcileDispatch.enabled = false;
  rules.sweeps.stockEtaPassed.enabled = false;

  const clocks = structuredClone(defaultClockSettings);
  clocks.acknowledgement.openEntryIds = ['waiting-for-support'];
  clocks.acknowledgement.pausedBy = {
    'it-waiting-for-customer': 'waiting-for-customer',
    pending: 'on-hold',
  };

  return { ...base, preset, rules, clocks, calendar: structuredClone(defaultCalendarSettings) };
};
