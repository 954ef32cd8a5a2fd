import { Stack } from '@atlaskit/primitives/compiled';
import { useId, useState } from 'react';

import type { CalendarSettings } from '../../../src/domain/calendar/calendar-settings-schema';
import { type Weekday } from '../../../src/domain/calendar/working-hours-schema';
import { LabelledTextField } from '../../shared/labelled-text-field';
import type { FieldErrors } from './field-errors';
import { formatWorkingBlocks, parseWorkingBlocks } from './parse-working-blocks';

/** Props of {@link WorkingHoursFields}. */
export interface WorkingHoursFieldsProps {
  workingHours: CalendarSettings['workingHours'];
  onChange: (next: CalendarSettings['workingHours']) => void;
  errors: FieldErrors;
}

const weekOrder: Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

const capitalise = (day: string): string => `${day.charAt(0).toUpperCase()}${day.slice(1)}`;

/**
 * One field per weekday for its working blocks. What the admin types stays in the field even
 * while it cannot be read yet; the calendar changes once it can.
 */
export const WorkingHoursFields = ({ workingHours, onChange, errors }: WorkingHoursFieldsProps) => {
  const id = useId();
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(weekOrder.map((day) => [day, formatWorkingBlocks(workingHours[day])])),
  );

  return (
    <Stack space="space.100" testId="working-hours-fields">
      {weekOrder.map((day) => {
        const text = texts[day] ?? '';
        const blocks = parseWorkingBlocks(text);
        const schemaError = Object.entries(errors).find(([path]) =>
          path.startsWith(`calendar.workingHours.${day}`),
        )?.[1];
        return (
          <LabelledTextField
            key={day}
            id={`${id}-${day}`}
            label={capitalise(day)}
            value={text}
            placeholder="Closed"
            onChange={(next) => {
              setTexts({ ...texts, [day]: next });
              const parsed = parseWorkingBlocks(next);
              if (parsed !== null) onChange({ ...workingHours, [day]: parsed });
            }}
            error={
              blocks === null
                ? `${capitalise(day)}: write blocks like 08:30-12:00, 13:00-17:00 (empty when closed).`
                : schemaError
            }
          />
        );
      })}
    </Stack>
  );
};
