import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';

import {
  type CalendarSettings,
  checkCalendarSettings,
} from '../../../src/domain/calendar/calendar-settings-schema';
import { listDaysOff } from '../../../src/domain/calendar/list-days-off';
import { localDayOf } from '../../../src/domain/calendar/wall-clock';

/** Props of {@link DaysOffList}. */
export interface DaysOffListProps {
  calendar: CalendarSettings;
  /** The instant the twelve months start from; now when not given. */
  from?: Date;
}

const sourceWords = {
  'public-holiday': 'public holiday',
  imported: 'imported',
  'extra-day-off': 'extra day off',
} as const;

/** The calendar's days off in the next twelve months, as the draft stands. */
export const DaysOffList = ({ calendar, from = new Date() }: DaysOffListProps) => {
  const checked = checkCalendarSettings(calendar);

  return (
    <Stack space="space.100" testId="days-off-list">
      <Heading size="xsmall" as="h2">
        Days off in the next twelve months
      </Heading>
      {!checked.ok ? (
        <Text as="p">Fix the calendar above to see its days off.</Text>
      ) : (
        <DayRows calendar={checked.settings} from={from} />
      )}
    </Stack>
  );
};

const DayRows = ({ calendar, from }: { calendar: CalendarSettings; from: Date }) => {
  const days = listDaysOff(calendar, localDayOf(from.getTime(), calendar.timeZone), 365);
  if (days.length === 0) return <Text as="p">No days off.</Text>;

  return (
    <ul>
      {days.map((day) => (
        <li key={day.date}>
          <Text>
            {day.date}: {day.name} ({sourceWords[day.source]})
          </Text>
        </li>
      ))}
    </ul>
  );
};
