import { Stack, Text } from '@atlaskit/primitives/compiled';

import { formatInstant, type ViewerClock, zoneNameAt } from '../format-instant';
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
 * in the calendar's time as well, so agents far from the service desk see both. Alone, the time
 * carries its zone's short name, so nobody has to guess whose time it is.
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
    const zoneName = zoneNameAt(iso, { ...clock, timeZone: calendarTimeZone });
    return (
      <time dateTime={iso} data-testid={testId}>
        {zoneName === '' ? own : `${own} ${zoneName}`}
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
