import { computePromiseClocks } from '../../../../src/domain/promises/compute-promise-clocks';
import { at, buildCalendar } from '../calendar/build-calendar';
import { buildClockInput, statusHistory } from './build-clock-input';

const processed = statusHistory(
  ['2026-03-02T10:00:00Z', 'In Review'],
  ['2026-03-02T11:00:00Z', 'Awaiting Dispatch'],
);

const dispatchOf = (overrides: Parameters<typeof buildClockInput>[0] = {}) =>
  computePromiseClocks(
    buildClockInput({ history: processed, now: at('2026-03-03T11:00:00Z'), ...overrides }),
  ).dispatch;

describe('the dispatch clock', () => {
  it('does not apply before the request reaches Awaiting Dispatch', () => {
    expect(dispatchOf({ history: statusHistory(['2026-03-02T10:00:00Z', 'In Review']) })).toEqual({
      kind: 'dispatch',
      applies: false,
    });
  });

  it('runs for 5 business days from entering Awaiting Dispatch, to the same time of day', () => {
    expect(dispatchOf()).toMatchObject({
      startedAt: at('2026-03-02T11:00:00Z'),
      dueAt: at('2026-03-09T11:00:00Z'),
      state: { kind: 'running' },
      budgetMinutes: 2400,
      elapsedMinutes: 480,
    });
  });

  it('C16: from Thursday 18 December 2025 in Auckland, with Christmas and Boxing Day off, is due Monday 29 December', () => {
    const clock = dispatchOf({
      calendar: buildCalendar({ timeZone: 'Pacific/Auckland', publicHolidays: { country: 'NZ' } }),
      history: statusHistory(['2025-12-18T10:00:00+13:00', 'Awaiting Dispatch']),
      now: at('2025-12-19T10:00:00+13:00'),
    });

    expect(clock).toMatchObject({ dueAt: at('2025-12-29T10:00:00+13:00') });
  });

  it.each([
    [
      'dispatch is recorded',
      { facts: { dispatchRecordedAt: at('2026-03-03T09:30:00Z') } },
      '2026-03-03T09:30:00Z',
    ],
    [
      'the request moves on to Assigned to Installer',
      {
        history: [
          ...processed,
          ...statusHistory(['2026-03-03T09:45:00Z', 'Assigned to Installer']),
        ],
      },
      '2026-03-03T09:45:00Z',
    ],
  ])('is met when %s', (_label, overrides, metAt) => {
    expect(dispatchOf(overrides)).toMatchObject({
      state: { kind: 'met', at: at(metAt), onTime: true },
    });
  });

  it('pauses while On Hold and adds the held business time to the due date', () => {
    const clock = dispatchOf({
      history: [
        ...processed,
        ...statusHistory(
          ['2026-03-03T09:00:00Z', 'On Hold'],
          ['2026-03-04T09:00:00Z', 'Awaiting Dispatch'],
        ),
      ],
      now: at('2026-03-04T10:00:00Z'),
    });

    expect(clock).toMatchObject({
      dueAt: at('2026-03-10T11:00:00Z'),
      state: { kind: 'running' },
      elapsedMinutes: 420,
    });
  });

  it('pauses while Awaiting Stock, saying so', () => {
    const clock = dispatchOf({
      history: [...processed, ...statusHistory(['2026-03-03T09:00:00Z', 'Awaiting Stock'])],
    });

    expect(clock).toMatchObject({
      state: { kind: 'paused', pause: { reason: 'awaiting-stock', resumesAt: null } },
    });
  });
});
