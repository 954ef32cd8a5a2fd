import { render, screen, waitFor } from '@testing-library/react';

import { portalChecklistKeys } from '../../../src/contracts/checklist';
import { portalKeys } from '../../../src/contracts/portal';
import { fail, succeed } from '../../../src/contracts/result';
import { PortalPanel } from '../../../static/portal/src/portal-panel';
import { answerInvoke, invokedPayloads } from '../support/bridge-mock';
import { buildPortalGuide } from '../support/builders';

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
});
