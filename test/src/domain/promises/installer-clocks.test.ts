import { computePromiseClocks } from '../../../../src/domain/promises/compute-promise-clocks';
import { at, buildCalendar } from '../calendar/build-calendar';
import { buildClockInput, statusHistory } from './build-clock-input';

const assigned = statusHistory(
  ['2026-03-02T10:00:00Z', 'Awaiting Dispatch'],
  ['2026-03-02T15:00:00Z', 'Assigned to Installer'],
);

const clocksOf = (overrides: Parameters<typeof buildClockInput>[0]) =>
  computePromiseClocks(buildClockInput({ history: assigned, ...overrides }));

describe('the installer contact clock', () => {
  it('does not apply without an installer or a recorded receipt', () => {
    const clocks = clocksOf({ history: statusHistory(['2026-03-02T10:00:00Z', 'In Review']) });

    expect(clocks['installer-contact']).toEqual({ kind: 'installer-contact', applies: false });
  });

  it('starts at the recorded receipt and runs 3 business days', () => {
    const clocks = clocksOf({
      facts: { hardwareReceivedAt: at('2026-03-03T10:00:00Z') },
      now: at('2026-03-04T10:00:00Z'),
    });

    expect(clocks['installer-contact']).toMatchObject({
      startedAt: at('2026-03-03T10:00:00Z'),
      dueAt: at('2026-03-06T10:00:00Z'),
      state: { kind: 'running' },
      elapsedMinutes: 480,
      remainingMinutes: 960,
    });
  });

  it('without a receipt, starts 2 business days after dispatch and is scheduled meanwhile', () => {
    const clocks = clocksOf({
      facts: { dispatchRecordedAt: at('2026-03-02T15:00:00Z') },
      now: at('2026-03-03T10:00:00Z'),
    });

    expect(clocks['installer-contact']).toMatchObject({
      startedAt: at('2026-03-04T15:00:00Z'),
      dueAt: at('2026-03-09T15:00:00Z'),
      state: { kind: 'scheduled', startsAt: at('2026-03-04T15:00:00Z') },
      elapsedMinutes: 0,
      remainingMinutes: 1440,
    });
  });

  it.each([
    ['a recorded booking', { facts: { installerBookedAt: at('2026-03-03T11:00:00Z') } }],
    ['a recorded contact', { facts: { installerContactAt: at('2026-03-03T11:00:00Z') } }],
    [
      'the Installer Booked status',
      { history: [...assigned, ...statusHistory(['2026-03-03T11:00:00Z', 'Installer Booked'])] },
    ],
  ])('is met by %s', (_label, overrides) => {
    const clocks = clocksOf({ ...overrides, now: at('2026-03-03T12:00:00Z') });

    expect(clocks['installer-contact']).toMatchObject({
      state: { kind: 'met', at: at('2026-03-03T11:00:00Z'), onTime: true },
    });
  });
});

describe('the installer silence clock', () => {
  const booked = [...assigned, ...statusHistory(['2026-03-03T11:00:00Z', 'Installer Booked'])];

  it('does not apply before a booking', () => {
    expect(clocksOf({})['installer-silence']).toEqual({
      kind: 'installer-silence',
      applies: false,
    });
  });

  it('runs 7 calendar days from the booking, weekends included', () => {
    expect(
      clocksOf({ history: booked, now: at('2026-03-05T11:00:00Z') })['installer-silence'],
    ).toEqual({
      kind: 'installer-silence',
      applies: true,
      timeBasis: 'calendar',
      startedAt: at('2026-03-03T11:00:00Z'),
      dueAt: at('2026-03-10T11:00:00Z'),
      state: { kind: 'running' },
      budgetMinutes: 10080,
      elapsedMinutes: 2880,
      remainingMinutes: 7200,
      isRecordedOutcome: false,
    });
  });

  it('keeps the time of day across a change of daylight saving (Auckland, April 2026)', () => {
    const clock = clocksOf({
      calendar: buildCalendar({ timeZone: 'Pacific/Auckland' }),
      facts: { installerBookedAt: at('2026-04-01T10:00:00+13:00') },
      now: at('2026-04-02T10:00:00+13:00'),
    })['installer-silence'];

    expect(clock).toMatchObject({ dueAt: at('2026-04-08T10:00:00+12:00') });
  });

  it('advises the customer once a week passes without contact', () => {
    const clock = clocksOf({ history: booked, now: at('2026-03-11T11:00:00Z') })[
      'installer-silence'
    ];

    expect(clock).toMatchObject({
      state: { kind: 'missed', since: at('2026-03-10T11:00:00Z'), byMinutes: 1440, pause: null },
    });
  });

  it('is met by contact recorded after the booking, not by one before it', () => {
    const after = clocksOf({
      history: booked,
      facts: { installerContactAt: at('2026-03-04T09:00:00Z') },
      now: at('2026-03-11T11:00:00Z'),
    });
    const before = clocksOf({
      history: booked,
      facts: { installerContactAt: at('2026-03-02T16:00:00Z') },
      now: at('2026-03-11T11:00:00Z'),
    });

    expect(after['installer-silence']).toMatchObject({
      state: { kind: 'met', at: at('2026-03-04T09:00:00Z'), onTime: true },
    });
    expect(before['installer-silence']).toMatchObject({ state: { kind: 'missed' } });
  });

  it.each([
    ['2026-03-04T09:00:00Z', 'met'],
    ['2026-03-03T10:59:00Z', 'missed'],
  ])(
    'with the booking at 11:00 on 3 March, an installer comment at %s leaves it %s',
    (commentedAt, outcome) => {
      const clock = clocksOf({
        history: booked,
        installerCommentsAt: [at(commentedAt)],
        now: at('2026-03-11T11:00:00Z'),
      })['installer-silence'];

      expect(clock).toMatchObject({ state: { kind: outcome } });
    },
  );

  it('is met from the booking by contact recorded as made on the day of the booking', () => {
    const clock = clocksOf({
      calendar: buildCalendar({ timeZone: 'Pacific/Auckland' }),
      facts: {
        installerBookedAt: at('2026-12-02T14:00:00+13:00'),
        installerContactAt: at('2026-12-02T00:00:00+13:00'),
      },
      now: at('2026-12-10T16:00:00+13:00'),
    })['installer-silence'];

    expect(clock).toMatchObject({
      state: { kind: 'met', at: at('2026-12-02T14:00:00+13:00'), onTime: true },
      elapsedMinutes: 0,
    });
  });
});
