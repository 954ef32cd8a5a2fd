import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { portalChecklistKeys } from '../../../src/contracts/checklist';
import { portalKeys } from '../../../src/contracts/portal';
import { fail, succeed } from '../../../src/contracts/result';
import { PortalPanel } from '../../../static/portal/src/portal-panel';
import { answerInvoke, giveContext, invokedPayloads } from '../support/bridge-mock';
import { buildExplanation, buildPortalGuide } from '../support/builders';

const waitingChecklist = {
  items: [
    {
      id: 'purchase-order',
      label: 'Purchase order number',
      helpText: '',
      kind: 'purchase-order',
      required: true,
      state: 'missing',
      imagesOnly: false,
    },
    {
      id: 'screenshots',
      label: 'Screenshots',
      helpText: '',
      kind: 'attachment',
      required: false,
      state: 'missing',
      imagesOnly: true,
    },
    {
      id: 'site-contact',
      label: 'Site contact',
      helpText: '',
      kind: 'phone-or-email',
      required: false,
      state: 'supplied',
      imagesOnly: false,
    },
  ],
  waitsOnCustomer: true,
  isComplete: false,
} as const;

describe('the checklist in the portal panel', () => {
  it('shows what is needed under the guide', async () => {
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));
    answerInvoke(
      portalChecklistKeys.getChecklist,
      succeed({
        items: [
          {
            id: 'purchase-order',
            label: 'Purchase order number',
            helpText: '',
            kind: 'purchase-order',
            required: true,
            state: 'missing',
            imagesOnly: false,
          },
        ],
        waitsOnCustomer: false,
        isComplete: false,
      }),
    );

    render(<PortalPanel />);

    expect(await screen.findByRole('list', { name: 'Information we need' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add purchase order number' })).toBeInTheDocument();
    expect(invokedPayloads(portalChecklistKeys.getChecklist)).toEqual([{}]);
  });

  it('keeps the guide when the checklist cannot be loaded', async () => {
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));
    answerInvoke(portalChecklistKeys.getChecklist, fail('UNAVAILABLE', 'Jira is busy.'));

    render(<PortalPanel />);

    await screen.findByRole('heading', { name: 'Our support team is working on your request.' });
    await waitFor(() => {
      expect(invokedPayloads(portalChecklistKeys.getChecklist)).toEqual([{}]);
    });
    expect(screen.queryByRole('heading', { name: 'Information we need' })).not.toBeInTheDocument();
  });

  it('reads in French for a customer whose Jira locale is French', async () => {
    giveContext({ locale: 'fr-FR' });
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));
    answerInvoke(
      portalChecklistKeys.getChecklist,
      succeed({ ...waitingChecklist, items: [...waitingChecklist.items] }),
    );

    render(<PortalPanel />);

    const list = await screen.findByRole('list', {
      name: 'Les informations dont nous avons besoin',
    });
    expect(
      screen.getByText(
        'Nous attendons ces informations de votre part. Ajoutez-les ici et nous poursuivons.',
      ),
    ).toBeVisible();
    expect(within(list).getAllByText('À fournir')).toHaveLength(1);
    expect(within(list).getByText('Facultatif')).toBeVisible();
    expect(within(list).getByText('Reçu')).toBeVisible();
    expect(within(list).getAllByText('(facultatif)')).toHaveLength(2);
    expect(
      within(list).getByText(
        'Ajoutez une image avec le bouton Joindre de votre demande ; une capture d’écran suffit.',
      ),
    ).toBeVisible();
    expect(
      within(list).getByRole('button', { name: 'Ajouter : purchase order number' }),
    ).toHaveTextContent('Ajouter');
  });

  it.each([
    [
      'fr-FR',
      'Saisissez le numéro du bon de commande : des lettres et des chiffres, par exemple PO-4512.',
    ],
    ['en-US', 'Enter the purchase order number: letters and digits, such as PO-4512.'],
  ])('words a refused value in the customer’s language (%s)', async (locale, expected) => {
    giveContext({ locale });
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));
    answerInvoke(
      portalChecklistKeys.getChecklist,
      succeed({ ...waitingChecklist, items: [...waitingChecklist.items] }),
    );
    answerInvoke(
      portalChecklistKeys.supplyItem,
      fail(
        'INVALID_INPUT',
        'This could not be saved.',
        { value: 'Enter the purchase order number: letters and digits, such as PO-4512.' },
        { value: 'purchase-order' },
      ),
    );
    const user = userEvent.setup();
    render(<PortalPanel />);

    const open =
      locale === 'fr-FR' ? 'Ajouter : purchase order number' : 'Add purchase order number';
    await user.click(await screen.findByRole('button', { name: open }));
    const field = await screen.findByRole('textbox', { name: 'Purchase order number' });
    await user.type(field, 'next week{Enter}');

    expect(await screen.findByText(expected)).toBeVisible();
    expect(field).toHaveValue('next week');
  });

  it('says in French how long is too long, with the length the customer typed', async () => {
    giveContext({ locale: 'fr-FR' });
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));
    answerInvoke(
      portalChecklistKeys.getChecklist,
      succeed({ ...waitingChecklist, items: [...waitingChecklist.items] }),
    );
    answerInvoke(
      portalChecklistKeys.supplyItem,
      fail(
        'INVALID_INPUT',
        'This could not be saved.',
        { value: 'Too long.' },
        { value: 'too-long' },
      ),
    );
    const user = userEvent.setup();
    render(<PortalPanel />);

    await user.click(
      await screen.findByRole('button', { name: 'Ajouter : purchase order number' }),
    );
    const field = await screen.findByRole('textbox', { name: 'Purchase order number' });
    await user.click(field);
    await user.paste('P'.repeat(501));
    await user.keyboard('{Enter}');

    expect(
      await screen.findByText(
        'Ce texte compte 501 caractères ; 500 au plus sont acceptés. Merci de le raccourcir.',
      ),
    ).toBeVisible();
  });

  it('follows the request back to the team once the customer supplies the last required item', async () => {
    const waitingGuide = buildPortalGuide({
      explanation: buildExplanation({
        statusName: 'Waiting for Customer',
        headline: 'We need something from you before we can go on.',
        actsNext: ['customer'],
        actsNextLabel: 'You',
        waitsOnCustomer: true,
        customerCanDo: ['Add the purchase order number below.'],
      }),
      roadAhead: [
        { statusName: 'Waiting for Customer', category: 'indeterminate', isCurrent: true },
        { statusName: 'In Progress', category: 'indeterminate', isCurrent: false },
        { statusName: 'Resolved', category: 'done', isCurrent: false },
      ],
    });
    const handedBackGuide = buildPortalGuide({
      roadAhead: [
        { statusName: 'In Progress', category: 'indeterminate', isCurrent: true },
        { statusName: 'Resolved', category: 'done', isCurrent: false },
      ],
    });
    let isSupplied = false;
    answerInvoke(portalKeys.getGuide, () => succeed(isSupplied ? handedBackGuide : waitingGuide));
    answerInvoke(
      portalChecklistKeys.getChecklist,
      succeed({ ...waitingChecklist, items: [...waitingChecklist.items] }),
    );
    answerInvoke(portalChecklistKeys.supplyItem, () => {
      isSupplied = true;
      return succeed({
        items: waitingChecklist.items.map((item) =>
          item.id === 'purchase-order' ? { ...item, state: 'supplied' as const } : item,
        ),
        waitsOnCustomer: false,
        isComplete: true,
      });
    });
    const user = userEvent.setup();
    render(<PortalPanel />);
    expect(await screen.findByRole('heading', { name: 'Your action is needed' })).toBeVisible();

    await user.click(await screen.findByRole('button', { name: 'Add purchase order number' }));
    await user.type(
      await screen.findByRole('textbox', { name: 'Purchase order number' }),
      'PO-4512{Enter}',
    );

    expect(
      await screen.findByRole('heading', { name: 'Our support team is working on your request.' }),
    ).toBeVisible();
    expect(
      screen.queryByRole('heading', { name: 'Your action is needed' }),
    ).not.toBeInTheDocument();
    const road = screen.getByRole('list', { name: 'The road ahead' });
    expect(
      within(road)
        .getAllByRole('listitem')
        .map((step) => step.textContent),
    ).toEqual(['In Progress (you are here)', 'Resolved']);
    const list = screen.getByRole('list', { name: 'Information we need' });
    expect(within(list).getAllByText('Received')).toHaveLength(2);
    expect(invokedPayloads(portalKeys.getGuide)).toEqual([{}, {}]);
  });

  it('keeps the guide on screen when reading it again after a supplied value fails', async () => {
    let guideCalls = 0;
    answerInvoke(portalKeys.getGuide, () => {
      guideCalls += 1;
      return guideCalls === 1 ? succeed(buildPortalGuide()) : fail('UNAVAILABLE', 'Jira is busy.');
    });
    answerInvoke(
      portalChecklistKeys.getChecklist,
      succeed({ ...waitingChecklist, items: [...waitingChecklist.items] }),
    );
    answerInvoke(
      portalChecklistKeys.supplyItem,
      succeed({ ...waitingChecklist, items: [...waitingChecklist.items] }),
    );
    const user = userEvent.setup();
    render(<PortalPanel />);

    await user.click(await screen.findByRole('button', { name: 'Add purchase order number' }));
    await user.type(
      await screen.findByRole('textbox', { name: 'Purchase order number' }),
      'PO-4512{Enter}',
    );

    await waitFor(() => {
      expect(guideCalls).toBe(2);
    });
    expect(
      screen.getByRole('heading', { name: 'Our support team is working on your request.' }),
    ).toBeVisible();
    expect(screen.queryByText('Jira is busy.')).not.toBeInTheDocument();
  });
});
