import type { SiteSettings } from '../../../src/contracts/admin';
import { validateSettings } from '../../../static/admin/src/validate-settings';

// Named .tsx so that the UI project runs it with the other checks of the admin page.
const settingsWith = (
  companyName: string,
  enabled: boolean,
  targetStatus: string,
): SiteSettings => ({
  companyName,
  reopen: { enabled, targetStatus },
});

describe('validateSettings', () => {
  it('accepts a company name and a target status', () => {
    expect(validateSettings(settingsWith('Acme', true, 'In Review'))).toEqual({});
  });

  it.each([
    ['', 'Enter your company name.'],
    ['   ', 'Enter your company name.'],
    ['a'.repeat(81), 'The company name has at most 80 characters.'],
  ])('refuses the company name "%s" with: %s', (companyName, message) => {
    expect(validateSettings(settingsWith(companyName, false, 'Open'))).toEqual({
      companyName: message,
    });
  });

  it('accepts a company name of exactly 80 characters, spaces around it aside', () => {
    expect(validateSettings(settingsWith(` ${'a'.repeat(80)} `, false, 'Open'))).toEqual({});
  });

  it('asks for a target status only when the reopen rule is on', () => {
    expect(validateSettings(settingsWith('Acme', true, ' '))).toEqual({
      'reopen.targetStatus': 'Enter the status a reopened request moves to.',
    });
    expect(validateSettings(settingsWith('Acme', false, ''))).toEqual({});
  });

  it('refuses a target status longer than 255 characters', () => {
    expect(validateSettings(settingsWith('Acme', false, 'x'.repeat(256)))).toEqual({
      'reopen.targetStatus': 'A status name has at most 255 characters.',
    });
  });
});
