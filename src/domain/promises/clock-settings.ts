import { z } from 'zod';

const entryIdSchema = z
  .string({ error: 'Enter a catalogue entry id.' })
  .trim()
  .min(1, 'Enter a catalogue entry id.')
  .max(64, 'A catalogue entry id has at most 64 characters.');

const entryIdsSchema = z.array(entryIdSchema).max(50);

/** Catalogue entry id to the reason its status stops the clock. */
const pausedBySchema = z.record(
  entryIdSchema,
  z.enum(['waiting-for-customer', 'on-hold', 'awaiting-stock'], {
    error: 'A pause reason is waiting-for-customer, on-hold or awaiting-stock.',
  }),
);

/** Which statuses start, pause and meet each promise clock, and the promised amounts. */
export const clockSettingsSchema = z.object({
  acknowledgement: z.object({
    businessHours: z.number().positive('Acknowledgement: the hours must be more than 0.').max(500),
    /** Entries in which the request still waits to be picked up; leaving them acknowledges it. */
    openEntryIds: entryIdsSchema,
    pausedBy: pausedBySchema,
  }),
  dispatch: z.object({
    businessDays: z.int().min(1, 'Dispatch: the days must be at least 1.').max(250),
    startEntryId: entryIdSchema,
    pausedBy: pausedBySchema,
    /** Entering one of these after the start means the request moved on: the promise is met. */
    metOnEntering: entryIdsSchema,
  }),
  installerContact: z.object({
    businessDays: z.int().min(1, 'Installer contact: the days must be at least 1.').max(250),
    /** Business days the hardware takes from dispatch to the installer, when no receipt is kept. */
    transitBusinessDays: z.int().min(0).max(60),
    /** Entries that show an installer is involved (the clock applies once one is entered). */
    installerEntryIds: entryIdsSchema,
    pausedBy: pausedBySchema,
    metOnEntering: entryIdsSchema,
  }),
  installerSilence: z.object({
    calendarDays: z.int().min(1, 'Installer silence: the days must be at least 1.').max(365),
    bookedEntryId: entryIdSchema,
    metOnEntering: entryIdsSchema,
  }),
});

/** Valid promise clock settings. */
export type ClockSettings = z.infer<typeof clockSettingsSchema>;

/** The field-service preset's clocks, as STATUS-FACTS states the promises. */
export const defaultClockSettings: ClockSettings = {
  acknowledgement: {
    businessHours: 8,
    openEntryIds: ['in-review'],
    pausedBy: {
      'waiting-for-customer': 'waiting-for-customer',
      'awaiting-purchase-order': 'waiting-for-customer',
    },
  },
  dispatch: {
    businessDays: 5,
    startEntryId: 'awaiting-dispatch',
    pausedBy: {
      'on-hold': 'on-hold',
      'awaiting-stock': 'awaiting-stock',
      'waiting-for-customer': 'waiting-for-customer',
      'awaiting-purchase-order': 'waiting-for-customer',
    },
    metOnEntering: [
      'assigned-to-installer',
      'installer-booked',
      'installer-not-booked',
      'resolved',
    ],
  },
  installerContact: {
    businessDays: 3,
    transitBusinessDays: 2,
    installerEntryIds: ['assigned-to-installer', 'installer-booked', 'installer-not-booked'],
    pausedBy: { 'on-hold': 'on-hold', 'waiting-for-customer': 'waiting-for-customer' },
    metOnEntering: ['installer-booked', 'resolved'],
  },
  installerSilence: {
    calendarDays: 7,
    bookedEntryId: 'installer-booked',
    metOnEntering: ['resolved'],
  },
};
