import { computePromiseClocks } from '../../../../src/domain/promises/compute-promise-clocks';
import { recordOutcomes } from '../../../../src/domain/promises/record-outcomes';
import type { PromiseClockInput } from '../../../../src/domain/promises/types';
import { at } from '../calendar/build-calendar';
import { buildClockInput, statusHistory } from './build-clock-input';

const clocksOf = (overrides: Partial<PromiseClockInput>) =>
  computePromiseClocks(buildClockInput(overrides));

// A first order processed on Monday 2 March 2026 and handed to the installer on Tuesday.
const firstOrder = statusHistory(
  ['2026-03-02T10:00:00Z', 'In Review'],
  ['2026-03-02T11:00:00Z', 'Awaiting Dispatch'],
  ['2026-03-03T11:00:00Z', 'Assigned to Installer'],
);

// The unit is faulty: a replacement order is processed on Monday 9 March 10:00.
const replacement = [
  ...firstOrder,
  ...statusHistory(
    ['2026-03-09T10:00:00Z', 'In Progress'],
    ['2026-03-09T10:00:00Z', 'Awaiting Dispatch'],
  ),
];

describe('the dispatch clock when the request awaits dispatch again', () => {
  it('gives a replacement order its own 5 business days, from when it was processed', () => {
    const clock = clocksOf({ history: replacement, now: at('2026-03-09T11:00:00Z') }).dispatch;

    expect(clock).toMatchObject({
      startedAt: at('2026-03-09T10:00:00Z'),
      dueAt: at('2026-03-16T10:00:00Z'),
      state: { kind: 'running' },
    });
  });

  it('keeps one order across a hold: the clock pauses rather than starting again', () => {
    const held = statusHistory(
      ['2026-03-02T11:00:00Z', 'Awaiting Dispatch'],
      ['2026-03-03T11:00:00Z', 'On Hold'],
      ['2026-03-04T11:00:00Z', 'Awaiting Dispatch'],
    );

    expect(clocksOf({ history: held, now: at('2026-03-04T12:00:00Z') }).dispatch).toMatchObject({
      startedAt: at('2026-03-02T11:00:00Z'),
      dueAt: at('2026-03-10T11:00:00Z'),
    });
  });

  it('does not count the first order’s dispatch for the replacement, but one on its day', () => {
    const seen = { history: replacement, now: at('2026-03-09T12:00:00Z') };
    const old = clocksOf({ ...seen, facts: { dispatchRecordedAt: at('2026-03-03T00:00:00Z') } });
    const same = clocksOf({ ...seen, facts: { dispatchRecordedAt: at('2026-03-09T00:00:00Z') } });

    expect(old.dispatch).toMatchObject({ state: { kind: 'running' } });
    expect(same.dispatch).toMatchObject({
      state: { kind: 'met', at: at('2026-03-09T10:00:00Z'), onTime: true },
      restsOn: 'dispatchRecordedAt',
    });
  });

  it('lets the replacement run although the first order’s met result is recorded', () => {
    const first = clocksOf({ history: firstOrder, now: at('2026-03-03T12:00:00Z') });
    const recorded = recordOutcomes({}, first);
    const again = clocksOf({ history: replacement, now: at('2026-03-09T11:00:00Z'), recorded });

    expect(recorded.dispatch).toMatchObject({ kind: 'met', at: at('2026-03-03T11:00:00Z') });
    expect(again.dispatch).toMatchObject({ state: { kind: 'running' }, isRecordedOutcome: false });
    expect(recordOutcomes(recorded, again).dispatch).toBeUndefined();
  });

  it('leaves the installer contact of the first order behind until the new one is assigned', () => {
    const clocks = clocksOf({ history: replacement, now: at('2026-03-09T11:00:00Z') });

    expect(clocks['installer-contact']).toEqual({ kind: 'installer-contact', applies: false });
  });
});

describe('the installer silence clock when the installer is booked again', () => {
  const rebooked = statusHistory(
    ['2026-03-02T10:00:00Z', 'Assigned to Installer'],
    ['2026-03-03T11:00:00Z', 'Installer Booked'],
    ['2026-03-04T11:00:00Z', 'Assigned to Installer'],
    ['2026-03-16T11:00:00Z', 'Installer Booked'],
  );

  it('counts the week from the latest booking', () => {
    const clock = clocksOf({ history: rebooked, now: at('2026-03-16T12:00:00Z') })[
      'installer-silence'
    ];

    expect(clock).toMatchObject({
      startedAt: at('2026-03-16T11:00:00Z'),
      dueAt: at('2026-03-23T11:00:00Z'),
      state: { kind: 'running' },
    });
  });

  it('drops a missed week recorded for the earlier booking', () => {
    const recorded = {
      'installer-silence': { kind: 'missed' as const, dueAt: at('2026-03-10T11:00:00Z') },
    };
    const clocks = clocksOf({ history: rebooked, now: at('2026-03-16T12:00:00Z'), recorded });

    expect(clocks['installer-silence']).toMatchObject({ state: { kind: 'running' } });
    expect(recordOutcomes(recorded, clocks)['installer-silence']).toBeUndefined();
  });
});
