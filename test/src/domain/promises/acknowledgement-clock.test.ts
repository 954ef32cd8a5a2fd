import { computePromiseClocks } from '../../../../src/domain/promises/compute-promise-clocks';
import { at, buildCalendar } from '../calendar/build-calendar';
import { buildClockInput, statusHistory } from './build-clock-input';

const acknowledgementOf = (overrides: Parameters<typeof buildClockInput>[0] = {}) =>
  computePromiseClocks(buildClockInput(overrides)).acknowledgement;

describe('the acknowledgement clock', () => {
  it('runs for 8 business hours from creation: Monday 10:00 is due Tuesday 10:00', () => {
    expect(acknowledgementOf()).toEqual({
      kind: 'acknowledgement',
      applies: true,
      timeBasis: 'business',
      startedAt: at('2026-03-02T10:00:00Z'),
      dueAt: at('2026-03-03T10:00:00Z'),
      state: { kind: 'running' },
      budgetMinutes: 480,
      elapsedMinutes: 60,
      remainingMinutes: 420,
      isRecordedOutcome: false,
    });
  });

  it.each([
    [
      'moving to In Progress',
      {
        history: statusHistory(
          ['2026-03-02T10:00:00Z', 'In Review'],
          ['2026-03-02T10:40:00Z', 'In Progress'],
        ),
      },
    ],
    ['a first public reply', { facts: { firstPublicReplyAt: at('2026-03-02T10:40:00Z') } }],
  ])('is met on time by %s', (_label, overrides) => {
    expect(acknowledgementOf(overrides)).toMatchObject({
      state: { kind: 'met', at: at('2026-03-02T10:40:00Z'), onTime: true },
      elapsedMinutes: 40,
      remainingMinutes: 440,
    });
  });

  it('is not met by moving to Waiting for Customer, which pauses it instead', () => {
    const clock = acknowledgementOf({
      history: statusHistory(
        ['2026-03-02T10:00:00Z', 'In Review'],
        ['2026-03-02T10:30:00Z', 'Waiting for Customer'],
      ),
      now: at('2026-03-03T15:00:00Z'),
    });

    expect(clock).toMatchObject({
      dueAt: at('2026-03-04T14:30:00Z'),
      state: {
        kind: 'paused',
        pause: { reason: 'waiting-for-customer', since: at('2026-03-02T10:30:00Z') },
      },
      elapsedMinutes: 30,
      remainingMinutes: 450,
    });
  });

  it('is not met by a status nobody mapped', () => {
    expect(
      acknowledgementOf({ history: statusHistory(['2026-03-02T10:00:00Z', 'Triage']) }),
    ).toMatchObject({ state: { kind: 'running' } });
  });

  it('is missed once the due time passes, by the business minutes since', () => {
    expect(acknowledgementOf({ now: at('2026-03-03T10:45:00Z') })).toMatchObject({
      state: { kind: 'missed', since: at('2026-03-03T10:00:00Z'), byMinutes: 45, pause: null },
    });
  });

  it('is met late when the request leaves In Review after the due time', () => {
    const clock = acknowledgementOf({
      history: statusHistory(
        ['2026-03-02T10:00:00Z', 'In Review'],
        ['2026-03-03T12:00:00Z', 'In Progress'],
      ),
      now: at('2026-03-04T10:00:00Z'),
    });

    expect(clock.applies && clock.state).toEqual({
      kind: 'met',
      at: at('2026-03-03T12:00:00Z'),
      onTime: false,
    });
  });

  it('is paused for a public holiday, with its name and when work resumes', () => {
    const clock = acknowledgementOf({
      calendar: buildCalendar({ timeZone: 'Pacific/Auckland', publicHolidays: { country: 'NZ' } }),
      createdAt: at('2026-02-05T16:00:00+13:00'),
      history: statusHistory(['2026-02-05T16:00:00+13:00', 'In Review']),
      now: at('2026-02-06T10:00:00+13:00'),
    });

    expect(clock).toMatchObject({
      dueAt: at('2026-02-09T16:00:00+13:00'),
      state: {
        kind: 'paused',
        pause: {
          reason: 'holiday',
          holidayName: 'Waitangi Day',
          resumesAt: at('2026-02-09T09:00:00+13:00'),
        },
      },
    });
  });
});
