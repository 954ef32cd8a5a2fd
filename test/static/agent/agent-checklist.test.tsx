import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';

import {
  type AgentChecklistItemView,
  agentChecklistKeys,
  type AgentChecklistView,
} from '../../../src/contracts/checklist';
import { fail, succeed } from '../../../src/contracts/result';
import { AgentChecklist } from '../../../static/agent/src/checklist/agent-checklist';
import { answerInvoke, invokedPayloads } from '../support/bridge-mock';

const clock = { locale: 'en-NZ', timeZone: 'Pacific/Auckland' };

const item = (overrides: Partial<AgentChecklistItemView>): AgentChecklistItemView => ({
  id: 'vehicle-registration',
  label: 'Vehicle registration',
  helpText: '',
  kind: 'registration',
  required: true,
  visibility: 'customer',
  state: 'missing',
  value: null,
  evidence: null,
  ...overrides,
});

const checklist: AgentChecklistView = {
  items: [
    item({
      state: 'found',
      value: 'KLM482',
      evidence: { source: 'comment', commentId: '10011', at: '2026-12-02T20:00:00.000Z' },
    }),
    item({ id: 'vehicle-location', label: 'Where the vehicle is', kind: 'location' }),
    item({
      id: 'unit-serial',
      label: 'Serial number of the unit',
      kind: 'text',
      required: false,
      visibility: 'agent',
    }),
  ],
  missingCount: 1,
  waitsOnCustomer: false,
  askableCount: 1,
};

const rowOf = (label: string) => screen.getByText(label).closest('li') as HTMLElement;

