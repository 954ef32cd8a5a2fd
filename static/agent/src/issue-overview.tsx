import { Stack } from '@atlaskit/primitives/compiled';

import type { AgentOverview } from '../../../src/contracts/agent';
import { AgentWarnings } from './agent-warnings';
import { CustomerViewPreview } from './customer-view-preview';
import type { ViewerClock } from './format-instant';
import { RecentActions } from './recent-actions';

/** Props of {@link IssueOverview}. */
export interface IssueOverviewProps {
  /** The overview the agent resolver answered with. */
  overview: AgentOverview;
  /** The viewer's locale and time zone, for the times of the actions. */
  clock: ViewerClock;
  testId?: string;
}

/** What the agent sees: warnings first, then the customer's view, then the app's recent actions. */
export const IssueOverview = ({
  overview,
  clock,
  testId = 'issue-overview',
}: IssueOverviewProps) => (
  <Stack space="space.250" testId={testId}>
    <AgentWarnings warnings={overview.warnings} />
    <CustomerViewPreview explanation={overview.customerView} />
    <RecentActions actions={overview.recentActions} clock={clock} />
  </Stack>
);
