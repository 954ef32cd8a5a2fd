import { lazy, Suspense } from 'react';

import { LoadingState } from '../../shared/loading-state';
import type { SectionProps } from './section-props';

// The calendar editor brings the public-holiday tables (its list of the next twelve months' days
// off) and the ICS reader: loaded once an admin opens its tab, not with the page.
const LazyCalendarSection = lazy(async () => ({
  default: (await import('./calendar-section')).CalendarSection,
}));

/** The Calendar tab: a labelled spinner while the calendar editor loads, then the editor. */
export const DeferredCalendarSection = (props: SectionProps) => (
  <Suspense
    fallback={<LoadingState label="Loading the calendar editor" testId="calendar-loading" />}
  >
    <LazyCalendarSection {...props} />
  </Suspense>
);
