import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';

import type { InheritingProjectProblems } from '../../../src/contracts/admin';
import { InheritedProblemsWarning } from '../../../static/admin/src/inherited-problems-warning';
import { router } from '../support/bridge-mock';

const itDesk: InheritingProjectProblems = {
  key: 'IT',
  name: 'IT Help Desk',
  settingsPath: '/jira/servicedesk/projects/IT/settings/apps/a/e',
  problems: [
    {
      field: 'rules.reopen.targetStatus',
      message: 'This project\'s workflow has no status named "In Review".',
    },
    {
      field: 'rules.handBack.targetStatus',
      message: 'This project\'s workflow has no status named "In Progress".',
    },
  ],
};

const retailDesk: InheritingProjectProblems = {
  key: 'RT',
  name: 'Retail Desk',
  settingsPath: null,
  problems: [
    {
      field: 'statusMapping.Parked',
      message: 'The chosen preset has no entry "parked"; choose one of its statuses.',
    },
  ],
};

const warning = () =>
  screen.getByRole('heading', {
    name: "Some site defaults don't work in every project that follows them",
  });

describe('InheritedProblemsWarning', () => {
  afterEach(() => {
    router.navigate.mockClear();
  });

  it('names each rule the project’s workflow cannot carry out, and why', () => {
    render(<InheritedProblemsWarning projects={[itDesk]} />);

    expect(warning()).toBeVisible();
    expect(screen.getByText('IT Help Desk (IT)')).toBeVisible();
    for (const sentence of [
      'Reopen on a customer comment: This project\'s workflow has no status named "In Review".',
      'Hand back on the customer\'s reply: This project\'s workflow has no status named "In Progress".',
    ]) {
      expect(screen.getByText(sentence)).toBeVisible();
    }
  });

  it('opens the project’s settings page in Jira from its link', async () => {
    const user = userEvent.setup();
    render(<InheritedProblemsWarning projects={[itDesk]} />);

    await user.click(screen.getByRole('link', { name: 'Open the settings of IT Help Desk' }));

    expect(router.navigate).toHaveBeenCalledWith('/jira/servicedesk/projects/IT/settings/apps/a/e');
  });

  it('names a status mapping by its status, and gives no link where none can be told', () => {
    render(<InheritedProblemsWarning projects={[itDesk, retailDesk]} />);

    expect(
      screen.getByText(
        'Status mapping of "Parked": The chosen preset has no entry "parked"; choose one of its statuses.',
      ),
    ).toBeVisible();
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Open the settings of IT Help Desk',
    ]);
  });

  it('shows nothing while every project can follow the site defaults', () => {
    render(<InheritedProblemsWarning projects={[]} />);

    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByTestId('inherited-problems-warning')).toBeEmptyDOMElement();
  });

  it('has no accessibility violations', async () => {
    render(<InheritedProblemsWarning projects={[itDesk, retailDesk]} />);

    expect(await axe(document.body)).toHaveNoViolations();
  });
});
