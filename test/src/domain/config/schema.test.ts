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
    ['an unknown version', { version: 3 }, 'version', expect.any(String)],
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
