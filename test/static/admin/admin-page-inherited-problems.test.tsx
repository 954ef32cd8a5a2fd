import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { adminKeys, type InheritingProjectProblems } from '../../../src/contracts/admin';
import type { ProjectSettingsView } from '../../../src/contracts/project';
import { succeed } from '../../../src/contracts/result';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { AdminPage } from '../../../static/admin/src/admin-page';
import { answerInvoke } from '../support/bridge-mock';
import { buildAdminOverview } from '../support/builders';

const itDesk = (targetStatus: string): InheritingProjectProblems => ({
  key: 'IT',
  name: 'IT Help Desk',
  settingsPath: '/jira/servicedesk/projects/IT/settings/apps/a/e',
  problems: [
    {
      field: 'rules.reopen.targetStatus',
      message: `This project's workflow has no status named "${targetStatus}".`,
    },
  ],
});

const siteView: ProjectSettingsView = {
  projectKey: null,
  config: { ...configForPreset('field-service'), companyName: 'Acme' },
  inheritsSiteDefaults: false,
  storedSettingsProblem: null,
  statuses: [{ statusName: 'In Review', category: 'new', entryId: 'in-review', matchedBy: 'name' }],
  catalogues: { 'field-service': [], 'it-service-desk': [] },
  requestTypes: [],
  accountNames: {},
};

const reopenProblem = (status: string) =>
  `Reopen on a customer comment: This project's workflow has no status named "${status}".`;

describe('the admin page’s warning about projects that follow the site defaults', () => {
  it('lists them as soon as the page loads', async () => {
    answerInvoke(
      adminKeys.getSettings,
      succeed(buildAdminOverview({ inheritedProblems: [itDesk('In Review')] })),
    );
    answerInvoke(adminKeys.getSiteDefaults, succeed(siteView));

    render(<AdminPage />);

    expect(await screen.findByText(reopenProblem('In Review'))).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the settings of IT Help Desk' })).toBeVisible();
  });

  it('shows what saving the site defaults found, in place of what the page loaded', async () => {
    answerInvoke(
      adminKeys.getSettings,
      succeed(buildAdminOverview({ inheritedProblems: [itDesk('In Review')] })),
    );
    answerInvoke(adminKeys.getSiteDefaults, succeed(siteView));
    answerInvoke(adminKeys.saveSiteDefaults, () =>
      succeed({ ...siteView, inheritedProblems: [itDesk('Limbo')] }),
    );
    const user = userEvent.setup();
    render(<AdminPage />);
    await screen.findByText(reopenProblem('In Review'));

    await user.click(await screen.findByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText(reopenProblem('Limbo'))).toBeVisible();
    expect(screen.queryByText(reopenProblem('In Review'))).toBeNull();
  });

  it('shows no warning once a save finds every project able to follow the defaults', async () => {
    answerInvoke(
      adminKeys.getSettings,
      succeed(buildAdminOverview({ inheritedProblems: [itDesk('In Review')] })),
    );
    answerInvoke(adminKeys.getSiteDefaults, succeed(siteView));
    answerInvoke(adminKeys.saveSiteDefaults, () => succeed({ ...siteView, inheritedProblems: [] }));
    const user = userEvent.setup();
    render(<AdminPage />);
    await screen.findByText(reopenProblem('In Review'));

    await user.click(await screen.findByRole('button', { name: 'Save settings' }));

    await screen.findByRole('heading', { name: 'Settings saved' });
    expect(screen.queryByText(reopenProblem('In Review'))).toBeNull();
  });
});
