import { adminKeys } from '../../../src/contracts/admin';
import { projectKeys } from '../../../src/contracts/project';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import type { StatusGuideConfig } from '../../../src/domain/config/schema';
import { callProjectSettings } from '../../support/project-settings-calls';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';

/** The field-service preset with one of its rules' numbers changed. */
const withNumbers = (change: (config: StatusGuideConfig) => void): StatusGuideConfig => {
  const config = configForPreset('field-service');
  change(config);
  return config;
};

const outOfRange = [
  [
    'a reopen window of 400 days',
    withNumbers((config) => {
      config.rules.reopen.windowDays = 400;
    }),
    'rules.reopen.windowDays',
    'The reopen window must be between 1 and 365 days.',
  ],
  [
    'a reminder after 0 business days',
    withNumbers((config) => {
      config.rules.sweeps.remindCustomer = { enabled: true, afterBusinessDays: 0 };
    }),
    'rules.sweeps.remindCustomer.afterBusinessDays',
    'The wait before reminding the customer must be between 1 and 60 business days.',
  ],
  [
    'closing after 366 days resolved',
    withNumbers((config) => {
      config.rules.sweeps.closeResolved.afterDays = 366;
    }),
    'rules.sweeps.closeResolved.afterDays',
    'The wait before closing a resolved request must be between 1 and 365 days.',
  ],
] as const;

describe('the settings resolvers’ refusal of a rule’s number out of its range', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it.each(outOfRange)(
    'the admin page refuses %s as a site default, naming %s: "%s"',
    async (_case, config, field, message) => {
      const answer = await harness.emulator.invokeResolver(
        'status-guide-admin-page',
        { functionKey: adminKeys.saveSiteDefaults, payload: { config } },
        { accountId: harness.accountIdOf(demo.admin), extension: { type: 'jira:adminPage' } },
      );

      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', fields: { [field]: message } },
      });
      expect(harness.site.state.appStorage['config:site']).toBeUndefined();
    },
  );

  it.each(outOfRange)(
    'the project settings page refuses %s, naming %s: "%s"',
    async (_case, config, field, message) => {
      const answer = await callProjectSettings(harness, 'FS', projectKeys.saveSettings, {
        config,
      });

      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', fields: { [field]: message } },
      });
      expect(harness.site.state.appStorage['config:project:FS']).toBeUndefined();
    },
  );
});
