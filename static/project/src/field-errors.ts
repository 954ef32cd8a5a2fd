import { checkConfig } from '../../../src/domain/config/schema';

/** Messages about the configuration, keyed by the path of the field at fault ("calendar.timeZone"). */
export type FieldErrors = Record<string, string>;

/**
 * Checks a draft configuration as the server will, so a mistake shows at once beside its field.
 * Returns one message per field path (the first found); an empty object means valid.
 * @example validateDraft({ ...config, companyName: '' }) // { companyName: 'Enter your company name.' }
 */
export const validateDraft = (draft: unknown): FieldErrors => {
  const checked = checkConfig(draft);
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
