import type { SiteSettings } from '../../../src/contracts/admin';

/** Paths of the settings form's fields, as the admin resolver names them in `error.fields`. */
export const settingsFields = {
  companyName: 'companyName',
  reopenEnabled: 'reopen.enabled',
  reopenTargetStatus: 'reopen.targetStatus',
} as const;

/** Messages about the settings, keyed by field path ('reopen.targetStatus'). */
export type SettingsFieldErrors = Partial<Record<string, string>>;

const companyNameMaxLength = 80;
const statusNameMaxLength = 255;

/**
 * Checks the settings as the server will before saving them, so the admin hears about a mistake
 * without a round trip. Returns one message per field at fault; an empty object means valid.
 *
 * @example validateSettings({ companyName: ' ', reopen: { enabled: false, targetStatus: 'Open' } })
 * // { companyName: 'Enter your company name.' }
 */
export const validateSettings = (settings: SiteSettings): SettingsFieldErrors => {
  const errors: SettingsFieldErrors = {};
  const companyName = settings.companyName.trim();
  const targetStatus = settings.reopen.targetStatus.trim();

  if (companyName === '') {
    errors[settingsFields.companyName] = 'Enter your company name.';
  } else if (companyName.length > companyNameMaxLength) {
    errors[settingsFields.companyName] =
      `The company name has at most ${companyNameMaxLength} characters.`;
  }

  if (settings.reopen.enabled && targetStatus === '') {
    errors[settingsFields.reopenTargetStatus] = 'Enter the status a reopened request moves to.';
  } else if (targetStatus.length > statusNameMaxLength) {
    errors[settingsFields.reopenTargetStatus] =
      `A status name has at most ${statusNameMaxLength} characters.`;
  }

  return errors;
};
