import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';

import { agentKeys } from '../../../src/contracts/agent';
import { agentChecklistKeys } from '../../../src/contracts/checklist';
import { fail, succeed } from '../../../src/contracts/result';
import { AgentPanel } from '../../../static/agent/src/agent-panel';
import { answerInvoke, giveContext, holdInvoke, invokedPayloads } from '../support/bridge-mock';
import { buildAgentOverview, buildAppliedAction, buildExplanation } from '../support/builders';

const customerViewHeading = { name: 'What the customer sees' };

describe('AgentPanel', () => {
  it('asks the agent resolver for the overview once, with an empty payload', async () => {
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview()));

    render(<AgentPanel />);

    await screen.findByRole('heading', customerViewHeading);
    expect(invokedPayloads(agentKeys.getOverview)).toEqual([{}]);
  });

  it('shows a labelled spinner while the overview loads', () => {
    holdInvoke(agentKeys.getOverview);

    render(<AgentPanel />);

    expect(screen.getByRole('img', { name: 'Loading the Status Guide' })).toBeInTheDocument();
  });

  it.each([
    [
      'NO_REQUEST_TYPE',
      "This issue has no request type: the customer can't see it in the portal, nor this explanation.",
    ],
    [
      'STATUS_NOT_MAPPED',
      "This status isn't mapped to the Status Guide catalogue; customers see a general explanation.",
    ],
    [
      'NO_CALENDAR',
      'No business calendar is set for this project, so the promise clocks count a plain Monday-to-Friday week without public holidays. Due times may be off until an admin sets the calendar.',
    ],
  ] as const)('warns about %s: %s', async (code, text) => {
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ warnings: [code] })));

    render(<AgentPanel />);

    expect(await screen.findByText(text)).toBeInTheDocument();
  });

  it('shows no warning when the issue has none', async () => {
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ warnings: [] })));

    render(<AgentPanel />);

    await screen.findByRole('heading', customerViewHeading);
    expect(screen.queryByTestId('agent-warnings')).not.toBeInTheDocument();
  });

  it('previews what the customer reads: status, headline and who acts next', async () => {
    const customerView = buildExplanation({
      statusName: 'Awaiting Installer',
      headline: 'Our installer will call you to book a visit.',
      actsNextLabel: 'Our installer',
    });
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ customerView })));

    render(<AgentPanel />);

    await screen.findByRole('heading', customerViewHeading);
    expect(definitionOf('Status')).toHaveTextContent('Awaiting Installer');
    expect(definitionOf('Headline')).toHaveTextContent(
      'Our installer will call you to book a visit.',
    );
    expect(definitionOf('Who acts next')).toHaveTextContent('Our installer');
    expect(definitionOf('Waits on the customer')).toHaveTextContent('No');
  });

  it('says when the request waits on the customer', async () => {
    const customerView = buildExplanation({ waitsOnCustomer: true });
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ customerView })));

    render(<AgentPanel />);

    await screen.findByRole('heading', customerViewHeading);
    expect(definitionOf('Waits on the customer')).toHaveTextContent('Yes');
  });

  it("lists the app's recent actions with their reason and time in the viewer's zone", async () => {
    giveContext({ locale: 'en-GB', timezone: 'Europe/Paris' });
    const recentActions = [buildAppliedAction({ at: '2024-03-01T09:30:00.000Z' })];
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ recentActions })));

    render(<AgentPanel />);

    const list = await screen.findByRole('list', { name: 'Recent automatic actions' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('Moved to In Review');
    expect(item).toHaveTextContent('The customer commented on the resolved request');
    expect(within(item).getByText('1 Mar 2024, 10:30')).toHaveAttribute(
      'datetime',
      '2024-03-01T09:30:00.000Z',
    );
  });

  it('says in plain words what the app did and when the customer wrote', async () => {
    giveContext({ locale: 'en-GB', timezone: 'Europe/Paris' });
    const recentActions = [
      buildAppliedAction({
        rule: 'hand-back',
        summary: 'Moved from Waiting for Customer to In Progress',
        triggeredAt: '2024-03-01T09:42:00.000Z',
        at: '2024-03-01T09:42:03.000Z',
      }),
    ];
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ recentActions })));

    render(<AgentPanel />);

    const list = await screen.findByRole('list', { name: 'Recent automatic actions' });
    const item = within(list).getByRole('listitem');
    expect(
      within(item).getByText('Handed back to the team because the customer replied at 10:42'),
    ).toBeVisible();
    expect(within(item).getByText('Moved from Waiting for Customer to In Progress')).toBeVisible();
  });

  it("writes times in the viewer's locale", async () => {
    giveContext({ locale: 'en-US', timezone: 'America/New_York' });
    const recentActions = [buildAppliedAction({ at: '2024-03-01T09:30:00.000Z' })];
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ recentActions })));

    render(<AgentPanel />);

    const list = await screen.findByRole('list', { name: 'Recent automatic actions' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('Mar 1, 2024, 4:30 AM');
  });

  it('marks an action the workflow refused, with the summary saying why', async () => {
    const recentActions = [
      buildAppliedAction({
        summary: 'Could not move to In Review: the workflow has no such transition',
        isApplied: false,
      }),
    ];
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ recentActions })));

    render(<AgentPanel />);

    const list = await screen.findByRole('list', { name: 'Recent automatic actions' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByText('Refused')).toBeVisible();
    expect(item).toHaveTextContent(
      'Could not move to In Review: the workflow has no such transition',
    );
  });

  it('does not mark an applied action as refused', async () => {
    const recentActions = [buildAppliedAction({ isApplied: true })];
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ recentActions })));

    render(<AgentPanel />);

    const list = await screen.findByRole('list', { name: 'Recent automatic actions' });
    expect(within(list).queryByText('Refused')).not.toBeInTheDocument();
  });

  it('still shows the actions when the Forge context cannot be read', async () => {
    giveContext(new Error('no context'));
    const recentActions = [buildAppliedAction()];
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ recentActions })));

    render(<AgentPanel />);

    const list = await screen.findByRole('list', { name: 'Recent automatic actions' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('Moved to In Review');
  });

  it('says so when the app has not acted on the request', async () => {
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ recentActions: [] })));

    render(<AgentPanel />);

    expect(await screen.findByText("The app hasn't changed this request yet.")).toBeVisible();
  });

  it.each([
    ['NOT_FOUND', "This issue's Status Guide isn't available."],
    ['FORBIDDEN', 'Only agents of this service desk can see the Status Guide.'],
    ['INTERNAL', "We can't show the Status Guide right now."],
  ] as const)('shows "%s" as: %s', async (code, title) => {
    answerInvoke(agentKeys.getOverview, fail(code, ''));

    render(<AgentPanel />);

    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
  });

  it('has no accessibility violations with warnings and actions', async () => {
    const overview = buildAgentOverview({
      warnings: ['NO_REQUEST_TYPE', 'STATUS_NOT_MAPPED', 'NO_CALENDAR'],
      recentActions: [buildAppliedAction(), buildAppliedAction({ rule: 'x', isApplied: false })],
    });
    answerInvoke(agentKeys.getOverview, succeed(overview));
    const { container } = render(<AgentPanel />);

    await screen.findByRole('list', { name: 'Recent automatic actions' });

    expect(await axe(container)).toHaveNoViolations();
  });
});

