import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import type { PromiseClockView } from '../../../../src/contracts/promise-clocks';
import { DetailList } from '../../../shared/detail-list';
import { formatCivilDate } from '../../../shared/format-civil-date';
import { formatInstant, type ViewerClock, zoneNameAt } from '../format-instant';
import { RowEndLozenge } from '../row-end-lozenge';
import { clockDetails } from './clock-details';
import { stateLabel } from './clock-words';
import { ZonedTime } from './zoned-time';

/** Props of {@link PromiseClockItem}. */
export interface PromiseClockItemProps {
  clock: PromiseClockView;
  /** The viewer's locale and time zone. */
  viewer: ViewerClock;
  /** The time zone of the calendar the clock counts on. */
  calendarTimeZone: string;
  testId?: string;
}

/** One promise clock as a list item: the promise and its state, then what is due and why. */
export const PromiseClockItem = ({
  clock,
  viewer,
  calendarTimeZone,
  testId = 'promise-clock-item',
}: PromiseClockItemProps) => {
  const label = stateLabel(clock);
  const details = clockDetails(clock, {
    zoned: (iso) => <ZonedTime iso={iso} clock={viewer} calendarTimeZone={calendarTimeZone} />,
    plain: (iso) => (
      <time dateTime={iso}>
        {formatInstant(iso, viewer, 'withWeekday')} {zoneNameAt(iso, viewer)}
      </time>
    ),
    day: (date) => <time dateTime={date}>{formatCivilDate(date, viewer.locale)}</time>,
  });

  return (
    <li data-testid={testId}>
      <Stack space="space.075">
        <Inline space="space.100" spread="space-between" alignBlock="start">
          <Text weight="semibold">{clock.promise}</Text>
          <RowEndLozenge appearance={label.appearance} text={label.text} />
        </Inline>
        <DetailList details={details} />
      </Stack>
    </li>
  );
};
