import { defaultConfig } from '../../../../src/domain/config/defaults';
import {
  type CommentFacts,
  decideOnComment,
  type RequestFacts,
} from '../../../../src/domain/rules/decide-on-comment';
import { defaultRules } from '../../../../src/domain/rules/rules-settings-schema';

const comment = (overrides: Partial<CommentFacts> = {}): CommentFacts => ({
  commentId: '10042',
  createdAtMs: Date.parse('2026-12-03T10:00:00Z'),
  isNew: true,
  isPublic: true,
  authorSide: 'customer',
  ...overrides,
});
const resolved = (overrides: Partial<RequestFacts> = {}): RequestFacts => ({
  issueKey: 'FS-1',
  statusName: 'Resolved',
  isResolved: true,
  resolvedSinceMs: Date.parse('2026-12-02T16:00:00Z'),
  appliedEventKeys: [],
  ...overrides,
});

describe('decideOnComment', () => {
  it('reopens a resolved request to the configured status when the customer comments', () => {
    expect(decideOnComment(comment(), resolved(), defaultConfig)).toEqual({
      outcome: 'act',
      actions: [
        { kind: 'transition', rule: 'reopen', toStatus: 'In Review', eventKey: 'comment:10042' },
      ],
      reason: 'The customer commented on the resolved request.',
    });
  });

  it('reopens to the status the admin chose', () => {
    const config = {
      rules: { ...defaultRules, reopen: { ...defaultRules.reopen, targetStatus: 'In Progress' } },
    };

    const decision = decideOnComment(comment(), resolved(), config);

    expect(decision.outcome === 'act' && decision.actions[0]?.toStatus).toBe('In Progress');
  });

  it.each([
    ['an edited comment', comment({ isNew: false }), resolved(), 'comment-edited'],
    ['an internal note', comment({ isPublic: false }), resolved(), 'comment-internal'],
    ['an agent’s reply', comment({ authorSide: 'agent' }), resolved(), 'author-not-customer'],
    [
      'an integration’s comment',
      comment({ authorSide: 'integration' }),
      resolved(),
      'author-not-customer',
    ],
    ['the app’s own comment', comment({ authorSide: 'app' }), resolved(), 'author-not-customer'],
    [
      'an installer’s comment',
      comment({ authorSide: 'installer' }),
      resolved(),
      'author-not-customer',
    ],
    [
      'a comment on an open request',
      comment(),
      resolved({ isResolved: false }),
      'status-not-resolved',
    ],
    [
      'a comment already acted on',
      comment(),
      resolved({ appliedEventKeys: ['comment:10042'] }),
      'already-applied',
    ],
  ])('does nothing for %s', (_case, facts, request, reason) => {
    expect(decideOnComment(facts, request, defaultConfig)).toEqual({ outcome: 'skip', reason });
  });

  it('does nothing when the admin turned the rule off', () => {
    const config = {
      rules: { ...defaultRules, reopen: { ...defaultRules.reopen, enabled: false } },
    };

    expect(decideOnComment(comment(), resolved(), config)).toEqual({
      outcome: 'skip',
      reason: 'rule-disabled',
    });
  });
});
