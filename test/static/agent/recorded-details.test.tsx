import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';

import { agentKeys, type RequestFactsView } from '../../../src/contracts/agent';
import { fail, succeed } from '../../../src/contracts/result';
import { AgentPanel } from '../../../static/agent/src/agent-panel';
import { answerInvoke, invokedPayloads } from '../support/bridge-mock';
import { buildAgentOverview, buildClock } from '../support/builders';
import { normaliseSpaces } from '../support/panel-queries';

const invalidDate = 'Enter the date as YYYY-MM-DD, for example 2026-12-03.';

const renderDetails = async (facts: RequestFactsView = {}) => {
  const user = userEvent.setup();
  answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ facts })));
  const { container } = render(<AgentPanel />);
  await screen.findByRole('list', { name: 'Recorded details' });
  return { user, container };
};

const factItem = (title: string): HTMLElement => {
  const list = screen.getByRole('list', { name: 'Recorded details' });
  const item = within(list)
    .getAllByRole('listitem')
    .find((candidate) => within(candidate).queryByText(title, { exact: true }) !== null);
  if (!item) throw new Error(`No recorded detail called ${title}`);
  return item;
};

const field = (label: string) => screen.getByRole('textbox', { name: label });

describe('the Recorded details section of the agent panel', () => {
  it('offers only the dispatch, stock ETA and hold reason on a hardware order', async () => {
    answerInvoke(
      agentKeys.getOverview,
      succeed(buildAgentOverview({ applicableFacts: ['dispatch', 'stockEta', 'holdReason'] })),
    );
    render(<AgentPanel />);

    const list = await screen.findByRole('list', { name: 'Recorded details' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label') ?? button.textContent),
    ).toEqual(['Record dispatch', 'Record stock ETA', 'Record hold reason']);
    expect(screen.queryByRole('button', { name: 'Record installer' })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'These keep the promises up to date. Customers see the dispatch, the stock ETA and the hold reason.',
      ),
    ).toBeVisible();
  });

  it('offers no fact on a request none applies to, such as an IT desk’s request', async () => {
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ applicableFacts: [] })));
    render(<AgentPanel />);

    await screen.findByRole('heading', { name: 'Promises' });
    expect(screen.queryByRole('heading', { name: 'Recorded details' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record dispatch' })).not.toBeInTheDocument();
  });

  it('keeps a fact recorded before on a request it no longer applies to, to change or clear', async () => {
    answerInvoke(
      agentKeys.getOverview,
      succeed(
        buildAgentOverview({
          facts: { stockEta: '2026-12-20' },
          applicableFacts: ['stockEta'],
        }),
      ),
    );
    render(<AgentPanel />);

    const list = await screen.findByRole('list', { name: 'Recorded details' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByRole('button', { name: 'Edit stock ETA' })).toBeVisible();
  });

  it('lists every fact, what is recorded and what is not, dates in the agent’s locale', async () => {
    await renderDetails({
      dispatch: { dispatchedOn: '2026-12-03', carrierReference: 'NZP-4471' },
      installer: { name: 'Ian Installer', phone: '021 555 0101' },
      holdReason: 'The vehicle is away on a remote site.',
    });

    const list = screen.getByRole('list', { name: 'Recorded details' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => normaliseSpaces(item.textContent)),
    ).toEqual([
      'DispatchThu, 3 Dec 2026 · carrier reference NZP-4471EditClear',
      'Hardware receivedNot recordedRecord',
      'InstallerIan Installer · 021 555 0101EditClear',
      'Installer contact madeNot recordedRecord',
      'Stock ETANot recordedRecord',
      'Hold reasonThe vehicle is away on a remote site.EditClear',
    ]);
  });

  it('records a dispatch and refreshes the panel from the overview the resolver answers', async () => {
    const { user } = await renderDetails();
    const recorded = buildAgentOverview({
      facts: { dispatch: { dispatchedOn: '2026-12-03', carrierReference: 'NZP-4471' } },
      clocks: [
        buildClock({
          kind: 'dispatch',
          promise: 'Dispatch within 5 business days',
          state: 'met',
          met: { at: '2026-12-02T11:00:00.000Z', onTime: true, onDate: null },
        }),
      ],
    });
    answerInvoke(agentKeys.recordFact, succeed(recorded));

    await user.click(screen.getByRole('button', { name: 'Record dispatch' }));
    await user.type(field('Dispatch date'), '2026-12-03');
    await user.type(field('Carrier reference'), 'NZP-4471');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Dispatch saved.');
    expect(invokedPayloads(agentKeys.recordFact)).toEqual([
      {
        change: {
          fact: 'dispatch',
          value: { dispatchedOn: '2026-12-03', carrierReference: 'NZP-4471' },
        },
      },
    ]);
    expect(normaliseSpaces(factItem('Dispatch').textContent)).toContain(
      'Thu, 3 Dec 2026 · carrier reference NZP-4471',
    );
    const promises = screen.getByRole('list', { name: 'Promises' });
    expect(within(promises).getByText('Met')).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Record dispatch' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit dispatch' })).toHaveFocus();
  });

  it("shows the resolver's messages next to their fields and keeps what the agent typed", async () => {
    const { user } = await renderDetails();
    answerInvoke(
      agentKeys.recordFact,
      fail('INVALID_INPUT', 'Some details need fixing before they can be saved.', {
        'value.dispatchedOn': invalidDate,
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Record dispatch' }));
    await user.type(field('Dispatch date'), '3/12/2026');
    await user.type(field('Carrier reference'), 'NZP-4471');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByRole('heading', { name: "The details weren't saved." }),
    ).toBeVisible();
    expect(screen.getByText('Some details need fixing before they can be saved.')).toBeVisible();
    expect(field('Dispatch date')).toHaveAccessibleDescription(
      expect.stringContaining(invalidDate),
    );
    expect(field('Dispatch date')).toBeInvalid();
    expect(field('Dispatch date')).toHaveValue('3/12/2026');
    expect(field('Dispatch date')).toHaveFocus();
    expect(field('Carrier reference')).toHaveValue('NZP-4471');
    expect(field('Carrier reference')).not.toHaveAccessibleDescription(
      expect.stringContaining(invalidDate),
    );
  });

  it('places the messages about the installer’s name and phone each by its field', async () => {
    const { user } = await renderDetails();
    answerInvoke(
      agentKeys.recordFact,
      fail('INVALID_INPUT', 'Some details need fixing before they can be saved.', {
        'value.name': 'Enter the installer’s name.',
        'value.phone': 'A phone number has at least 6 digits.',
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Record installer' }));
    await user.type(field("Installer's phone"), '123');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Enter the installer’s name.')).toBeVisible();
    expect(field("Installer's name")).toHaveAccessibleDescription('Enter the installer’s name.');
    expect(field("Installer's phone")).toHaveAccessibleDescription(
      'A phone number has at least 6 digits.',
    );
    expect(field("Installer's phone")).toHaveValue('123');
    expect(field("Installer's name")).toHaveFocus();
  });

  it('places the message about a one-field fact by its field', async () => {
    const { user } = await renderDetails();
    answerInvoke(
      agentKeys.recordFact,
      fail('INVALID_INPUT', 'Some details need fixing before they can be saved.', {
        value: 'That date does not exist.',
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Record stock ETA' }));
    await user.type(field('Date the stock is expected'), '2026-02-30');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('That date does not exist.')).toBeVisible();
    expect(field('Date the stock is expected')).toHaveAccessibleDescription(
      expect.stringContaining('That date does not exist.'),
    );
    expect(invokedPayloads(agentKeys.recordFact)).toEqual([
      { change: { fact: 'stockEta', value: '2026-02-30' } },
    ]);
  });

  it('lists a message about no field the form shows under the error', async () => {
    const { user } = await renderDetails();
    answerInvoke(
      agentKeys.recordFact,
      fail('INVALID_INPUT', 'Some details need fixing before they can be saved.', {
        change: 'This fact cannot be recorded on this request.',
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Record hold reason' }));
    await user.type(field('Why the request is on hold'), 'Waiting for parts');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('This fact cannot be recorded on this request.')).toBeVisible();
  });

  it("says the agent can't change the details when the resolver refuses them", async () => {
    const { user } = await renderDetails();
    answerInvoke(
      agentKeys.recordFact,
      fail('FORBIDDEN', 'Only agents of this service desk can see this panel.'),
    );

    await user.click(screen.getByRole('button', { name: 'Record hold reason' }));
    await user.type(field('Why the request is on hold'), 'Waiting for parts');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByRole('heading', { name: "You can't change this request's details." }),
    ).toBeVisible();
    expect(screen.getByText('Only agents of this service desk can see this panel.')).toBeVisible();
    expect(field('Why the request is on hold')).toHaveValue('Waiting for parts');
  });

  it('starts editing from the recorded values', async () => {
    const { user } = await renderDetails({
      installer: { name: 'Ian Installer', phone: '021 555' },
    });

    await user.click(screen.getByRole('button', { name: 'Edit installer' }));

    expect(screen.getByRole('form', { name: 'Edit installer' })).toBeVisible();
    expect(field("Installer's name")).toHaveValue('Ian Installer');
    expect(field("Installer's phone")).toHaveValue('021 555');
  });

  it('closes the form without saving when the agent cancels', async () => {
    const { user } = await renderDetails();

    await user.click(screen.getByRole('button', { name: 'Record stock ETA' }));
    await user.type(field('Date the stock is expected'), '2026-12-20');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('form', { name: 'Record stock ETA' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record stock ETA' })).toHaveFocus();
    expect(invokedPayloads(agentKeys.recordFact)).toEqual([]);
  });

  it('clears a recorded fact and shows it as not recorded', async () => {
    const { user } = await renderDetails({
      installer: { name: 'Ian Installer', phone: '021 555' },
    });
    answerInvoke(agentKeys.recordFact, succeed(buildAgentOverview({ facts: {} })));

    await user.click(screen.getByRole('button', { name: 'Clear installer' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Installer cleared.');
    expect(invokedPayloads(agentKeys.recordFact)).toEqual([
      { change: { fact: 'installer', value: null } },
    ]);
    expect(factItem('Installer')).toHaveTextContent('Not recorded');
    expect(screen.getByRole('button', { name: 'Record installer' })).toHaveFocus();
  });

  it('says why a fact was not cleared and keeps it', async () => {
    const { user } = await renderDetails({ stockEta: '2026-12-20' });
    answerInvoke(
      agentKeys.recordFact,
      fail('FORBIDDEN', 'Only agents of this service desk can see this panel.'),
    );

    await user.click(screen.getByRole('button', { name: 'Clear stock ETA' }));

    expect(
      await screen.findByRole('heading', { name: "You can't change this request's details." }),
    ).toBeVisible();
    expect(factItem('Stock ETA')).toHaveTextContent('Sun, 20 Dec 2026');
  });

  it('has no accessibility violations with a form showing field messages', async () => {
    const { user, container } = await renderDetails({ holdReason: 'Waiting for parts' });
    answerInvoke(
      agentKeys.recordFact,
      fail('INVALID_INPUT', 'Some details need fixing before they can be saved.', {
        'value.dispatchedOn': invalidDate,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Record dispatch' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(invalidDate);

    expect(await axe(container)).toHaveNoViolations();
  });
});
