import { isValid, parse } from 'date-fns';
import { z } from 'zod';

/**
 * A calendar date as agents enter it: YYYY-MM-DD, and a real day (no 30 February).
 * @example calendarDateSchema.safeParse('2026-02-30').success // false
 */
export const calendarDateSchema = z
  .string()
  .trim()
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text), {
    error: 'Enter the date as YYYY-MM-DD, for example 2026-12-03.',
    abort: true,
  })
  .refine((text) => isValid(parse(text, 'yyyy-MM-dd', new Date(0))), {
    error: 'That date does not exist.',
  });

const phoneSchema = z
  .string()
  .trim()
  .min(1, 'Enter the installer’s phone number.')
  .max(30, 'A phone number has at most 30 characters.')
  .refine((text) => /^\+?[\d\s().-]+$/.test(text), {
    error: 'A phone number has only digits, spaces, brackets, dashes and a leading +.',
  })
  .refine((text) => (text.match(/\d/g) ?? []).length >= 6, {
    error: 'A phone number has at least 6 digits.',
  });

const nameSchema = z
  .string()
  .trim()
  .min(1, 'Enter the installer’s name.')
  .max(100, 'A name has at most 100 characters.');

/** What agents record on a request; each part feeds the promise clocks or the customer's panel. */
export const requestFactsSchema = z.object({
  dispatch: z
    .object({
      dispatchedOn: calendarDateSchema,
      carrierReference: z
        .string()
        .trim()
        .max(100, 'A carrier reference has at most 100 characters.')
        .default(''),
    })
    .optional(),
  hardwareReceivedOn: calendarDateSchema.optional(),
  installer: z.object({ name: nameSchema, phone: phoneSchema }).optional(),
  installerContactOn: calendarDateSchema.optional(),
  stockEta: calendarDateSchema.optional(),
  holdReason: z
    .string()
    .trim()
    .min(1, 'Enter why the request is on hold.')
    .max(300, 'A hold reason has at most 300 characters.')
    .optional(),
});

/** The facts agents recorded on a request; absent parts were never recorded (or were cleared). */
export type RequestFacts = z.infer<typeof requestFactsSchema>;

/** One agent action: which fact to set (or clear, with null). */
export const factChangeSchema = z.discriminatedUnion('fact', [
  z.object({
    fact: z.literal('dispatch'),
    value: requestFactsSchema.shape.dispatch.unwrap().nullable(),
  }),
  z.object({ fact: z.literal('hardwareReceivedOn'), value: calendarDateSchema.nullable() }),
  z.object({
    fact: z.literal('installer'),
    value: requestFactsSchema.shape.installer.unwrap().nullable(),
  }),
  z.object({ fact: z.literal('installerContactOn'), value: calendarDateSchema.nullable() }),
  z.object({ fact: z.literal('stockEta'), value: calendarDateSchema.nullable() }),
  z.object({
    fact: z.literal('holdReason'),
    value: requestFactsSchema.shape.holdReason.unwrap().nullable(),
  }),
]);

/** A validated agent action. */
export type FactChange = z.infer<typeof factChangeSchema>;

/**
 * Applies one change to the recorded facts, returning new facts (null clears the fact).
 * @example applyFactChange({}, { fact: 'stockEta', value: '2026-12-20' }) // { stockEta: '2026-12-20' }
 */
export const applyFactChange = (facts: RequestFacts, change: FactChange): RequestFacts => {
  const next: Record<string, unknown> = { ...facts };

  if (change.value === null) {
    Reflect.deleteProperty(next, change.fact);
  } else {
    next[change.fact] = change.value;
  }
  return requestFactsSchema.parse(next);
};
