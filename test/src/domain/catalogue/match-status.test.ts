import { fieldServicePreset } from '../../../../src/domain/catalogue/field-service-preset';
import { matchStatus, normaliseStatusName } from '../../../../src/domain/catalogue/match-status';

describe('matchStatus', () => {
  it.each([
    ['In Review', 'in-review'],
    ['in review', 'in-review'],
    ['  IN   REVIEW ', 'in-review'],
    ['Waiting for customer', 'waiting-for-customer'],
    ['Completed', 'resolved'],
    ['Escalated - Hardware', 'escalated-hardware'],
    ['Backordered', 'awaiting-stock'],
  ])('matches %p to %s by name or alias', (status, id) => {
    expect(matchStatus(status, fieldServicePreset, {})?.id).toBe(id);
  });

  it('returns null for a status nothing matches', () => {
    expect(matchStatus('Triage by robots', fieldServicePreset, {})).toBeNull();
  });

  it('lets an explicit mapping win over names and aliases', () => {
    expect(matchStatus('Done', fieldServicePreset, { done: 'on-hold' })?.id).toBe('on-hold');
  });

  it('maps a status the catalogue does not name', () => {
    expect(
      matchStatus('With courier', fieldServicePreset, { 'With Courier': 'awaiting-dispatch' })?.id,
    ).toBe('awaiting-dispatch');
  });

  it('returns null when the mapping names an entry that does not exist', () => {
    expect(
      matchStatus('In Review', fieldServicePreset, { 'In Review': 'no-such-entry' }),
    ).toBeNull();
  });
});

describe('normaliseStatusName', () => {
  it.each([
    ['Waiting for-Customer', 'waiting for customer'],
    ['  On   Hold ', 'on hold'],
    ['Résolu', 'résolu'],
  ])('folds %p to %p', (input, expected) => {
    expect(normaliseStatusName(input)).toBe(expected);
  });
});
