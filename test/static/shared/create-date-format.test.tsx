import { createDateFormat } from '../../../static/shared/create-date-format';

const noon = new Date('2026-12-03T23:00:00Z');
const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

describe('createDateFormat', () => {
  it('reads Forge’s underscored locale tags', () => {
    expect(createDateFormat('en_NZ', 'UTC', {}).resolvedOptions().locale).toBe('en-NZ');
  });

  it('keeps the viewer’s time zone when only the locale is one the browser does not know', () => {
    const format = createDateFormat('not a locale!', 'Pacific/Auckland', time);

    expect(format.resolvedOptions().timeZone).toBe('Pacific/Auckland');
    expect(format.format(noon)).toBe('12:00');
  });

  it('falls back to the browser’s zone for a zone it does not know', () => {
    const format = createDateFormat('en-GB', 'Mars/Olympus_Mons', time);

    expect(format.resolvedOptions().timeZone).toBe(
      new Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });
});
