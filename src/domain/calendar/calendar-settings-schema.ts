import { tzOffset } from '@date-fns/tz';
import { z } from 'zod';

import { parseDayKey } from './civil-day';
import { findHolidayRegionProblem } from './holiday-region';
import { workingHoursSchema } from './working-hours-schema';

/**
 * Tells whether a name is an IANA time zone the runtime knows. Offsets such as "+12:00" are
 * refused: they know no daylight saving, so a calendar on one would drift twice a year.
 * @example isKnownTimeZone('Pacific/Auckland') // true
 */
export const isKnownTimeZone = (zone: string): boolean =>
  /^[A-Za-z]/.test(zone) && !Number.isNaN(tzOffset(zone, new Date(0)));

const timeZoneSchema = z
  .string({ error: 'Time zone: enter an IANA time zone such as Pacific/Auckland.' })
  .trim()
  .refine(isKnownTimeZone, {
    error: (issue) =>
      `Time zone: "${String(issue.input)}" is not an IANA time zone (for example Pacific/Auckland).`,
  });

const dayKeySchema = (label: string) =>
  z
    .string({ error: `${label}: enter dates like 2026-05-01.` })
    .refine((key) => parseDayKey(key) !== null, {
      error: (issue) => `${label}: "${String(issue.input)}" is not a date like 2026-05-01.`,
    });

const holidayRegionSchema = z
  .object(
    {
      country: z
        .string({ error: 'Public holidays: enter a country code such as NZ.' })
        .trim()
        .toUpperCase(),
      region: z.string().trim().toUpperCase().min(1).optional(),
    },
    { error: 'Public holidays: choose a country, or none.' },
  )
  .superRefine((region, context) => {
    const problem = findHolidayRegionProblem(region);
    if (problem === null) return;

    context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });

const importedHolidaySchema = z.object({
  date: dayKeySchema('Imported holidays'),
  name: z
    .string({ error: 'Imported holidays: each needs a name.' })
    .trim()
    .min(1, 'Imported holidays: each needs a name.')
    .max(120, 'Imported holidays: a name has at most 120 characters.'),
});

/** What an admin configures for a service desk's business calendar. */
export const calendarSettingsSchema = z
  .object({
    timeZone: timeZoneSchema,
    workingHours: workingHoursSchema,
    publicHolidays: holidayRegionSchema.nullable(),
    extraDaysOff: z.array(dayKeySchema('Extra days off')).max(1000),
    extraWorkingDays: z.array(dayKeySchema('Extra working days')).max(1000),
    importedHolidays: z.array(importedHolidaySchema).max(2000),
  })
  .superRefine((settings, context) => {
    const daysOff = new Set(settings.extraDaysOff);

    settings.extraWorkingDays.forEach((key, index) => {
      if (!daysOff.has(key)) return;

      context.addIssue({
        code: 'custom',
        path: ['extraWorkingDays', index],
        message: `Extra working days: ${key} is also listed as an extra day off; keep it in one list.`,
      });
    });
  });

/** A valid business calendar configuration. */
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

/** A reason settings are invalid, with the path of the field at fault ("workingHours.monday.1"). */
export interface CalendarSettingsProblem {
  path: string;
  message: string;
}

/** The result of checking settings: the parsed settings, or every problem found. */
export type CalendarSettingsCheck =
  { ok: true; settings: CalendarSettings } | { ok: false; problems: CalendarSettingsProblem[] };

/**
 * Checks unknown input against the calendar settings schema; never throws.
 * @example checkCalendarSettings({}).ok // false
 */
export const checkCalendarSettings = (input: unknown): CalendarSettingsCheck => {
  const parsed = calendarSettingsSchema.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };

  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(settings)',
      message: issue.message,
    })),
  };
};
