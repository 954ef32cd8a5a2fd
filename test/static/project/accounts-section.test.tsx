import { screen, within } from '@testing-library/react';

import { projectKeys } from '../../../src/contracts/project';
import { succeed } from '../../../src/contracts/result';
import { answerInvoke } from '../support/bridge-mock';
import { renderProjectSettings } from '../support/project-view';

const ian = { accountId: 'ian-1', displayName: 'Ian Installer' };
const iris = { accountId: 'iris-1', displayName: 'Iris Installer' };

describe('the Special accounts tab', () => {
  it('lists an added account once and no longer offers to add it when found again', async () => {
    answerInvoke(projectKeys.searchUsers, succeed([ian, iris]));
    const { user } = await renderProjectSettings();
    await user.click(screen.getByRole('tab', { name: 'Special accounts' }));
    const field = screen.getByRole('textbox', { name: 'Find a person to add to installers' });

    await user.type(field, 'installer{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Add Ian Installer' }));
    await user.click(field);
    await user.keyboard('{Enter}');

    expect(
      within(screen.getByRole('list', { name: 'Installers' })).getByText('Ian Installer'),
    ).toBeVisible();
    const found = await screen.findByRole('list', { name: 'People found for installers' });
    expect(within(found).queryByRole('button', { name: 'Add Ian Installer' })).toBeNull();
    expect(within(found).getByText('Already listed')).toBeVisible();
    expect(within(found).getByRole('button', { name: 'Add Iris Installer' })).toBeEnabled();
  });
});
