import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId } from 'react';

import type { CalendarView, PromiseClockView } from '../../../../src/contracts/promise-clocks';
import { plainListStyles } from '../../../shared/plain-list-styles';
import type { ViewerClock } from '../format-instant';
import { PromiseClockItem } from './promise-clock-item';

/** Props of {@link PromiseClocks}. */
export interface PromiseClocksProps {
  /** The clocks that apply to the request, in the order of its journey. */
  clocks: readonly PromiseClockView[];
  /** The calendar the clocks count on. */
  calendar: CalendarView;
  /** The viewer's locale and time zone. */
  viewer: ViewerClock;
  testId?: string;
}

/** The request's promise clocks: each promise, its state, when it is due and how much is left. */
export const PromiseClocks = ({
  clocks,
  calendar,
  viewer,
  testId = 'promise-clocks',
}: PromiseClocksProps) => {
  const headingId = useId();

  return (
    <Stack space="space.100" testId={testId}>
      <Heading size="xsmall" as="h2" id={headingId}>
        Promises
      </Heading>
      {clocks.length === 0 ? (
        <Text as="p" color="color.text.subtle">
          No promise applies to this request yet.
        </Text>
      ) : (
        <ul style={plainListStyles.roomy} aria-labelledby={headingId}>
          {clocks.map((clock) => (
            <PromiseClockItem
              key={clock.kind}
              clock={clock}
              viewer={viewer}
              calendarTimeZone={calendar.timeZone}
              testId={`${testId}-${clock.kind}`}
            />
          ))}
        </ul>
      )}
    </Stack>
  );
};
