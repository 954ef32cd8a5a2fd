import { describeAction } from '../../../static/agent/src/describe-action';
import { buildAppliedAction } from '../support/builders';

const paris = { locale: 'en-GB', timeZone: 'Europe/Paris' };
const wroteAt = '2024-03-01T09:42:00.000Z';

describe('describeAction', () => {
  it.each([
    ['reopen', true, 'Reopened because the customer commented at 10:42'],
    ['hand-back', true, 'Handed back to the team because the customer replied at 10:42'],
    ['thank-you', true, 'Kept resolved because the customer only said thanks at 10:42'],
    [
      'after-window',
      true,
      'Kept resolved and asked for a new request: the customer wrote at 10:42, after the reopen window',
    ],
    ['reopen', false, 'Could not reopen after the customer commented at 10:42'],
    ['hand-back', false, 'Could not hand back to the team after the customer replied at 10:42'],
  ])('says a %s (applied: %s) as "%s"', (rule, isApplied, sentence) => {
    expect(
      describeAction(buildAppliedAction({ rule, isApplied, triggeredAt: wroteAt }), paris),
    ).toBe(sentence);
  });

  it('writes the customer’s time in the viewer’s zone and locale', () => {
    const action = buildAppliedAction({ rule: 'hand-back', triggeredAt: wroteAt });

    expect(describeAction(action, { locale: 'en-US', timeZone: 'Pacific/Auckland' })).toBe(
      'Handed back to the team because the customer replied at 10:42 PM',
    );
  });

  it.each([
    ['no recorded time', buildAppliedAction({ triggeredAt: null })],
    ['a rule it does not know', buildAppliedAction({ rule: 'sweep', triggeredAt: wroteAt })],
  ])('has no sentence for %s', (_case, action) => {
    expect(describeAction(action, paris)).toBeNull();
  });
});
