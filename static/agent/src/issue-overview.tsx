import { Stack } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import type { AgentOverview } from '../../../src/contracts/agent';
import { AgentWarnings } from './agent-warnings';
import { AgentChecklist } from './checklist/agent-checklist';
import { JsmSlas } from './clocks/jsm-slas';
import { PromiseClocks } from './clocks/promise-clocks';
import { CustomerViewPreview } from './customer-view-preview';
import { RecordedDetails } from './facts/recorded-details';
import type { ViewerClock } from './format-instant';
import { InstallerFinishedAction } from './installer-finished-action';
import { RecentActions } from './recent-actions';

/** Props of {@link IssueOverview}. */
export interface IssueOverviewProps {
  /** The overview the agent resolver answered with. */
  overview: AgentOverview;
  /** The viewer's locale and time zone, for every time the panel shows. */
  clock: ViewerClock;
  /** Called with the new overview after the agent changed a recorded detail. */
  onOverviewChange: (overview: AgentOverview) => void;
  /** Called when an action elsewhere in the panel moved the request, so the overview is read again. */
  onRequestMoved?: () => void;
  testId?: string;
}

// Side by side where the panel is wide, one above the other in a narrow issue panel.
const timersStyle = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18rem), 1fr))',
  gap: token('space.250'),
} satisfies CSSProperties;

/**
 * What the agent sees: warnings first, then the promises beside JSM's SLAs, the recorded details,
 * the customer's view and the app's recent actions.
 */
export const IssueOverview = ({
  overview,
  clock,
  onOverviewChange,
  onRequestMoved,
  testId = 'issue-overview',
}: IssueOverviewProps) => (
  <Stack space="space.300" testId={testId}>
    <AgentWarnings warnings={overview.warnings} />
    <div style={timersStyle}>
      <PromiseClocks clocks={overview.clocks} calendar={overview.calendar} viewer={clock} />
      <JsmSlas slas={overview.slas} viewer={clock} />
    </div>
    <AgentChecklist clock={clock} onAsked={onRequestMoved} />
    <RecordedDetails
      facts={overview.facts}
      applicableFacts={overview.applicableFacts}
      viewer={clock}
      calendarTimeZone={overview.calendar.timeZone}
      onOverviewChange={onOverviewChange}
    />
    <InstallerFinishedAction
      entryId={overview.customerView.entryId}
      onOverviewChange={onOverviewChange}
    />
    <CustomerViewPreview explanation={overview.customerView} />
    <RecentActions actions={overview.recentActions} clock={clock} />
  </Stack>
);
