import { computePromiseClocks } from '../../../../src/domain/promises/compute-promise-clocks';
import { recordOutcomes } from '../../../../src/domain/promises/record-outcomes';
import { at } from '../calendar/build-calendar';
import { buildClockInput, statusHistory } from './build-clock-input';

describe('recordOutcomes', () => {
  it('records nothing for clocks still running or not applying', () => {
    expect(recordOutcomes({}, computePromiseClocks(buildClockInput()))).toEqual({});
  });

  it('records a missed clock with its due time, then its met result once met', () => {
    const missed = computePromiseClocks(buildClockInput({ now: at('2026-03-03T10:30:00Z') }));
    const first = recordOutcomes({}, missed);
    const met = computePromiseClocks(
      buildClockInput({
        history: statusHistory(
          ['2026-03-02T10:00:00Z', 'In Review'],
          ['2026-03-03T11:00:00Z', 'In Progress'],
        ),
        now: at('2026-03-03T12:00:00Z'),
        recorded: first,
      }),
    );

    expect(first).toEqual({
      acknowledgement: { kind: 'missed', dueAt: at('2026-03-03T10:00:00Z') },
    });
    expect(recordOutcomes(first, met)).toEqual({
      acknowledgement: {
        kind: 'met',
        at: at('2026-03-03T11:00:00Z'),
        dueAt: at('2026-03-03T10:00:00Z'),
        onTime: false,
      },
    });
  });

  it('never changes a met outcome once recorded', () => {
    const recorded = {
      acknowledgement: {
        kind: 'met' as const,
        at: at('2026-03-02T10:30:00Z'),
        dueAt: at('2026-03-03T10:00:00Z'),
        onTime: true,
      },
    };
    const clocks = computePromiseClocks(
      buildClockInput({ now: at('2026-03-05T10:00:00Z'), recorded }),
    );

    expect(clocks.acknowledgement).toMatchObject({
      state: { kind: 'met', onTime: true },
      isRecordedOutcome: true,
    });
    expect(recordOutcomes(recorded, clocks)).toEqual(recorded);
  });
});
