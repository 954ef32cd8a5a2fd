import { render, screen, waitFor, within } from '@testing-library/react';

import { portalChecklistKeys } from '../../../src/contracts/checklist';
import { portalKeys } from '../../../src/contracts/portal';
import { fail, succeed } from '../../../src/contracts/result';
import { PortalPanel } from '../../../static/portal/src/portal-panel';
import { answerInvoke, giveContext, invokedPayloads } from '../support/bridge-mock';
import { buildPortalGuide } from '../support/builders';

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
});
