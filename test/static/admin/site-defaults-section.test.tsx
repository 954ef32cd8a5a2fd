import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { adminKeys } from '../../../src/contracts/admin';
import type { ProjectSettingsView } from '../../../src/contracts/project';
import { fail, succeed } from '../../../src/contracts/result';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { SiteDefaultsSection } from '../../../static/admin/src/site-defaults-section';
import { answerInvoke, invokedPayloads } from '../support/bridge-mock';

const siteView = (overrides: Partial<ProjectSettingsView> = {}): ProjectSettingsView => ({
  projectKey: null,
  config: { ...configForPreset('field-service'), companyName: 'Acme' },
  inheritsSiteDefaults: false,
  storedSettingsProblem: null,
  statuses: [{ statusName: 'In Review', category: 'new', entryId: 'in-review', matchedBy: 'name' }],
  catalogues: { 'field-service': [], 'it-service-desk': [] },
  requestTypes: [],
  accountNames: {},
  ...overrides,
});

describe('SiteDefaultsSection', () => {
  it('loads nothing until the admin opens it', () => {
    render(<SiteDefaultsSection />);

    expect(screen.getByRole('button', { name: 'Edit every site default' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(invokedPayloads(adminKeys.getSiteDefaults)).toEqual([]);
  });

  it('opens every site default and saves them through the admin page’s resolver', async () => {
    answerInvoke(adminKeys.getSiteDefaults, succeed(siteView()));
    answerInvoke(adminKeys.saveSiteDefaults, ({ config }) =>
      succeed({
        ...siteView({ config: config as ProjectSettingsView['config'] }),
        inheritedProblems: [],
      }),
    );
    const user = userEvent.setup();
    render(<SiteDefaultsSection />);

    await user.click(screen.getByRole('button', { name: 'Edit every site default' }));
    const name = await screen.findByRole('textbox', { name: /Company name/ });
    await user.type(name, ' Ltd');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(
      await screen.findByText('Every project without settings of its own uses them from now on.'),
    ).toBeVisible();
    expect(invokedPayloads(adminKeys.saveSiteDefaults)).toEqual([
      { config: expect.objectContaining({ companyName: 'Acme Ltd' }) },
    ]);
    expect(screen.queryByRole('button', { name: 'Use the site defaults' })).toBeNull();
  });

  it('says why the site defaults cannot be shown', async () => {
    answerInvoke(adminKeys.getSiteDefaults, fail('FORBIDDEN', 'Only Jira administrators.'));
    const user = userEvent.setup();
    render(<SiteDefaultsSection />);

    await user.click(screen.getByRole('button', { name: 'Edit every site default' }));

    expect(
      await screen.findByText("You don't have access to the Status Guide settings."),
    ).toBeVisible();
  });
});
