import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, useState } from 'react';

import type { AgentOverview, RequestFactsView } from '../../../../src/contracts/agent';
import { plainListStyles } from '../../../shared/plain-list-styles';
import type { ViewerClock } from '../format-instant';
import { factDefinitions, type FactName } from './fact-definitions';
import { FactItem } from './fact-item';

/** Props of {@link RecordedDetails}. */
export interface RecordedDetailsProps {
  /** What agents recorded on the request. */
  facts: RequestFactsView;
  /** The facts that apply to this request, as the resolver says; nothing shows when none does. */
  applicableFacts: readonly FactName[];
  /** The viewer's locale, for dates. */
  viewer: ViewerClock;
  /** The calendar's time zone, whose today the date hints name. */
  calendarTimeZone: string;
  /** Called with the overview the resolver answered after a change, to refresh the panel. */
  onOverviewChange: (overview: AgentOverview) => void;
  testId?: string;
}

// The facts the customer's panel shows; the dates of receipt and first contact stay with the team.
const customerFacts: ReadonlySet<FactName> = new Set([
  'dispatch',
  'installer',
  'stockEta',
  'holdReason',
]);

/** "the dispatch, the stock ETA and the hold reason" */
const listOf = (nouns: readonly string[]): string => {
  const named = nouns.map((noun) => `the ${noun}`);
  const last = named.pop();
  return named.length === 0 ? (last ?? '') : `${named.join(', ')} and ${last ?? ''}`;
};

/**
 * The facts agents record on the request that apply to it (dispatch, hardware receipt, installer,
 * installer contact, stock ETA, hold reason on field maintenance; fewer on a hardware order or a
 * fault report), each with its actions, and a polite note of the last change. Renders nothing
 * when no fact applies, as on an IT desk's request.
 */
export const RecordedDetails = ({
  facts,
  applicableFacts,
  viewer,
  calendarTimeZone,
  onOverviewChange,
  testId = 'recorded-details',
}: RecordedDetailsProps) => {
  const headingId = useId();
  const [announcement, setAnnouncement] = useState('');
  const definitions = factDefinitions.filter(({ fact }) => applicableFacts.includes(fact));
  const seenByCustomer = definitions.filter(({ fact }) => customerFacts.has(fact));

  if (definitions.length === 0) return null;
  return (
    <Stack space="space.100" testId={testId}>
      <Heading size="xsmall" as="h2" id={headingId}>
        Recorded details
      </Heading>
      <Text as="p" color="color.text.subtle">
        These keep the promises up to date.
        {seenByCustomer.length === 0
          ? null
          : ` Customers see ${listOf(seenByCustomer.map(({ noun }) => noun))}.`}
      </Text>
      <div role="status">
        {announcement === '' ? null : <Text color="color.text.success">{announcement}</Text>}
      </div>
      <ul style={plainListStyles.compact} aria-labelledby={headingId}>
        {definitions.map((definition) => (
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
