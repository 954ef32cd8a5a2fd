import {
  clockSettingsSchema,
  defaultClockSettings,
} from '../../../../src/domain/promises/clock-settings';

describe('clockSettingsSchema', () => {
  it('accepts the preset defaults', () => {
    expect(clockSettingsSchema.parse(defaultClockSettings)).toEqual(defaultClockSettings);
  });

  it.each([
    [
      'zero acknowledgement hours',
      { acknowledgement: { ...defaultClockSettings.acknowledgement, businessHours: 0 } },
      'Acknowledgement: the hours must be more than 0.',
    ],
    [
      'a fraction of a dispatch day',
      { dispatch: { ...defaultClockSettings.dispatch, businessDays: 1.5 } },
      expect.any(String),
    ],
    [
      'an unknown pause reason',
      { dispatch: { ...defaultClockSettings.dispatch, pausedBy: { 'on-hold': 'lunch' } } },
      'A pause reason is waiting-for-customer, on-hold or awaiting-stock.',
    ],
  ])('refuses %s', (_label, change, message) => {
    const parsed = clockSettingsSchema.safeParse({ ...defaultClockSettings, ...change });

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toEqual(message);
  });
});
