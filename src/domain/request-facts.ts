import { isValid, parse } from 'date-fns';
import { z } from 'zod';

/** The earliest year a recorded date may have; the clocks' Date.UTC reads 0-99 as 1900-1999. */
const earliestYear = 1900;

/** How many years from the day of the save a date may lie; further is a mistyped year. */
const factDateRangeYears = 2;

/**
 * A calendar date as agents enter it: YYYY-MM-DD, a real day (no 30 February), from 1900 on.
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
    abort: true,
  })
  .refine((text) => Number(text.slice(0, 4)) >= earliestYear, {
    error: 'Check the year: enter all four digits, for example 2026.',
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

/** Facts that record something that has happened, so their date cannot lie ahead. */
const pastFacts = new Set<FactChange['fact']>([
  'dispatch',
  'hardwareReceivedOn',
  'installerContactOn',
]);

/** The furthest-ahead time zone on Earth (Line Islands, UTC+14), in milliseconds. */
const furthestAheadOffsetMs = 14 * 60 * 60 * 1000;

/** The furthest-behind time zone on Earth (Baker Island, UTC-12), in milliseconds. */
const furthestBehindOffsetMs = 12 * 60 * 60 * 1000;

/** The earliest date `instant` falls on anywhere on Earth, as YYYY-MM-DD. */
const earliestDayOf = (instant: Date): string =>
  new Date(instant.getTime() - furthestBehindOffsetMs).toISOString().slice(0, 10);

/**
 * The agent action schema for a save made at `now`: as factChangeSchema, and a date more than two
 * years before or after today is refused as a mistyped year (the promise clocks would otherwise
 * walk the business calendar across the whole gap); a dispatch, receipt or contact date after
 * today, wherever the agent is, is refused as not having happened yet; a stock ETA before today,
 * wherever the agent is, is refused as already past.
 * @example factChangeSchemaOn(new Date('2026-12-01T21:00Z'))
 *   .safeParse({ fact: 'stockEta', value: '1926-12-20' }).success // false
 */
export const factChangeSchemaOn = (now: Date) => {
  const today = now.toISOString().slice(0, 10);
  const latestToday = new Date(now.getTime() + furthestAheadOffsetMs).toISOString().slice(0, 10);
  const earliestToday = earliestDayOf(now);

  return factChangeSchema.check(
    z.superRefine(
      (change, context) => {
        const dated = datedPart(change);
        if (dated === null) return;

        if (!isWithinYears(dated.date, today, factDateRangeYears)) {
          context.addIssue({
            code: 'custom',
            path: dated.path,
            message: 'That date is more than two years from today: check the year.',
          });
        } else if (pastFacts.has(change.fact) && dated.date > latestToday) {
          context.addIssue({
            code: 'custom',
            path: dated.path,
            message: 'That date is still to come: enter the day it happened.',
          });
        } else if (change.fact === 'stockEta' && dated.date < earliestToday) {
          context.addIssue({
            code: 'custom',
            path: dated.path,
            message: 'That day has passed: enter the day the supplier now expects the stock.',
          });
        }
      },
      { when: (payload) => payload.issues.length === 0 },
    ),
  );
};

const datedPart = (change: FactChange): { date: string; path: string[] } | null => {
  if (change.value === null) return null;
  if (change.fact === 'dispatch') {
    return { date: change.value.dispatchedOn, path: ['value', 'dispatchedOn'] };
  }
  if (change.fact === 'installer' || change.fact === 'holdReason') return null;
  return { date: change.value, path: ['value'] };
};

/**
 * Whether a date lies at most `years` years before or after `today`, both YYYY-MM-DD.
 * @example isWithinYears('2024-12-02', '2026-12-01', 2) // true
 */
const isWithinYears = (date: string, today: string, years: number): boolean => {
  const year = Number(today.slice(0, 4));
  const shifted = (by: number) => `${String(year + by).padStart(4, '0')}${today.slice(4)}`;

  // Four-digit years, months and days compare as text in calendar order.
  return date >= shifted(-years) && date <= shifted(years);
};

/** A recorded date at odds with the request it is for; `path` names the field inside the change. */
export interface FactProblem {
  path: string;
  message: string;
}

/**
 * Checks a change against the request: a dispatch, receipt or contact cannot come before the day
 * the request was raised, wherever the agent is. Returns the problems, empty when there are none.
 * @example factProblemsForRequest({ fact: 'hardwareReceivedOn', value: '2026-11-01' },
 *   new Date('2026-12-01T21:00Z')) // [{ path: 'value', message: 'That is before ...' }]
 */
export const factProblemsForRequest = (change: FactChange, raisedAt: Date): FactProblem[] => {
  const dated = datedPart(change);
  if (dated === null || !pastFacts.has(change.fact)) return [];

  const raisedOn = earliestDayOf(raisedAt);
  return dated.date < raisedOn
    ? [
        {
          path: dated.path.join('.'),
          message: 'That is before the request was raised: check the date.',
        },
      ]
    : [];
};
