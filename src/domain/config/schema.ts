import { z } from 'zod';

import { newZealandFieldServiceCalendar } from '../calendar/calendar-presets';
import { calendarSettingsSchema } from '../calendar/calendar-settings-schema';
import { noWordingOverrides, wordingOverridesSchema } from '../catalogue/wording-overrides-schema';
import { checklistSettingsSchema } from '../checklist/checklist-settings-schema';
import { noteWordingSchema } from '../notes/note-wording-schema';
import { clockSettingsSchema, defaultClockSettings } from '../promises/clock-settings';
import { rulesSettingsSchema } from '../rules/rules-settings-schema';
import { currentConfigVersion, upgradeConfig } from './migrate-config';

const presetIds = ['field-service', 'it-service-desk'] as const;

const accountIdSchema = z
  .string()
  .trim()
  .min(1, 'An account id cannot be empty.')
  .max(128, 'An account id has at most 128 characters.');

const statusNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a status name.')
  .max(255, 'A status name has at most 255 characters.');

/** Accounts whose comments the admin has classified by hand. */
const specialAccountsSchema = z.object({
  /** Comments by these count as the customer's (an email bridge, a portal on the customer's side). */
  customerProxies: z.array(accountIdSchema).max(200),
  /** Comments by these never drive a customer rule, even when they hold an agent licence. */
  integrations: z.array(accountIdSchema).max(200),
  /** Installer accounts. */
  installers: z.array(accountIdSchema).max(200),
});

/** The one schema of a stored configuration document (site defaults or one project's). */
export const configSchema = z.object({
  version: z.literal(currentConfigVersion),
  companyName: z
    .string()
    .trim()
    .min(1, 'Enter your company name.')
    .max(80, 'The company name has at most 80 characters.'),
  /** Which catalogue of statuses and words the desk starts from. */
  preset: z.enum(presetIds, { error: 'Choose the field-service or the IT service desk preset.' }),
  /** Workflow status name to catalogue entry id; wins over matching by name and aliases. */
  statusMapping: z.record(statusNameSchema, z.string().min(1).max(64)),
  rules: rulesSettingsSchema,
  accounts: specialAccountsSchema,
  /** The business calendar promises count on; null when the desk has not set one. */
  calendar: calendarSettingsSchema.nullable().default(newZealandFieldServiceCalendar),
  /** Which statuses start, pause and meet each promise clock. */
  clocks: clockSettingsSchema.default(defaultClockSettings),
  /** The admin's own words, over the preset's. */
  wording: wordingOverridesSchema.default(noWordingOverrides),
  /** What information each request type needs, and how registrations are written. */
  checklists: checklistSettingsSchema,
  /** The admin's wording of the notes the app posts in the conversation, over the built-in. */
  notes: noteWordingSchema.default({}),
});

/** The presets a configuration can start from. */
export type PresetId = (typeof presetIds)[number];

/** A valid configuration document. */
export type StatusGuideConfig = z.infer<typeof configSchema>;

/** A reason a document is invalid, with the path of the field at fault ("rules.reopen.targetStatus"). */
export interface ConfigProblem {
  path: string;
  message: string;
}

/** The result of checking a document: the parsed configuration, or every problem found. */
export type ConfigCheck =
  { ok: true; config: StatusGuideConfig } | { ok: false; problems: ConfigProblem[] };

/**
 * Checks an unknown value against the configuration schema, after upgrading a document of an
 * older version to the current one; never throws.
 * @example checkConfig({}).ok // false
 */
export const checkConfig = (input: unknown): ConfigCheck => {
  const parsed = configSchema.safeParse(upgradeConfig(input));
  if (parsed.success) return { ok: true, config: parsed.data };

  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(document)',
      message: issue.message,
    })),
  };
};
