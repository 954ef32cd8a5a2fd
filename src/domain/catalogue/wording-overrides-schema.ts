import { z } from 'zod';

const line = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} cannot be empty; remove the override to use the preset's words.`)
    .max(max, `${label} has at most ${max} characters.`);

/**
 * The admin's own words for one catalogue entry. Every field is optional: a field left out keeps
 * the preset's words. `{company}` stands for the configured company name.
 */
export const entryWordingOverrideSchema = z
  .object({
    headline: line('The headline', 200),
    whatHappensNext: line('"What happens next"', 500),
    customerCanDo: z.array(line('Each "what you can do" line', 300)).max(10),
    tips: z.array(line('Each tip', 300)).max(10),
    promiseText: line('The promise sentence', 300),
    promiseLateText: line('The late-promise sentence', 300),
  })
  .partial()
  .strict();

export type EntryWordingOverride = z.infer<typeof entryWordingOverrideSchema>;

const entryIdSchema = z.string().trim().min(1).max(64);
const requestTypeIdSchema = z
  .string()
  .trim()
  .regex(/^\d{1,18}$/, 'A request type is named by its numeric id.');

/**
 * Wording overrides: `entries` for every request type, `requestTypes` for one JSM request type
 * (keyed by its id), which win over `entries`, which win over the preset.
 */
export const wordingOverridesSchema = z.object({
  entries: z.record(entryIdSchema, entryWordingOverrideSchema).default({}),
  requestTypes: z
    .record(requestTypeIdSchema, z.record(entryIdSchema, entryWordingOverrideSchema))
    .default({}),
});

export type WordingOverrides = z.infer<typeof wordingOverridesSchema>;

export const noWordingOverrides: WordingOverrides = { entries: {}, requestTypes: {} };
