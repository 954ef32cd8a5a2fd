import { newZealandFieldServiceCalendar } from '../calendar/calendar-presets';
import { noWordingOverrides } from '../catalogue/wording-overrides-schema';
import { presetChecklists } from '../checklist/checklist-presets';
import { defaultClockSettings } from '../promises/clock-settings';
import { defaultRules } from '../rules/rules-settings-schema';
import { currentConfigVersion } from './migrate-config';
import type { StatusGuideConfig } from './schema';

/** The configuration in force before an admin saves anything: the field-service preset. */
export const defaultConfig: StatusGuideConfig = {
  version: currentConfigVersion,
  companyName: 'our team',
  preset: 'field-service',
  statusMapping: {},
  rules: structuredClone(defaultRules),
  accounts: { customerProxies: [], integrations: [], installers: [] },
  calendar: newZealandFieldServiceCalendar,
  clocks: defaultClockSettings,
  wording: noWordingOverrides,
  checklists: presetChecklists,
  notes: {},
};