describe('AgentChecklist', () => {
  it('says where each item was found, on the agent’s calendar day', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));

    render(<AgentChecklist clock={clock} />);

    const row = await screen
      .findByText('Vehicle registration')
      .then((l) => l.closest('li') as HTMLElement);
    expect(within(row).getByText('KLM482')).toBeInTheDocument();
    expect(within(row).getByText('Found in the comment of 3 December')).toBeInTheDocument();
    expect(screen.getByText('1 required item is missing.')).toBeInTheDocument();
  });

  it('marks items kept for the team as never shown to the customer', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));

    render(<AgentChecklist clock={clock} />);

    await screen.findByText('Serial number of the unit');
    expect(
      within(rowOf('Serial number of the unit')).getByText(
        'For the team only: never shown to the customer.',
      ),
    ).toBeInTheDocument();
    expect(
      within(rowOf('Where the vehicle is')).queryByText(/For the team only/),
    ).not.toBeInTheDocument();
  });

  it('asks the customer with one click and says so', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));
    answerInvoke(agentChecklistKeys.askCustomer, succeed({ ...checklist, waitsOnCustomer: true }));
    const user = userEvent.setup();
    render(<AgentChecklist clock={clock} />);

    await user.click(await screen.findByRole('button', { name: 'Ask the customer' }));

    expect(await screen.findByText('The customer was asked')).toBeInTheDocument();
    expect(invokedPayloads(agentChecklistKeys.askCustomer)).toEqual([{}]);
  });

  it('says why nothing was asked when the resolver refuses', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));
    answerInvoke(
      agentChecklistKeys.askCustomer,
      fail('INVALID_INPUT', 'Nothing the customer can give is missing.'),
    );
    const user = userEvent.setup();
    render(<AgentChecklist clock={clock} />);

    await user.click(await screen.findByRole('button', { name: 'Ask the customer' }));

    expect(
      await screen.findByText('Nothing the customer can give is missing.'),
    ).toBeInTheDocument();
  });

  it('offers no ask when nothing the customer can give is missing', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed({ ...checklist, askableCount: 0 }));

    render(<AgentChecklist clock={clock} />);

    expect(await screen.findByRole('button', { name: 'Ask the customer' })).toBeDisabled();
  });

  it('marks an item not needed and shows the refreshed list', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));
    answerInvoke(
      agentChecklistKeys.markItem,
      succeed({
        ...checklist,
        missingCount: 0,
        items: checklist.items.map((entry) =>
          entry.id === 'vehicle-location'
            ? {
                ...entry,
                state: 'not-needed' as const,
                evidence: { source: 'agent' as const, at: '2026-12-03T01:00:00Z' },
              }
            : entry,
        ),
      }),
    );
    const user = userEvent.setup();
    render(<AgentChecklist clock={clock} />);

    await user.click(
      await screen.findByRole('button', { name: 'Mark where the vehicle is not needed' }),
    );

    expect(await screen.findByText('Every required item is in.')).toBeInTheDocument();
    expect(within(rowOf('Where the vehicle is')).getByText('Not needed')).toBeInTheDocument();
    expect(
      within(rowOf('Where the vehicle is')).getByText('Marked by an agent on 3 December'),
    ).toBeInTheDocument();
    expect(invokedPayloads(agentChecklistKeys.markItem)).toEqual([
      { itemId: 'vehicle-location', mark: 'not-needed' },
    ]);
  });

  const suppliedLocation = (value: string | null): AgentChecklistView => ({
    ...checklist,
    missingCount: 0,
    items: checklist.items.map((entry) =>
      entry.id === 'vehicle-location'
        ? {
            ...entry,
            state: 'supplied' as const,
            value,
            evidence: { source: 'agent' as const, at: '2026-12-03T01:00:00Z' },
          }
        : entry,
    ),
  });

  it('marks an item supplied with the value the customer gave by phone', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));
    answerInvoke(agentChecklistKeys.markItem, succeed(suppliedLocation('Depot 4, Penrose')));
    const user = userEvent.setup();
    render(<AgentChecklist clock={clock} />);

    await user.click(
      await screen.findByRole('button', { name: 'Mark where the vehicle is supplied' }),
    );
    const form = screen.getByRole('form', { name: 'Mark where the vehicle is supplied' });
    await user.type(
      within(form).getByRole('textbox', { name: 'Where the vehicle is' }),
      'Depot 4, Penrose',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Depot 4, Penrose')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(invokedPayloads(agentChecklistKeys.markItem)).toEqual([
      { itemId: 'vehicle-location', mark: 'supplied', value: 'Depot 4, Penrose' },
    ]);
  });

  it('marks an item supplied without a value when the field is left empty', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));
    answerInvoke(agentChecklistKeys.markItem, succeed(suppliedLocation(null)));
    const user = userEvent.setup();
    render(<AgentChecklist clock={clock} />);

    await user.click(
      await screen.findByRole('button', { name: 'Mark where the vehicle is supplied' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Every required item is in.')).toBeInTheDocument();
    expect(invokedPayloads(agentChecklistKeys.markItem)).toEqual([
      { itemId: 'vehicle-location', mark: 'supplied' },
    ]);
  });

  it('keeps the form and the value with the reason when the value is refused', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));
    answerInvoke(
      agentChecklistKeys.markItem,
      fail('INVALID_INPUT', 'This could not be saved.', {
        value: 'Enter the address or place where the vehicle is.',
      }),
    );
    const user = userEvent.setup();
    render(<AgentChecklist clock={clock} />);

    await user.click(
      await screen.findByRole('button', { name: 'Mark where the vehicle is supplied' }),
    );
    const field = screen.getByRole('textbox', { name: 'Where the vehicle is' });
    await user.type(field, 'yes{Enter}');

    expect(
      await screen.findByText('Enter the address or place where the vehicle is.'),
    ).toBeInTheDocument();
    expect(field).toHaveValue('yes');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts the form away, unsaved, on Cancel', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));
    const user = userEvent.setup();
    render(<AgentChecklist clock={clock} />);

    await user.click(
      await screen.findByRole('button', { name: 'Mark where the vehicle is supplied' }),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Mark where the vehicle is supplied' }),
    ).toBeInTheDocument();
    expect(invokedPayloads(agentChecklistKeys.markItem)).toEqual([]);
  });

  it('has no accessibility violations with the supplied form open', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));
    const user = userEvent.setup();
    const { container } = render(<AgentChecklist clock={clock} />);

    await user.click(
      await screen.findByRole('button', { name: 'Mark where the vehicle is supplied' }),
    );

    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no accessibility violations', async () => {
    answerInvoke(agentChecklistKeys.getChecklist, succeed(checklist));

    const { container } = render(<AgentChecklist clock={clock} />);
    await screen.findByText('Vehicle registration');

    expect(await axe(container)).toHaveNoViolations();
  });
});
