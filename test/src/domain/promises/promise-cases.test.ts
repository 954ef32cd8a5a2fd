import { computePromiseClocks } from '../../../../src/domain/promises/compute-promise-clocks';
import { at, buildCalendar } from '../calendar/build-calendar';
import { buildClockInput, statusHistory } from './build-clock-input';

describe('the promise cases from the field', () => {
  it('C18: waiting for the customer from Monday 16:00 to Tuesday 10:00 moves the due time to Tuesday 12:00', () => {
    const input = buildClockInput({
      history: statusHistory(
        ['2026-03-02T10:00:00Z', 'In Review'],
        ['2026-03-02T16:00:00Z', 'Waiting for Customer'],
        ['2026-03-03T10:00:00Z', 'In Review'],
      ),
      now: at('2026-03-03T11:00:00Z'),
    });

    expect(computePromiseClocks(input).acknowledgement).toMatchObject({
      dueAt: at('2026-03-03T12:00:00Z'),
      state: { kind: 'running' },
      elapsedMinutes: 420,
      remainingMinutes: 60,
    });
  });

  it.each([
    ['at 12:00 the same day', '2026-03-03T12:00:00Z'],
    ['the next afternoon', '2026-03-04T15:00:00Z'],
  ])(
    'C11: missed at 11:00, waiting for the customer from 11:30: missed by 30 minutes and paused, %s',
    (_label, now) => {
      const input = buildClockInput({
        createdAt: at('2026-03-02T11:00:00Z'),
        history: statusHistory(
          ['2026-03-02T11:00:00Z', 'In Review'],
          ['2026-03-03T11:30:00Z', 'Waiting for Customer'],
        ),
        now: at(now),
      });

      expect(computePromiseClocks(input).acknowledgement).toMatchObject({
        dueAt: at('2026-03-03T11:00:00Z'),
        state: {
          kind: 'missed',
          since: at('2026-03-03T11:00:00Z'),
          byMinutes: 30,
          pause: {
            reason: 'waiting-for-customer',
            since: at('2026-03-03T11:30:00Z'),
            resumesAt: null,
          },
        },
      });
    },
  );

  it.each([
    ['Tuesday 18:30', '2026-03-02T10:00:00Z', '2026-03-03T18:30:00Z', '2026-03-04T09:00:00Z'],
    ['Friday 18:30', '2026-03-05T10:00:00Z', '2026-03-06T18:30:00Z', '2026-03-09T09:00:00Z'],
  ])(
    'C10: a clock running while the request is In Progress, seen %s in London, is paused outside business hours until the next 09:00',
    (_label, hardwareReceivedAt, now, resumesAt) => {
      const input = buildClockInput({
        calendar: buildCalendar({ timeZone: 'Europe/London' }),
        history: statusHistory(
          ['2026-03-02T10:00:00Z', 'In Review'],
          ['2026-03-02T10:30:00Z', 'Assigned to Installer'],
          ['2026-03-03T09:30:00Z', 'In Progress'],
        ),
        facts: { hardwareReceivedAt: at(hardwareReceivedAt) },
        now: at(now),
      });

      expect(computePromiseClocks(input)['installer-contact']).toMatchObject({
        state: {
          kind: 'paused',
          pause: { reason: 'outside-working-hours', since: null, resumesAt: at(resumesAt) },
        },
      });
    },
  );
});
