import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId } from 'react';

import { defaultCalendarSettings } from '../../../src/domain/calendar/calendar-presets';
import type { CalendarSettings } from '../../../src/domain/calendar/calendar-settings-schema';
import { LabelledTextField } from '../../shared/labelled-text-field';
import { DayListField } from './day-list-field';
import { DaysOffList } from './days-off-list';
import { IcsImport } from './ics-import';
import type { SectionProps } from './section-props';
import { WorkingHoursFields } from './working-hours-fields';

/**
 * The business calendar the promises count on: time zone, weekly working blocks, public holidays
 * of a country and region with the next twelve months' days off, the desk's own days off and
 * working days, and holidays imported from an ICS file.
 */
export const CalendarSection = ({ draft, onChange, errors }: SectionProps) => {
  const id = useId();
  const calendar = draft.calendar;
  const set = (next: CalendarSettings) => {
    onChange({ ...draft, calendar: next });
  };

  return (
    <Stack space="space.250" testId="calendar-section">
      <Checkbox
        label="Count promises on a business calendar"
        isChecked={calendar !== null}
        onChange={(event) => {
          onChange({
            ...draft,
            calendar: event.currentTarget.checked ? structuredClone(defaultCalendarSettings) : null,
          });
        }}
      />
      {calendar === null ? (
        <Text as="p">
          Without a calendar, agents are warned that promise dates are not counted.
        </Text>
      ) : (
        <Stack space="space.250">
          <LabelledTextField
            id={`${id}-zone`}
            label="Time zone"
            value={calendar.timeZone}
            onChange={(timeZone) => {
              set({ ...calendar, timeZone });
            }}
            helperText="An IANA time zone, such as Pacific/Auckland or Europe/London."
            error={errors['calendar.timeZone']}
          />
          <Heading size="xsmall" as="h2">
            Working hours
          </Heading>
          <WorkingHoursFields
            workingHours={calendar.workingHours}
            onChange={(workingHours) => {
              set({ ...calendar, workingHours });
            }}
            errors={errors}
          />
          <Heading size="xsmall" as="h2">
            Public holidays
          </Heading>
          <LabelledTextField
            id={`${id}-country`}
            label="Country code"
            value={calendar.publicHolidays?.country ?? ''}
            placeholder="None"
            onChange={(country) => {
              const region = calendar.publicHolidays?.region;
              set({
                ...calendar,
                publicHolidays:
                  country.trim() === ''
                    ? null
                    : { country, ...(region === undefined ? {} : { region }) },
              });
            }}
            helperText="Two letters, such as NZ, GB or US; empty for no public holidays."
            error={errors['calendar.publicHolidays.country'] ?? errors['calendar.publicHolidays']}
          />
          {calendar.publicHolidays === null ? null : (
            <LabelledTextField
              id={`${id}-region`}
              label="Region (optional)"
              value={calendar.publicHolidays.region ?? ''}
              onChange={(region) => {
                const country = calendar.publicHolidays?.country ?? '';
                set({
                  ...calendar,
                  publicHolidays: region.trim() === '' ? { country } : { country, region },
                });
              }}
              helperText="For regional holidays, such as AUK for Auckland."
              error={errors['calendar.publicHolidays.region']}
            />
          )}
          <DayListField
            label="Extra days off"
            days={calendar.extraDaysOff}
            onChange={(extraDaysOff) => {
              set({ ...calendar, extraDaysOff });
            }}
            errors={errors}
            errorPath="calendar.extraDaysOff"
          />
          <DayListField
            label="Extra working days"
            days={calendar.extraWorkingDays}
            onChange={(extraWorkingDays) => {
              set({ ...calendar, extraWorkingDays });
            }}
            errors={errors}
            errorPath="calendar.extraWorkingDays"
          />
          <IcsImport
            importedCount={calendar.importedHolidays.length}
            onImport={(importedHolidays) => {
              set({ ...calendar, importedHolidays });
            }}
          />
          <DaysOffList calendar={calendar} />
        </Stack>
      )}
    </Stack>
  );
};
