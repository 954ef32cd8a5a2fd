import { defaultClockSettings } from '../../../../src/domain/promises/clock-settings';
import type { PromiseClockInput, StatusChange } from '../../../../src/domain/promises/types';
import { at, buildCalendar } from '../calendar/build-calendar';

const entryIds: Readonly<Record<string, string>> = {
  'In Review': 'in-review',
  'In Progress': 'in-progress',
  'Waiting for Customer': 'waiting-for-customer',
  'Awaiting Purchase Order': 'awaiting-purchase-order',
  'Awaiting Dispatch': 'awaiting-dispatch',
  'Awaiting Stock': 'awaiting-stock',
  'Assigned to Installer': 'assigned-to-installer',
  'Installer Booked': 'installer-booked',
  'On Hold': 'on-hold',
  Resolved: 'resolved',
};

/** A status matcher over the field-service names, standing in for the catalogue and mapping. */
export const matchEntry = (statusName: string): string | null => entryIds[statusName] ?? null;

/** A status history from pairs of ISO instant and status name, oldest first. */
export const statusHistory = (...changes: [iso: string, statusName: string][]): StatusChange[] =>
  changes.map(([instant, statusName]) => ({ at: at(instant), statusName }));

/**
 * Clock input for a request created Monday 2 March 2026 10:00 UTC, In Review since, on a
 * Monday-to-Friday 09:00 to 17:00 UTC calendar, seen at 11:00 the same day; override any part.
 */
export const buildClockInput = (overrides: Partial<PromiseClockInput> = {}): PromiseClockInput => ({
  createdAt: at('2026-03-02T10:00:00Z'),
  history: statusHistory(['2026-03-02T10:00:00Z', 'In Review']),
  matchEntry,
  facts: {},
  calendar: buildCalendar(),
  settings: defaultClockSettings,
  now: at('2026-03-02T11:00:00Z'),
  ...overrides,
});
