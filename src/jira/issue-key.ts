import { z } from 'zod';

/**
 * A Jira issue key: a project key (a capital letter, then capitals, digits or underscores), a
 * dash and a number. Anything else is refused before it reaches a REST path.
 * @example issueKeySchema.safeParse('FS-12').success // true
 */
export const issueKeySchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,17}$/, 'not an issue key');
