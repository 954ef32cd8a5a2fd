import { defaultConfig } from '../../../../src/domain/config/defaults';
import {
  type CommentFacts,
  decideOnComment,
  type RequestFacts,
} from '../../../../src/domain/rules/decide-on-comment';
import {
  defaultRules,
  type RulesSettings,
} from '../../../../src/domain/rules/rules-settings-schema';

const dayMs = 86_400_000;
const resolvedAt = Date.parse('2026-12-02T16:00:00Z');

const comment = (overrides: Partial<CommentFacts> = {}): CommentFacts => ({
  commentId: '10042',
  createdAtMs: resolvedAt + 18 * 3_600_000,
  isNew: true,
  isPublic: true,
  authorSide: 'customer',
  text: 'It stopped reporting again.',
  ...overrides,
});
const resolved = (overrides: Partial<RequestFacts> = {}): RequestFacts => ({
  issueKey: 'FS-1',
  statusName: 'Resolved',
  standing: 'resolved',
  standingSinceMs: resolvedAt,
  appliedEventKeys: [],
  ...overrides,
});
const waiting = (overrides: Partial<RequestFacts> = {}): RequestFacts =>
  resolved({ statusName: 'Waiting for Customer', standing: 'waiting-on-customer', ...overrides });

const withReopen = (reopen: Partial<RulesSettings['reopen']>) => ({
  rules: { ...defaultRules, reopen: { ...defaultRules.reopen, ...reopen } },
});
const thankYouOn = withReopen({ thankYouKeepsResolved: true });

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
    const decision = decideOnComment(
      comment(),
      resolved(),
      withReopen({ targetStatus: 'In Progress' }),
    );

    expect(decision).toMatchObject({ actions: [{ toStatus: 'In Progress' }] });
  });

  it('hands a request that waits on the customer back to the configured team status', () => {
    expect(decideOnComment(comment(), waiting(), defaultConfig)).toEqual({
      outcome: 'act',
      actions: [
        {
          kind: 'transition',
          rule: 'hand-back',
          toStatus: 'In Progress',
          eventKey: 'comment:10042',
        },
      ],
      reason: 'The customer replied while the request waited on them.',
    });
  });

  it.each([
    ['an edited comment', comment({ isNew: false }), resolved(), 'comment-edited'],
    ['an internal note', comment({ isPublic: false }), resolved(), 'comment-internal'],
    ['an agent’s reply', comment({ authorSide: 'agent' }), resolved(), 'author-not-customer'],
    [
      'an agent’s reply while waiting',
      comment({ authorSide: 'agent' }),
      waiting(),
      'author-not-customer',
    ],
    [
      'an integration’s comment',
      comment({ authorSide: 'integration' }),
      waiting(),
      'author-not-customer',
    ],
    ['the app’s own comment', comment({ authorSide: 'app' }), resolved(), 'author-not-customer'],
    [
      'an installer’s comment',
      comment({ authorSide: 'installer' }),
      waiting(),
      'author-not-customer',
    ],
    ['someone else’s comment', comment({ authorSide: 'other' }), resolved(), 'author-not-customer'],
    [
      'a comment on a request the team works on',
      comment(),
      resolved({ standing: 'other' }),
      'status-not-actionable',
    ],
    [
      'a comment written before the resolution',
      comment({ createdAtMs: resolvedAt - 1 }),
      resolved(),
      'superseded',
    ],
    [
      'a reply written before the team asked',
      comment({ createdAtMs: resolvedAt - 1 }),
      waiting(),
      'superseded',
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

  it.each([
    ['reopen', resolved(), withReopen({ enabled: false })],
    [
      'hand back',
      waiting(),
      { rules: { ...defaultRules, handBack: { ...defaultRules.handBack, enabled: false } } },
    ],
  ])('does nothing when the admin turned the %s rule off', (_rule, request, config) => {
    expect(decideOnComment(comment(), request, config)).toEqual({
      outcome: 'skip',
      reason: 'rule-disabled',
    });
  });

  describe('the reopen window', () => {
    const sevenDays = withReopen({ windowDays: 7 });

    it.each([
      ['2 days', 2 * dayMs],
      ['exactly 7 days', 7 * dayMs],
    ])('reopens a comment written %s after the resolution', (_when, afterMs) => {
      const decision = decideOnComment(
        comment({ createdAtMs: resolvedAt + afterMs }),
        resolved(),
        sevenDays,
      );

      expect(decision).toMatchObject({ actions: [{ kind: 'transition', rule: 'reopen' }] });
    });

    it('answers a comment written after the window with a public note instead of a reopen', () => {
      const late = comment({ createdAtMs: resolvedAt + 7 * dayMs + 1 });

      expect(decideOnComment(late, resolved(), sevenDays)).toEqual({
        outcome: 'act',
        actions: [
          { kind: 'note', rule: 'after-window', visibility: 'public', eventKey: 'comment:10042' },
        ],
        reason: 'The customer wrote after the reopen window of 7 days.',
      });
    });

    it('answers a plain thank-you after the window with the team’s note, not an invitation', () => {
      const lateThanks = comment({ createdAtMs: resolvedAt + 9 * dayMs, text: 'Thanks again!' });
      const config = withReopen({ windowDays: 7, thankYouKeepsResolved: true });

      expect(decideOnComment(lateThanks, resolved(), config)).toMatchObject({
        actions: [{ kind: 'note', rule: 'thank-you', visibility: 'internal' }],
      });
    });

    it('still invites a new request for a late thank-you when thanks are not told apart', () => {
      const lateThanks = comment({ createdAtMs: resolvedAt + 9 * dayMs, text: 'Thanks again!' });

      expect(decideOnComment(lateThanks, resolved(), sevenDays)).toMatchObject({
        actions: [{ kind: 'note', rule: 'after-window', visibility: 'public' }],
      });
    });

    it('has no window when none is set', () => {
      const muchLater = comment({ createdAtMs: resolvedAt + 300 * dayMs });

      expect(decideOnComment(muchLater, resolved(), defaultConfig)).toMatchObject({
        actions: [{ rule: 'reopen' }],
      });
    });

    it('does not hold a request that waits on the customer to the window', () => {
      const muchLater = comment({ createdAtMs: resolvedAt + 30 * dayMs });

      expect(decideOnComment(muchLater, waiting(), sevenDays)).toMatchObject({
        actions: [{ rule: 'hand-back' }],
      });
    });
  });

  describe('a plain thank-you', () => {
    it.each([
      'works now, thanks',
      'Thank you so much! 🙏',
      'Cheers',
      'All good now, cheers team',
      'Perfect, thanks a lot',
    ])('keeps the request resolved and notes it for the team for "%s"', (text) => {
      expect(decideOnComment(comment({ text }), resolved(), thankYouOn)).toEqual({
        outcome: 'act',
        actions: [
          { kind: 'note', rule: 'thank-you', visibility: 'internal', eventKey: 'comment:10042' },
        ],
        reason: 'The customer only said thanks on the resolved request.',
      });
    });

    it.each([
      'thanks, but it broke again',
      'Thanks! Can you also send the invoice?',
      'Not sorted, thanks',
    ])('still reopens for "%s"', (text) => {
      expect(decideOnComment(comment({ text }), resolved(), thankYouOn)).toMatchObject({
        actions: [{ rule: 'reopen' }],
      });
    });

    it('reopens on a thank-you while the option is off', () => {
      expect(decideOnComment(comment({ text: 'thanks' }), resolved(), defaultConfig)).toMatchObject(
        {
          actions: [{ rule: 'reopen' }],
        },
      );
    });

    it('hands back a thank-you that answers a request waiting on the customer', () => {
      expect(decideOnComment(comment({ text: 'thanks' }), waiting(), thankYouOn)).toMatchObject({
        actions: [{ rule: 'hand-back' }],
      });
    });

    it('uses the admin’s own phrases', () => {
      const config = withReopen({ thankYouKeepsResolved: true, thankYouPhrases: ['danke'] });

      expect(decideOnComment(comment({ text: 'Danke!' }), resolved(), config)).toMatchObject({
        actions: [{ rule: 'thank-you' }],
      });
      expect(decideOnComment(comment({ text: 'thanks' }), resolved(), config)).toMatchObject({
        actions: [{ rule: 'reopen' }],
      });
    });
  });

  describe('automatic replies', () => {
    const autoReplies = [
      'Automatic reply: I am out of the office until 14 December and will reply on my return.',
      'Auto-reply: thank you for your email',
      'Out of office',
      'I am currently out of the office with limited access to email.',
      'This is an automated response. Your message has been received.',
      'Hi,\nI’m on annual leave until Monday. For urgent matters call the depot.',
      'Réponse automatique : Je suis absent du bureau jusqu’au 14 décembre.',
      'Automatische Antwort: Ich bin bis zum 14. Dezember nicht im Büro.',
      'Abwesenheitsnotiz: Ich bin bis 14.12. nicht erreichbar.',
      'Respuesta automática: Estoy fuera de la oficina hasta el 14 de diciembre.',
    ];

    it.each(autoReplies)('leaves a resolved request resolved on %p', (text) => {
      expect(decideOnComment(comment({ text }), resolved(), thankYouOn)).toEqual({
        outcome: 'skip',
        reason: 'auto-reply',
      });
    });

    it.each(autoReplies)('keeps a request waiting on the customer on %p', (text) => {
      expect(decideOnComment(comment({ text }), waiting(), defaultConfig)).toEqual({
        outcome: 'skip',
        reason: 'auto-reply',
      });
    });

    it.each([
      'I was out of the office yesterday and the tracker stopped again.',
      'The auto reply from your system said it was fixed, but it is not.',
      'Our office is out of trackers; please send two more.',
      'I am on leave from Friday, so please fix it before then: the tracker in van 12 stopped again.',
      'The unit is dead again. I am out of the office tomorrow, call my mobile instead.',
      'Je suis en congé mais le boîtier ne marche plus.',
    ])('reopens on %p, which a person wrote', (text) => {
      expect(decideOnComment(comment({ text }), resolved(), defaultConfig)).toMatchObject({
        actions: [{ rule: 'reopen' }],
      });
    });

    it.each([
      'The rego is KLM482. I am on leave next week so please call Sam on the depot line.',
      'I am on leave next week; the rego is KLM482.',
    ])('hands back a waiting request on %p, which a person wrote', (text) => {
      expect(decideOnComment(comment({ text }), waiting(), defaultConfig)).toMatchObject({
        actions: [{ rule: 'hand-back' }],
      });
    });
  });
});

describe('the reopen window across a daylight-saving change', () => {
  // Resolved Friday 3 April 2026, 10:00 NZDT; daylight saving ends on Sunday 5 April.
  const resolvedAt = Date.parse('2026-04-03T10:00:00+13:00');
  const config = {
    rules: { ...defaultRules, reopen: { ...defaultRules.reopen, windowDays: 7 } },
    calendar: { timeZone: 'Pacific/Auckland' },
  };
  const resolvedRequest = {
    issueKey: 'FS-1',
    statusName: 'Resolved',
    standing: 'resolved' as const,
    standingSinceMs: resolvedAt,
    appliedEventKeys: [],
  };
  const commentAt = (iso: string) => ({
    commentId: '1',
    createdAtMs: Date.parse(iso),
    isNew: true,
    isPublic: true,
    authorSide: 'customer' as const,
    text: 'It is offline again.',
  });

  it.each([
    ['2026-04-10T09:45:00+12:00', 'reopen'],
    ['2026-04-10T10:15:00+12:00', 'after-window'],
  ])('takes a comment at %s as %s, counting local calendar days', (iso, rule) => {
    const decision = decideOnComment(commentAt(iso), resolvedRequest, config);

    expect(decision).toMatchObject({ outcome: 'act', actions: [{ rule }] });
  });
});
