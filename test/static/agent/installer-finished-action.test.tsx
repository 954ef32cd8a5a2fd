import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';

import { agentKeys } from '../../../src/contracts/agent';
import { fail, succeed } from '../../../src/contracts/result';
import { AgentPanel } from '../../../static/agent/src/agent-panel';
import { answerInvoke, invokedPayloads } from '../support/bridge-mock';
import { buildAgentOverview, buildExplanation } from '../support/builders';

const booked = buildAgentOverview({
  customerView: buildExplanation({ statusName: 'Installer Booked', entryId: 'installer-booked' }),
});

const renderPanel = async (overview = booked) => {
  const user = userEvent.setup();
  answerInvoke(agentKeys.getOverview, succeed(overview));
  const { container } = render(<AgentPanel />);
  await screen.findByRole('heading', { name: 'Recent automatic actions' });
  return { user, container };
};

describe('the installer-finished action of the agent panel', () => {
  it('resolves the request and shows the app’s action in plain words', async () => {
    const { user } = await renderPanel();
    answerInvoke(
      agentKeys.recordInstallerFinished,
      succeed(
        buildAgentOverview({
          customerView: buildExplanation({ statusName: 'Resolved', entryId: 'resolved' }),
          recentActions: [
            {
              rule: 'installerFinished',
              summary: 'Moved to Resolved',
              reason: 'An agent recorded that the installer finished the job.',
              at: '2026-12-03T21:42:00.000Z',
              isApplied: true,
              triggeredAt: null,
            },
          ],
        }),
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Installer finished' }));

    expect(await screen.findByText('Moved to Resolved')).toBeInTheDocument();
    expect(
      screen.getByText('An agent recorded that the installer finished the job.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Installer finished' })).toBeNull();
    expect(invokedPayloads(agentKeys.recordInstallerFinished)).toEqual([{}]);
  });

  it('says why when the request could not be resolved', async () => {
    const { user } = await renderPanel();
    answerInvoke(
      agentKeys.recordInstallerFinished,
      fail('INVALID_INPUT', 'This request is not field maintenance.'),
    );

    await user.click(screen.getByRole('button', { name: 'Installer finished' }));

    expect(await screen.findByText("The request wasn't resolved.")).toBeVisible();
    expect(screen.getByText('This request is not field maintenance.')).toBeVisible();
  });

  it('is not offered while the installer does not have the request', async () => {
    await renderPanel(buildAgentOverview());

    expect(screen.queryByRole('button', { name: 'Installer finished' })).toBeNull();
  });

  it('has no accessibility violations', async () => {
    const { container } = await renderPanel();

    expect(await axe(container)).toHaveNoViolations();
  });
});
