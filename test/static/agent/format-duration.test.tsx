import { describeAmount, formatDuration } from '../../../static/agent/src/clocks/format-duration';
import { placeOfTimeZone } from '../../../static/agent/src/clocks/place-of-time-zone';

// Named .tsx so that the UI project runs it with the components that use it.
describe('formatDuration', () => {
  it.each([
    [0, 'business', '0 min'],
    [45, 'business', '45 min'],
    [60, 'business', '1 h'],
    [210, 'business', '3 h 30 min'],
    [2550, 'business', '42 h 30 min'],
    [3000, 'calendar', '2 days 2 h'],
    [1440, 'calendar', '1 day'],
    [1470, 'calendar', '1 day'],
    [90, 'calendar', '1 h 30 min'],
    [-15, 'business', '0 min'],
    [89.6, 'business', '1 h 30 min'],
  ] as const)('writes %s %s minutes as "%s"', (minutes, basis, expected) => {
    expect(formatDuration(minutes, basis)).toBe(expected);
  });
});

describe('describeAmount', () => {
  it('says business time is business time', () => {
    expect(describeAmount(90, 'business')).toBe('1 h 30 min of business time');
  });

  it('leaves calendar time plain', () => {
    expect(describeAmount(90, 'calendar')).toBe('1 h 30 min');
  });
});

describe('placeOfTimeZone', () => {
  it.each([
    ['Pacific/Auckland', 'Auckland'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['Etc/UTC', 'UTC'],
    ['UTC', 'UTC'],
  ])('names %s as %s', (timeZone, place) => {
    expect(placeOfTimeZone(timeZone)).toBe(place);
  });
});
