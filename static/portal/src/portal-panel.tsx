import { Stack } from '@atlaskit/primitives/compiled';
import { lazy, Suspense } from 'react';

import { portalKeys } from '../../../src/contracts/portal';
import type { ErrorTitles } from '../../shared/describe-error';
import { LoadingState } from '../../shared/loading-state';
import { useInvoke } from '../../shared/use-invoke';
import { DeferredErrorMessage } from './deferred-parts';
import { type ReaderClock, readerClockOf } from './format-promise-due';
import { type PanelText, PanelTextProvider, useViewerLanguage } from './panel-text';
import { RequestGuide } from './request-guide';

/** Props of {@link PortalPanel}. */
export interface PortalPanelProps {
  /** Where the customer reads dates and times; the viewer's Jira locale and the browser's zone by default. */
  reader?: ReaderClock;
  testId?: string;
}

const errorTitlesIn = (text: PanelText): ErrorTitles => ({
  NOT_FOUND: text('unavailableTitle'),
  FORBIDDEN: text('unavailableTitle'),
  UNAVAILABLE: text('failedTitle'),
  INTERNAL: text('failedTitle'),
});

// The checklist (its list, lozenges and form) loads beside the guide, not before it.
const CustomerChecklist = lazy(() =>
  import('./checklist/customer-checklist').then((module) => ({
    default: module.CustomerChecklist,
  })),
);

/**
 * The customer's panel on a portal request: loads the request's guide and the viewer's language
 * once, side by side, and shows the guide in that language, with dates and times in the viewer's
 * locale and the browser's time zone. A value the customer supplies in the checklist can move the
 * request on (back to the team, with a comment), so the guide is read again after each one.
 */
export const PortalPanel = ({ reader, testId = 'portal-panel' }: PortalPanelProps) => {
  const { loading, error, data, retry, reload } = useInvoke(portalKeys.getGuide, {});
  const language = useViewerLanguage();
  const { text } = language;
  const spinner = <LoadingState label={text('loading')} testId={testId} />;

  if (loading || !language.isReady) {
    return spinner;
  }
  return (
    <PanelTextProvider value={text}>
      <Suspense fallback={spinner}>
        {error ? (
          <DeferredErrorMessage
            error={error}
            titles={errorTitlesIn(text)}
            onRetry={retry}
            testId={testId}
          />
        ) : (
          <Stack space="space.300">
            <RequestGuide
              guide={data}
              reader={reader ?? readerClockOf(language.locale, language.timeZone)}
              testId={testId}
            />
            <Suspense fallback={null}>
              <CustomerChecklist onSupplied={reload} />
            </Suspense>
          </Stack>
        )}
      </Suspense>
    </PanelTextProvider>
  );
};
