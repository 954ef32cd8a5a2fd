import {
  instantToWallTime,
  isInSandboxYears,
  offsetTimeToInstant,
  wallTimeToInstant,
} from '../../../sandbox/web/wall-time';

describe('the sandbox’s reading of the time forms', () => {
  it.each([
    ['2026-12-24T16:30', 'Pacific/Auckland', '2026-12-24T03:30:00.000Z'],
    ['2026-07-01T09:00', 'Europe/London', '2026-07-01T08:00:00.000Z'],
    // Auckland's clocks go back at 03:00 on 5 April 2026: 02:30 is shown twice, first at +13:00.
    ['2026-04-05T02:30', 'Pacific/Auckland', '2026-04-04T13:30:00.000Z'],
    // London's clocks skip 01:00-02:00 on 29 March 2026: 01:30 reads as the moment they changed.
    ['2026-03-29T01:30', 'Europe/London', '2026-03-29T01:00:00.000Z'],
  ])('reads %s in %s as %s', (value, timeZone, expected) => {
    expect(wallTimeToInstant(value, timeZone)).toEqual({ instant: new Date(expected) });
  });

  it.each([
    ['2026-02-30T10:00', 'format'],
    ['2026-12-24T24:00', 'format'],
    ['24/12/2026 16:30', 'format'],
    ['0026-12-01T10:00', 'year'],
    ['2126-12-01T10:00', 'year'],
  ])('refuses %s for its %s', (value, refused) => {
    expect(wallTimeToInstant(value, 'Pacific/Auckland')).toEqual({ refused });
  });

  it('reads a time with its offset, and refuses one without', () => {
    expect(offsetTimeToInstant('2026-12-24T16:30+13:00')).toEqual({
      instant: new Date('2026-12-24T03:30:00.000Z'),
    });
    expect(offsetTimeToInstant('2026-12-24T16:30')).toEqual({ refused: 'format' });
  });

  it('writes an instant back as the wall clock of a zone shows it', () => {
    expect(instantToWallTime(new Date('2026-12-24T03:30:00Z'), 'Pacific/Auckland')).toBe(
      '2026-12-24T16:30',
    );
    expect(instantToWallTime(new Date('2026-04-04T14:30:00Z'), 'Pacific/Auckland')).toBe(
      '2026-04-05T02:30',
    );
  });

  it('tells whether an instant falls in the sandbox’s years in a zone', () => {
    // 31 December 2099 23:30 UTC is already 2100 in Auckland.
    const lateInTheCentury = new Date('2099-12-31T23:30:00Z');

    expect(isInSandboxYears(lateInTheCentury, 'UTC')).toBe(true);
    expect(isInSandboxYears(lateInTheCentury, 'Pacific/Auckland')).toBe(false);
  });
});
