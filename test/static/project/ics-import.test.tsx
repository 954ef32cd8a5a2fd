import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { IcsImport } from '../../../static/project/src/ics-import';

const calendarOf = (...days: string[]): string =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tui//Holidays//EN',
    ...days.flatMap((day, index) => [
      'BEGIN:VEVENT',
      `UID:day-${index}@tui.example`,
      `DTSTART;VALUE=DATE:${day}`,
      `SUMMARY:Day off ${index + 1}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ].join('\r\n');

describe('the ICS import of the Calendar tab', () => {
  it.each([
    [['20261228'], '1 holiday read from days.ics; save to keep them.'],
    [['20261228', '20261229'], '2 holidays read from days.ics; save to keep them.'],
    [[], 'No holidays read from days.ics; save to keep them.'],
  ])('counts the days of %j in words that agree', async (days, sentence) => {
    const user = userEvent.setup();
    render(<IcsImport importedCount={0} onImport={jest.fn()} />);

    await user.upload(
      screen.getByLabelText('Import holidays from an ICS file (0 imported now)'),
      new File([calendarOf(...days)], 'days.ics', { type: 'text/calendar' }),
    );

    expect(await screen.findByText(sentence)).toBeVisible();
  });
});