const definitionOf = (term: string): HTMLElement | null => {
  const termElement = screen.getByText(term, { selector: 'dt' });
  return termElement.nextElementSibling instanceof HTMLElement
    ? termElement.nextElementSibling
    : null;
};

describe('AgentPanel after the checklist asked the customer', () => {
  it('reads the overview again, so it shows the move to waiting', async () => {
    let reads = 0;
    answerInvoke(agentKeys.getOverview, () => {
      reads += 1;
      const statusName = reads === 1 ? 'In Progress' : 'Waiting for Customer';
      return succeed(buildAgentOverview({ customerView: buildExplanation({ statusName }) }));
    });
    const checklist = {
      items: [
        {
          id: 'vehicle-registration',
          label: 'Vehicle registration',
          helpText: '',
          kind: 'registration' as const,
          required: true,
          visibility: 'customer' as const,
          state: 'missing' as const,
          value: null,
          evidence: null,
        },
      ],
      missingCount: 1,
      waitsOnCustomer: false,
      askableCount: 1,
    };
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));
    answerInvoke(agentChecklistKeys.askCustomer, succeed({ ...checklist, waitsOnCustomer: true }));
    const user = userEvent.setup();
    render(<AgentPanel />);

    expect(await screen.findByText('In Progress')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Ask the customer' }));

    expect(await screen.findByText('Waiting for Customer')).toBeInTheDocument();
    expect(screen.queryByText('In Progress')).toBeNull();
    expect(invokedPayloads(agentKeys.getOverview)).toEqual([{}, {}]);
  });
});
