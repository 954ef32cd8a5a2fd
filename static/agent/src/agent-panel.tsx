import { useState } from 'react';

import { agentKeys, type AgentOverview } from '../../../src/contracts/agent';
import type { ErrorTitles } from '../../shared/describe-error';
import { LoadingState } from '../../shared/loading-state';
import { ResolverErrorMessage } from '../../shared/resolver-error-message';
import { useInvoke } from '../../shared/use-invoke';
import { IssueOverview } from './issue-overview';
import { useViewerClock } from './use-viewer-clock';

/** Props of {@link AgentPanel}. */
export interface AgentPanelProps {
  testId?: string;
}

const errorTitles: ErrorTitles = {
  NOT_FOUND: "This issue's Status Guide isn't available.",
  FORBIDDEN: 'Only agents of this service desk can see the Status Guide.',
  UNAVAILABLE: "We can't show the Status Guide right now.",
  INTERNAL: "We can't show the Status Guide right now.",
};

/**
 * The agent's issue panel: loads the issue's overview once and shows it in the viewer's time.
 * After the agent records a detail, it shows the overview the resolver answered with; after the
 * checklist asked the customer, which moves the request, it reads the overview again.
 */
export const AgentPanel = ({ testId = 'agent-panel' }: AgentPanelProps) => {
  const { loading, error, data, retry, reload } = useInvoke(agentKeys.getOverview, {});
  const clock = useViewerClock();
  const [changed, setChanged] = useState<AgentOverview | null>(null);

  if (loading || clock === null) {
    return <LoadingState label="Loading the Status Guide" testId={testId} />;
  }
  if (error) {
    return (
      <ResolverErrorMessage error={error} titles={errorTitles} onRetry={retry} testId={testId} />
    );
  }
  return (
    <IssueOverview
      overview={changed ?? data}
      clock={clock}
      onOverviewChange={setChanged}
      onRequestMoved={() => {
        setChanged(null);
        reload();
      }}
      testId={testId}
    />
  );
};
