import { computePromiseClocks } from '../../../../src/domain/promises/compute-promise-clocks';
import type { StatusChange } from '../../../../src/domain/promises/types';
import { at } from '../calendar/build-calendar';
import { buildClockInput, statusHistory } from './build-clock-input';

/** A move into a done status; the name need not be one the catalogue knows. */
const done = (instant: string, statusName: string): StatusChange => ({
  at: at(instant),
  statusName,
  isDone: true,
});

const booked = statusHistory(
  ['2026-03-02T10:00:00Z', 'Awaiting Dispatch'],
  ['2026-03-02T15:00:00Z', 'Assigned to Installer'],
  ['2026-03-03T11:00:00Z', 'Installer Booked'],
);

const clocksOf = (history: StatusChange[], now: string) =>
  computePromiseClocks(buildClockInput({ history, now: at(now) }));

describe('a request that reaches a done status', () => {
  it.each(['Resolved', 'Closed', 'Canceled'])(
    'ends a running installer-silence clock met on time when it enters %s',
    (statusName) => {
      const history = [...booked, done('2026-03-05T11:00:00Z', statusName)];

      const clock = clocksOf(history, '2026-03-20T11:00:00Z')['installer-silence'];

      expect(clock).toMatchObject({
        state: { kind: 'met', at: at('2026-03-05T11:00:00Z'), onTime: true },
        elapsedMinutes: 2880,
      });
    },
  );

  it('keeps a clock that was already missed missed, counted up to the resolution', () => {
    const history = [...booked, done('2026-03-11T11:00:00Z', 'Resolved')];

    const clock = clocksOf(history, '2026-03-20T11:00:00Z')['installer-silence'];

    expect(clock).toMatchObject({
      state: { kind: 'missed', since: at('2026-03-10T11:00:00Z'), byMinutes: 1440, pause: null },
    });
  });

  it('ends a dispatch clock paused for stock, met on time, when the request is canceled', () => {
    const history = [
      ...statusHistory(
        ['2026-03-02T10:00:00Z', 'Awaiting Dispatch'],
        ['2026-03-02T12:00:00Z', 'Awaiting Stock'],
      ),
      done('2026-03-03T12:00:00Z', 'Canceled'),
    ];

    const clock = clocksOf(history, '2026-03-30T12:00:00Z').dispatch;

    expect(clock).toMatchObject({
      state: { kind: 'met', at: at('2026-03-03T12:00:00Z'), onTime: true },
    });
  });

  it('ends the acknowledgement of a request closed unread, met on time', () => {
    const history = [
      ...statusHistory(['2026-03-02T10:00:00Z', 'In Review']),
      done('2026-03-02T12:00:00Z', 'Closed'),
    ];

    const clock = clocksOf(history, '2026-03-09T12:00:00Z').acknowledgement;

    expect(clock).toMatchObject({ state: { kind: 'met', onTime: true } });
  });

  it('leaves a clock met before the resolution as it was', () => {
    const history = [...booked, done('2026-03-05T11:00:00Z', 'Resolved')];

    const clock = clocksOf(history, '2026-03-20T11:00:00Z')['installer-contact'];

    expect(clock).toMatchObject({
      state: { kind: 'met', at: at('2026-03-03T11:00:00Z'), onTime: true },
    });
  });

  it('counts a new booking after the request was reopened', () => {
    const history = [
      ...booked,
      done('2026-03-05T11:00:00Z', 'Resolved'),
      ...statusHistory(
        ['2026-03-06T11:00:00Z', 'In Review'],
        ['2026-03-09T11:00:00Z', 'Installer Booked'],
      ),
    ];

    const clock = clocksOf(history, '2026-03-10T11:00:00Z')['installer-silence'];

    expect(clock).toMatchObject({
      startedAt: at('2026-03-09T11:00:00Z'),
      state: { kind: 'running' },
    });
  });

  it('leaves the clocks of a request in no done status running', () => {
    const clock = clocksOf(booked, '2026-03-05T11:00:00Z')['installer-silence'];

    expect(clock).toMatchObject({ state: { kind: 'running' } });
  });
});
