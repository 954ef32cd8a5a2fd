import { computePromiseClocks } from '../../../../src/domain/promises/compute-promise-clocks';
import { firstMet } from '../../../../src/domain/promises/first-met';
import { recordOutcomes } from '../../../../src/domain/promises/record-outcomes';
import { standingOutcome } from '../../../../src/domain/promises/standing-outcome';
import { at } from '../calendar/build-calendar';
import { buildClockInput, statusHistory } from './build-clock-input';

const met = {
  kind: 'met' as const,
  at: at('2026-03-03T09:30:00Z'),
  dueAt: at('2026-03-09T11:00:00Z'),
  onTime: true,
};
const dispatched = { ...met, restsOn: 'dispatchRecordedAt' as const };

describe('standingOutcome', () => {
  it.each([
    ['no outcome', undefined, {}, undefined],
    ['a met result settled in this episode', met, {}, met],
    [
      'a met result whose fact is still recorded',
      dispatched,
      { dispatchRecordedAt: met.at },
      dispatched,
    ],
    ['a met result whose fact was cleared', dispatched, {}, undefined],
  ])('keeps %s as it stands', (_label, recorded, facts, expected) => {
    expect(standingOutcome(recorded, at('2026-03-02T11:00:00Z').getTime(), facts)).toEqual(
      expected,
    );
  });

  it.each([
    ['met', met],
    ['missed', { kind: 'missed' as const, dueAt: at('2026-03-03T09:30:00Z') }],
  ])('drops a %s outcome settled before the episode began', (_label, recorded) => {
    expect(standingOutcome(recorded, at('2026-03-04T00:00:00Z').getTime(), {})).toBeUndefined();
  });
});

describe('firstMet', () => {
  it.each([
    ['nothing has happened', [{ at: null }], null],
    [
      'the earliest wins',
      [{ at: 7 }, { at: 5, fact: 'installerContactAt' as const }],
      { at: 5, fact: 'installerContactAt' },
    ],
    [
      'a status wins a tie with a fact',
      [{ at: 5, fact: 'dispatchRecordedAt' as const }, { at: 5 }],
      { at: 5 },
    ],
  ])('when %s', (_label, candidates, expected) => {
    expect(firstMet(...candidates)).toEqual(expected);
  });
});

describe('a dispatch recorded by mistake and cleared', () => {
  const history = statusHistory(
    ['2026-03-02T10:00:00Z', 'In Review'],
    ['2026-03-02T11:00:00Z', 'Awaiting Dispatch'],
  );
  const seen = { history, now: at('2026-03-03T10:00:00Z') };

  it('runs the dispatch clock again with its due date, and forgets the met result', () => {
    const saved = computePromiseClocks(
      buildClockInput({ ...seen, facts: { dispatchRecordedAt: at('2026-03-03T09:30:00Z') } }),
    );
    const recorded = recordOutcomes({}, saved);
    const cleared = computePromiseClocks(buildClockInput({ ...seen, recorded }));

    expect(recorded.dispatch).toEqual(dispatched);
    expect(cleared.dispatch).toMatchObject({
      dueAt: at('2026-03-09T11:00:00Z'),
      state: { kind: 'running' },
      isRecordedOutcome: false,
    });
    expect(recordOutcomes(recorded, cleared).dispatch).toBeUndefined();
  });

  it('keeps a met result a status change settled when a fact is cleared', () => {
    const moved = [...history, ...statusHistory(['2026-03-03T09:45:00Z', 'Assigned to Installer'])];
    const recorded = recordOutcomes(
      {},
      computePromiseClocks(buildClockInput({ ...seen, history: moved })),
    );
    const later = computePromiseClocks(buildClockInput({ ...seen, history: moved, recorded }));

    expect(recorded.dispatch).not.toHaveProperty('restsOn');
    expect(later.dispatch).toMatchObject({ state: { kind: 'met' }, isRecordedOutcome: true });
  });
});
