import {
  type AppliedAction,
  appliedActionLimit,
  emptyRequestState,
  fitWithinLimit,
  readRequestState,
  recordAppliedAction,
} from '../../../src/domain/request-state';

const action = (n: number): AppliedAction => ({
  eventKey: `comment:${n}`,
  rule: 'reopen',
  summary: 'Moved from Resolved to In Review',
  reason: 'The customer commented on the resolved request.',
  at: '2026-12-03T10:42:00.000Z',
});

describe('request state', () => {
  it('reads an absent property as the empty state', () => {
    expect(readRequestState(null)).toEqual(emptyRequestState);
  });

  it('reads a damaged property as the empty state', () => {
    expect(readRequestState({ version: 1, appliedActions: 'oops' })).toEqual(emptyRequestState);
  });

  it('reads back what it recorded', () => {
    const state = recordAppliedAction(emptyRequestState, action(1));

    expect(readRequestState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it(`keeps only the newest ${appliedActionLimit} actions`, () => {
    let state = emptyRequestState;
    for (let n = 1; n <= appliedActionLimit + 5; n += 1)
      state = recordAppliedAction(state, action(n));

    expect(state.appliedActions).toHaveLength(appliedActionLimit);
    expect(state.appliedActions[0]?.eventKey).toBe('comment:6');
  });
});

describe('keeping the state within the property limit', () => {
  it('drops the oldest applied actions, never the checklist answers, once the state is too big', () => {
    const action = (index: number) => ({
      eventKey: `comment:${index}`,
      rule: 'reopen',
      summary: 's'.repeat(200),
      reason: 'r'.repeat(200),
      at: '2026-12-03T01:00:00.000Z',
      outcome: 'applied' as const,
    });
    const answers = Object.fromEntries(
      Array.from({ length: 20 }, (_, index) => [
        `item-${index}`,
        {
          state: 'supplied' as const,
          value: 'v'.repeat(500),
          by: 'customer' as const,
          at: '2026-12-03T01:00:00.000Z',
        },
      ]),
    );
    const state = {
      ...emptyRequestState,
      appliedActions: Array.from({ length: 40 }, (_, index) => action(index)),
      checklist: { answers, missingCount: 0 },
    };

    const fitted = fitWithinLimit(state);

    expect(new TextEncoder().encode(JSON.stringify(fitted)).length).toBeLessThanOrEqual(30_000);
    expect(Object.keys(fitted.checklist.answers)).toHaveLength(20);
    expect(fitted.appliedActions.at(-1)?.eventKey).toBe('comment:39');
    expect(fitted.appliedActions.length).toBeLessThan(40);
  });
});
