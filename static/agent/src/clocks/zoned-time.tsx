import { Stack, Text } from '@atlaskit/primitives/compiled';

import { formatInstant, type ViewerClock } from '../format-instant';
import { placeOfTimeZone } from './place-of-time-zone';

/** Props of {@link ZonedTime}. */
export interface ZonedTimeProps {
  /** The ISO instant to show. */
  iso: string;
  /** The viewer's locale and time zone. */
  clock: ViewerClock;
  /** The time zone of the calendar the clocks count on. */
  calendarTimeZone: string;
  testId?: string;
}

/**
 * An instant in the viewer's own time and, when the calendar's time zone reads it differently,
 * in the calendar's time as well, so agents far from the service desk see both.
 */
export const ZonedTime = ({
  iso,
  clock,
  calendarTimeZone,
  testId = 'zoned-time',
}: ZonedTimeProps) => {
  const own = formatInstant(iso, clock, 'withWeekday');
  const inCalendar = formatInstant(iso, { ...clock, timeZone: calendarTimeZone }, 'withWeekday');

  if (own === inCalendar) {
    return (
      <time dateTime={iso} data-testid={testId}>
        {own}
      </time>
    );
  }

  return (
    <Stack space="space.025" testId={testId}>
      <Text>
        <time dateTime={iso}>{own}</time> <Text color="color.text.subtle">your time</Text>
      </Text>
      <Text size="small" color="color.text.subtle">
        {inCalendar} in {placeOfTimeZone(calendarTimeZone)} (calendar)
      </Text>
    </Stack>
  );
};
