import {
  type AppliedAction,
  appliedActionLimit,
  emptyRequestState,
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
