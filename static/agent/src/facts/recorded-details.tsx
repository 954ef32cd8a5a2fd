import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, useState } from 'react';

import type { AgentOverview, RequestFactsView } from '../../../../src/contracts/agent';
import { plainListStyles } from '../../../shared/plain-list-styles';
import type { ViewerClock } from '../format-instant';
import { factDefinitions } from './fact-definitions';
import { FactItem } from './fact-item';

/** Props of {@link RecordedDetails}. */
export interface RecordedDetailsProps {
  /** What agents recorded on the request. */
  facts: RequestFactsView;
  /** The viewer's locale, for dates. */
  viewer: ViewerClock;
  /** The calendar's time zone, whose today the date hints name. */
  calendarTimeZone: string;
  /** Called with the overview the resolver answered after a change, to refresh the panel. */
  onOverviewChange: (overview: AgentOverview) => void;
  testId?: string;
}

/**
 * The facts agents record on the request (dispatch, hardware receipt, installer, installer
 * contact, stock ETA, hold reason), each with its actions, and a polite note of the last change.
 */
export const RecordedDetails = ({
  facts,
  viewer,
  calendarTimeZone,
  onOverviewChange,
  testId = 'recorded-details',
}: RecordedDetailsProps) => {
  const headingId = useId();
  const [announcement, setAnnouncement] = useState('');

  return (
    <Stack space="space.100" testId={testId}>
      <Heading size="xsmall" as="h2" id={headingId}>
        Recorded details
      </Heading>
      <Text as="p" color="color.text.subtle">
        These keep the promises up to date. Customers see the dispatch, the installer, the stock ETA
        and the hold reason.
      </Text>
      <div role="status">
        {announcement === '' ? null : <Text color="color.text.success">{announcement}</Text>}
      </div>
      <ul style={plainListStyles.compact} aria-labelledby={headingId}>
        {factDefinitions.map((definition) => (
          <FactItem
            key={definition.fact}
            definition={definition}
            facts={facts}
            viewer={viewer}
            calendarTimeZone={calendarTimeZone}
            onChanged={(overview, sentence) => {
              setAnnouncement(sentence);
              onOverviewChange(overview);
            }}
            testId={`${testId}-${definition.fact}`}
          />
        ))}
      </ul>
    </Stack>
  );
};
