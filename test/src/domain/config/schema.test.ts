import { defaultConfig } from '../../../../src/domain/config/defaults';
import { checkConfig } from '../../../../src/domain/config/schema';

describe('checkConfig', () => {
  it('accepts the preset defaults', () => {
    expect(checkConfig(defaultConfig)).toEqual({ ok: true, config: defaultConfig });
  });

  it('survives a round trip through JSON', () => {
    expect(checkConfig(JSON.parse(JSON.stringify(defaultConfig)))).toEqual({
      ok: true,
      config: defaultConfig,
    });
  });

  it('trims the company name', () => {
    const checked = checkConfig({ ...defaultConfig, companyName: '  Tui Fleet ' });

    expect(checked.ok && checked.config.companyName).toBe('Tui Fleet');
  });

  it.each([
    ['an empty company name', { companyName: '  ' }, 'companyName', 'Enter your company name.'],
    [
      'an over-long company name',
      { companyName: 'x'.repeat(81) },
      'companyName',
      'The company name has at most 80 characters.',
    ],
    [
      'an empty reopen target',
      { rules: { reopen: { enabled: true, targetStatus: '' } } },
      'rules.reopen.targetStatus',
      'Enter a status name.',
    ],
    ['an unknown version', { version: 4 }, 'version', expect.any(String)],
    [
      'a reopen window of 366 days',
      { rules: { reopen: { enabled: true, targetStatus: 'In Review', windowDays: 366 } } },
      'rules.reopen.windowDays',
      'The reopen window must be between 1 and 365 days.',
    ],
    [
      'a reopen window of half a day',
      { rules: { reopen: { enabled: true, targetStatus: 'In Review', windowDays: 0.5 } } },
      'rules.reopen.windowDays',
      'The reopen window must be a whole number of days, from 1 to 365.',
    ],
    [
      'a reminder after 61 business days',
      {
        rules: {
          ...defaultConfig.rules,
          sweeps: {
            ...defaultConfig.rules.sweeps,
            remindCustomer: { enabled: true, afterBusinessDays: 61 },
          },
        },
      },
      'rules.sweeps.remindCustomer.afterBusinessDays',
      'The wait before reminding the customer must be between 1 and 60 business days.',
    ],
    [
      'closing after 0 days resolved',
      {
        rules: {
          ...defaultConfig.rules,
          sweeps: {
            ...defaultConfig.rules.sweeps,
            closeResolved: { enabled: true, afterDays: 0, targetStatus: 'Closed' },
          },
        },
      },
      'rules.sweeps.closeResolved.afterDays',
      'The wait before closing a resolved request must be between 1 and 365 days.',
    ],
  ])('refuses %s, naming the field', (_case, change, path, message) => {
    expect(checkConfig({ ...defaultConfig, ...change })).toEqual({
      ok: false,
      problems: [{ path, message }],
    });
  });

  it('refuses something that is not a document at all', () => {
    const checked = checkConfig('hello');

    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0]?.path).toBe('(document)');
  });
});
