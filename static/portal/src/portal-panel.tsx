import { Stack } from '@atlaskit/primitives/compiled';
import { lazy, Suspense } from 'react';

import { portalKeys } from '../../../src/contracts/portal';
import type { ErrorTitles } from '../../shared/describe-error';
import { LoadingState } from '../../shared/loading-state';
import { ResolverErrorMessage } from '../../shared/resolver-error-message';
import { useInvoke } from '../../shared/use-invoke';
import { readBrowserClock, type ReaderClock } from './format-promise-due';
import { RequestGuide } from './request-guide';

/** Props of {@link PortalPanel}. */
export interface PortalPanelProps {
  /** Where the customer reads dates and times; the browser's own locales and zone by default. */
  reader?: ReaderClock;
  testId?: string;
}

// The checklist (its list, lozenges and form) loads beside the guide, not before it.
const CustomerChecklist = lazy(() =>
  import('./checklist/customer-checklist').then((module) => ({
    default: module.CustomerChecklist,
  })),
);

const unavailableTitle = "This request's guide isn't available to you.";
const failedTitle = "We can't show this request's guide right now.";

const errorTitles: ErrorTitles = {
  NOT_FOUND: unavailableTitle,
  FORBIDDEN: unavailableTitle,
  UNAVAILABLE: failedTitle,
  INTERNAL: failedTitle,
};

/**
 * The customer's panel on a portal request: loads the request's guide once and shows it, with
 * dates and times in the browser's own locale and time zone.
 */
export const PortalPanel = ({
  reader = readBrowserClock(),
  testId = 'portal-panel',
}: PortalPanelProps) => {
  const { loading, error, data, retry } = useInvoke(portalKeys.getGuide, {});

  if (loading) {
    return <LoadingState label="Loading your request's guide" testId={testId} />;
  }
  if (error) {
    return (
      <ResolverErrorMessage error={error} titles={errorTitles} onRetry={retry} testId={testId} />
    );
  }
  return (
    <Stack space="space.300">
      <RequestGuide guide={data} reader={reader} testId={testId} />
      <Suspense fallback={null}>
        <CustomerChecklist />
      </Suspense>
    </Stack>
  );
};
