import { portalKeys } from '../../../src/contracts/portal';
import type { ErrorTitles } from '../../shared/describe-error';
import { LoadingState } from '../../shared/loading-state';
import { ResolverErrorMessage } from '../../shared/resolver-error-message';
import { useInvoke } from '../../shared/use-invoke';
import { RequestGuide } from './request-guide';

/** Props of {@link PortalPanel}. */
export interface PortalPanelProps {
  testId?: string;
}

const unavailableTitle = "This request's guide isn't available to you.";
const failedTitle = "We can't show this request's guide right now.";

const errorTitles: ErrorTitles = {
  NOT_FOUND: unavailableTitle,
  FORBIDDEN: unavailableTitle,
  UNAVAILABLE: failedTitle,
  INTERNAL: failedTitle,
};

/** The customer's panel on a portal request: loads the request's guide once and shows it. */
export const PortalPanel = ({ testId = 'portal-panel' }: PortalPanelProps) => {
  const { loading, error, data, retry } = useInvoke(portalKeys.getGuide, {});

  if (loading) {
    return <LoadingState label="Loading your request's guide" testId={testId} />;
  }
  if (error) {
    return (
      <ResolverErrorMessage error={error} titles={errorTitles} onRetry={retry} testId={testId} />
    );
  }
  return <RequestGuide guide={data} testId={testId} />;
};
