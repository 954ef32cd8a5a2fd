import { render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';

import { portalKeys } from '../../../src/contracts/portal';
import { succeed } from '../../../src/contracts/result';
import { PortalPanel } from '../../../static/portal/src/portal-panel';
import { RoadAhead } from '../../../static/portal/src/road-ahead';
import { answerInvoke } from '../support/bridge-mock';
import { buildPortalGuide } from '../support/builders';

const road = [
  { statusName: 'Assigned to Installer', category: 'indeterminate', isCurrent: true },
  { statusName: 'Installer Booked', category: 'indeterminate', isCurrent: false },
  { statusName: 'Resolved', category: 'done', isCurrent: false },
] as const;

describe('RoadAhead', () => {
  it('lists the road in order, the current step marked as where the request is', () => {
    render(<RoadAhead steps={road} />);

    const steps = within(screen.getByRole('list', { name: 'The road ahead' })).getAllByRole(
      'listitem',
    );
    expect(steps.map((step) => step.textContent)).toEqual([
      'Assigned to Installer (you are here)',
      'Installer Booked',
      'Resolved',
    ]);
    expect(steps[0]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).not.toHaveAttribute('aria-current');
  });

  it('shows nothing for a request already at the end of its road', () => {
    render(<RoadAhead steps={[{ statusName: 'Resolved', category: 'done', isCurrent: true }]} />);

    expect(screen.queryByRole('heading', { name: 'The road ahead' })).not.toBeInTheDocument();
  });

  it('appears in the portal panel under the guide, with no accessibility violation', async () => {
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide({ roadAhead: [...road] })));

    const { container } = render(<PortalPanel />);

    const list = await screen.findByRole('list', { name: 'The road ahead' });
    expect(within(list).getByText('Installer Booked')).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });
});
