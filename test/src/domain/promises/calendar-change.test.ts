import { computePromiseClocks } from '../../../../src/domain/promises/compute-promise-clocks';
import { recordOutcomes } from '../../../../src/domain/promises/record-outcomes';
import { at, buildCalendar } from '../calendar/build-calendar';
import { buildClockInput, statusHistory } from './build-clock-input';

describe('C20: Friday 1 May 2026 becomes a holiday on 30 April', () => {
  const before = buildCalendar();
  const after = buildCalendar({ extraDaysOff: ['2026-05-01'] });

  it.each([
    [
      'the acknowledgement of a request created Thursday 30 April 12:00',
      'acknowledgement',
      '2026-04-30T12:00:00Z',
    ],
    [
      'the dispatch of an order processed Friday 24 April 12:00',
      'dispatch',
      '2026-04-24T12:00:00Z',
    ],
  ] as const)('moves %s from 1 May 12:00 to Monday 4 May 12:00', (_label, kind, since) => {
    const input = buildClockInput({
      createdAt: at(since),
      history: statusHistory([since, kind === 'dispatch' ? 'Awaiting Dispatch' : 'In Review']),
      now: at('2026-04-30T15:00:00Z'),
    });

    expect(computePromiseClocks({ ...input, calendar: before })[kind]).toMatchObject({
      dueAt: at('2026-05-01T12:00:00Z'),
    });
    expect(computePromiseClocks({ ...input, calendar: after })[kind]).toMatchObject({
      dueAt: at('2026-05-04T12:00:00Z'),
      state: { kind: 'running' },
    });
  });

  const resolvedOn28April = buildClockInput({
    createdAt: at('2026-04-27T10:00:00Z'),
    history: statusHistory(
      ['2026-04-27T10:00:00Z', 'In Review'],
      ['2026-04-28T11:00:00Z', 'In Progress'],
      ['2026-04-28T15:00:00Z', 'Resolved'],
    ),
    now: at('2026-04-30T15:00:00Z'),
  });
  const lateBy1Hour = { kind: 'met', at: at('2026-04-28T11:00:00Z'), onTime: false };

  it('keeps the result of a request resolved on 28 April: acknowledged an hour late', () => {
    expect(
      computePromiseClocks({ ...resolvedOn28April, calendar: before }).acknowledgement,
    ).toMatchObject({ state: lateBy1Hour });
    expect(
      computePromiseClocks({ ...resolvedOn28April, calendar: after }).acknowledgement,
    ).toMatchObject({ state: lateBy1Hour });
  });

  it('keeps a recorded result even when a holiday is added in the past (27 April)', () => {
    const recorded = recordOutcomes(
      {},
      computePromiseClocks({ ...resolvedOn28April, calendar: before }),
    );
    const rewritten = buildCalendar({ extraDaysOff: ['2026-04-27'] });

    expect(
      computePromiseClocks({ ...resolvedOn28April, calendar: rewritten }).acknowledgement,
    ).toMatchObject({
      state: { kind: 'met', onTime: true },
      isRecordedOutcome: false,
    });
    expect(
      computePromiseClocks({ ...resolvedOn28April, calendar: rewritten, recorded }).acknowledgement,
    ).toMatchObject({
      dueAt: at('2026-04-28T10:00:00Z'),
      state: lateBy1Hour,
      isRecordedOutcome: true,
    });
  });
});
