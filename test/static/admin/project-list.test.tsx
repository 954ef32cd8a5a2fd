import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ProjectList } from '../../../static/admin/src/project-list';
import { router } from '../support/bridge-mock';

const projects = [
  {
    key: 'FS',
    name: 'Field Service Desk',
    hasOwnSettings: true,
    problem: null,
    settingsPath: '/jira/servicedesk/projects/FS/settings/apps/a/e',
  },
  {
    key: 'IT',
    name: 'IT Help Desk',
    hasOwnSettings: false,
    problem: 'The stored settings are invalid.',
    settingsPath: null,
  },
];

describe('ProjectList', () => {
  afterEach(() => {
    router.navigate.mockClear();
  });

  it('opens a project’s settings page in Jira from its link', async () => {
    const user = userEvent.setup();
    render(<ProjectList projects={projects} />);

    await user.click(screen.getByRole('link', { name: 'Field Service Desk (FS)' }));

    expect(router.navigate).toHaveBeenCalledWith('/jira/servicedesk/projects/FS/settings/apps/a/e');
  });

  it('says which projects follow the site defaults and what is wrong with one', () => {
    render(<ProjectList projects={projects} />);

    expect(screen.getByText('Own settings')).toBeVisible();
    expect(screen.getByText('Site defaults')).toBeVisible();
    expect(screen.getByText('The stored settings are invalid.')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'IT Help Desk (IT)' })).toBeNull();
  });

  it('says so when there is no project', () => {
    render(<ProjectList projects={[]} />);

    expect(screen.getByText('There are no service-desk projects you can see.')).toBeVisible();
  });
});
