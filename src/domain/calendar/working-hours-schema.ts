import { z } from 'zod';

import { parseTimeOfDay } from './time-of-day';

/** The weekdays in `Date#getDay` order, so `weekdays[0]` is Sunday. */
export const weekdays = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** A weekday as working hours name it. */
export type Weekday = (typeof weekdays)[number];

const labelOf = (weekday: Weekday): string =>
  `${weekday.slice(0, 1).toUpperCase()}${weekday.slice(1)}`;

const timeSchema = (label: string, part: 'start' | 'end') =>
  z
    .string({ error: `${label}: enter the ${part} as a time like 08:30.` })
    .refine((text) => parseTimeOfDay(text) !== null && (part === 'end' || text !== '24:00'), {
      error: `${label}: the ${part} must be a 24-hour time like 08:30${part === 'end' ? ' (or 24:00 for midnight)' : ''}.`,
    });

const blocksSchema = (weekday: Weekday) => {
  const label = labelOf(weekday);

  return z
    .array(z.object({ start: timeSchema(label, 'start'), end: timeSchema(label, 'end') }), {
      error: `${label}: enter a list of working blocks (empty when closed).`,
    })
    .max(12, `${label}: at most 12 working blocks.`)
    .superRefine((blocks, context) => {
      blocks.forEach((block, index) => {
        const start = parseTimeOfDay(block.start);
        const end = parseTimeOfDay(block.end);
        const previousEnd = parseTimeOfDay(blocks[index - 1]?.end ?? '');
        if (start === null || end === null) return;

        if (start >= end) {
          context.addIssue({
            code: 'custom',
            path: [index, 'end'],
            message: `${label}, block ${index + 1}: the end (${block.end}) must be after the start (${block.start}).`,
          });
        }

        if (previousEnd !== null && start < previousEnd) {
          context.addIssue({
            code: 'custom',
            path: [index, 'start'],
            message: `${label}, block ${index + 1}: it starts at ${block.start}, before block ${index} ends (${blocks[index - 1]?.end}); blocks go in order and must not overlap.`,
          });
        }
      });
    });
};

/** Working blocks for each weekday: several per day allowed (a lunch break), in order. */
export const workingHoursSchema = z
  .object({
    monday: blocksSchema('monday'),
    tuesday: blocksSchema('tuesday'),
    wednesday: blocksSchema('wednesday'),
    thursday: blocksSchema('thursday'),
    friday: blocksSchema('friday'),
    saturday: blocksSchema('saturday'),
    sunday: blocksSchema('sunday'),
  })
  .refine((week) => weekdays.some((weekday) => week[weekday].length > 0), {
    error: 'Working hours: at least one day needs a working block, or nothing could fall due.',
  });

/** Working blocks for each weekday, as the admin entered them ("HH:mm" strings). */
export type WorkingHours = z.infer<typeof workingHoursSchema>;
