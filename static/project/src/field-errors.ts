import type { ConfigCheck } from '../../../src/domain/config/schema';

/** Messages about the configuration, keyed by the path of the field at fault ("calendar.timeZone"). */
export type FieldErrors = Record<string, string>;

/** The configuration schema's check of a whole document. */
export type ConfigChecker = (input: unknown) => ConfigCheck;

// The schema checks a calendar's country and region against the public-holiday tables, the
// largest part of the settings pages' code. It starts loading as soon as the page's script runs,
// beside the page's first resolver call, so the tabs paint without waiting for it.
const schemaModule = import('../../../src/domain/config/schema');

/**
 * Resolves to the configuration check of the server's own schema once it has loaded; rejects only
 * when its code cannot be fetched.
 */
export const loadConfigChecker = async (): Promise<ConfigChecker> =>
  (await schemaModule).checkConfig;

/**
 * One message per field path (the first found) of a check; an empty object means valid.
 * @example toFieldErrors(checkConfig({ ...config, companyName: '' }))
 *   // { companyName: 'Enter your company name.' }
 */
export const toFieldErrors = (checked: ConfigCheck): FieldErrors => {
  if (checked.ok) return {};

  const errors: FieldErrors = {};
  for (const problem of checked.problems) errors[problem.path] ??= problem.message;
  return errors;
};

/**
 * The messages whose path starts with `prefix`, for a section to list.
 * @example messagesUnder({ 'calendar.timeZone': 'Bad' }, 'calendar') // ['Bad']
 */
export const messagesUnder = (errors: FieldErrors, prefix: string): string[] =>
  Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([, message]) => message);
