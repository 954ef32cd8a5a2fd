import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';

import {
  type CustomerChecklistItemView,
  type CustomerChecklistView,
  portalChecklistKeys,
} from '../../../src/contracts/checklist';
import { fail, succeed } from '../../../src/contracts/result';
import { CustomerChecklist } from '../../../static/portal/src/checklist/customer-checklist';
import { answerInvoke, invokedPayloads } from '../support/bridge-mock';

const item = (overrides: Partial<CustomerChecklistItemView>): CustomerChecklistItemView => ({
  id: 'vehicle-registration',
  label: 'Vehicle registration',
  helpText: 'The number on the vehicle’s plate, for example ABC123.',
  kind: 'registration',
  required: true,
  state: 'missing',
  imagesOnly: false,
  ...overrides,
});

const waiting: CustomerChecklistView = {
  items: [
    item({}),
    item({
      id: 'screenshots',
      label: 'Screenshots',
      kind: 'attachment',
      required: false,
      imagesOnly: true,
      helpText: '',
    }),
    item({
      id: 'users-affected',
      label: 'Users affected',
      kind: 'user-list',
      required: false,
      state: 'supplied',
    }),
  ],
  waitsOnCustomer: true,
  isComplete: false,
};

const rowOf = (label: string) => screen.getByText(label).closest('li') as HTMLElement;

describe('CustomerChecklist', () => {
  it('lists what is needed and what is in, and says the team waits on the customer', async () => {
    answerInvoke(portalChecklistKeys.getChecklist, succeed(waiting));

    render(<CustomerChecklist />);

    const list = await screen.findByRole('list', { name: 'Information we need' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(rowOf('Vehicle registration')).getByText('Needed')).toBeInTheDocument();
    expect(within(rowOf('Users affected')).getByText('Received')).toBeInTheDocument();
    expect(
      screen.getByText('We are waiting for these details from you. Add them here and we carry on.'),
    ).toBeInTheDocument();
  });

  it('points a missing screenshot to the request’s own attach button instead of a field', async () => {
    answerInvoke(portalChecklistKeys.getChecklist, succeed(waiting));

    render(<CustomerChecklist />);

    const row = await screen
      .findByText('Screenshots')
      .then((label) => label.closest('li') as HTMLElement);
    expect(
      within(row).getByText(
        'Add a picture with the Attach button of your request; a screenshot counts.',
      ),
    ).toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the reason beside the field and keeps the value when the value is refused', async () => {
    answerInvoke(portalChecklistKeys.getChecklist, succeed(waiting));
    answerInvoke(
      portalChecklistKeys.supplyItem,
      fail('INVALID_INPUT', 'This could not be saved.', {
        value: 'Enter the registration as on the plate, for example ABC123.',
      }),
    );
    const user = userEvent.setup();
    render(<CustomerChecklist />);

    await user.click(await screen.findByRole('button', { name: 'Add vehicle registration' }));
    const field = await screen.findByRole('textbox', { name: 'Vehicle registration' });
    await user.type(field, 'next week{Enter}');

    expect(
      await screen.findByText('Enter the registration as on the plate, for example ABC123.'),
    ).toBeInTheDocument();
    expect(field).toHaveValue('next week');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('ticks the item once the value is saved', async () => {
    answerInvoke(portalChecklistKeys.getChecklist, succeed(waiting));
    answerInvoke(
      portalChecklistKeys.supplyItem,
      succeed({
        ...waiting,
        items: waiting.items.map((entry) =>
          entry.id === 'vehicle-registration' ? { ...entry, state: 'supplied' as const } : entry,
        ),
      }),
    );
    const user = userEvent.setup();
    render(<CustomerChecklist />);

    await user.click(await screen.findByRole('button', { name: 'Add vehicle registration' }));
    await user.type(
      await screen.findByRole('textbox', { name: 'Vehicle registration' }),
      'KLM 482',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await within(rowOf('Vehicle registration')).findByText('Received')).toBeInTheDocument();
    expect(invokedPayloads(portalChecklistKeys.supplyItem)).toEqual([
      { itemId: 'vehicle-registration', value: 'KLM 482' },
    ]);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('has no accessibility violations with the form open', async () => {
    answerInvoke(portalChecklistKeys.getChecklist, succeed(waiting));
    const user = userEvent.setup();
    const { container } = render(<CustomerChecklist />);

    await user.click(await screen.findByRole('button', { name: 'Add vehicle registration' }));
    await screen.findByRole('textbox', { name: 'Vehicle registration' });

    expect(await axe(container)).toHaveNoViolations();
  });
});
