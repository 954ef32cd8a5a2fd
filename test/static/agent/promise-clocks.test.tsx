import { render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';

import { agentKeys } from '../../../src/contracts/agent';
import type { PromiseClockView } from '../../../src/contracts/promise-clocks';
import { succeed } from '../../../src/contracts/result';
import { AgentPanel } from '../../../static/agent/src/agent-panel';
import { answerInvoke, giveContext } from '../support/bridge-mock';
import { buildAgentOverview, buildClock } from '../support/builders';
import { definitionText, findListItems, normaliseSpaces } from '../support/panel-queries';

// The calendar is in Auckland; the agent reads in London unless a test says otherwise.
const renderClocks = async (...clocks: PromiseClockView[]): Promise<HTMLElement[]> => {
  answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ clocks })));
  render(<AgentPanel />);
  return findListItems('Promises');
};

const renderClock = async (clock: PromiseClockView): Promise<HTMLElement> => {
  const [item] = await renderClocks(clock);
  return item!;
};

describe('the Promises section of the agent panel', () => {
  it('lists every clock with its promise and state, in the order given', async () => {
    const items = await renderClocks(
      buildClock({
        state: 'met',
        met: { at: '2026-12-01T22:00:00.000Z', onTime: true, onDate: null },
      }),
      buildClock({ kind: 'dispatch', promise: 'Dispatch within 5 business days' }),
    );

    expect(items.map((item) => normaliseSpaces(item.textContent))).toEqual([
      expect.stringMatching(/^Acknowledge within 8 business hoursMet/),
      expect.stringMatching(/^Dispatch within 5 business daysRunning/),
    ]);
  });

  it('shows a running clock due in the agent’s time and the calendar’s, with time left and used', async () => {
    const item = await renderClock(buildClock());

    expect(within(item).getByText('Running')).toBeVisible();
    const due = definitionText(item, 'Due');
    expect(due).toContain('Wed, 2 Dec 2026, 21:30 your time');
    expect(due).toContain('Thu, 3 Dec 2026, 10:30 in Auckland (calendar)');
    expect(definitionText(item, 'Time left')).toBe('3 h 30 min of business time');
    expect(definitionText(item, 'Elapsed')).toBe('4 h 30 min of business time');
  });

  it('shows the due time once when the agent works in the calendar’s time zone', async () => {
    giveContext({ locale: 'en-NZ', timezone: 'Pacific/Auckland' });

    const item = await renderClock(buildClock());

    expect(definitionText(item, 'Due')).toBe('Thu, 3 Dec 2026, 10:30 am NZDT');
    expect(
      within(item).getByText('Thu, 3 Dec 2026, 10:30 am NZDT', { normalizer: normaliseSpaces }),
    ).toHaveAttribute('datetime', '2026-12-02T21:30:00.000Z');
  });

  it('words calendar time without business hours, in days and hours', async () => {
    const item = await renderClock(
      buildClock({ timeBasis: 'calendar', remainingMinutes: 3000, elapsedMinutes: 7080 }),
    );

    expect(definitionText(item, 'Time left')).toBe('2 days 2 h');
    expect(definitionText(item, 'Elapsed')).toBe('4 days 22 h');
  });

  it('says a clock paused outside working hours resumes at the next opening', async () => {
    giveContext({ locale: 'en-NZ', timezone: 'Pacific/Auckland' });
    const pause = {
      reason: 'outside-working-hours',
      holidayName: null,
      since: null,
      resumesAt: '2026-12-02T19:30:00.000Z',
    } as const;

    const item = await renderClock(buildClock({ state: 'paused', pause }));

    expect(within(item).getByText('Paused')).toBeVisible();
    expect(definitionText(item, 'Why paused')).toBe('Outside working hours');
    expect(definitionText(item, 'Resumes')).toBe('Thu, 3 Dec 2026, 8:30 am NZDT');
    expect(definitionText(item, 'Due')).toBe('Thu, 3 Dec 2026, 10:30 am NZDT');
  });

  it('names the public holiday that pauses a clock', async () => {
    const pause = {
      reason: 'holiday',
      holidayName: 'Christmas Day',
      since: null,
      resumesAt: '2026-12-27T19:30:00.000Z',
    } as const;

    const item = await renderClock(buildClock({ state: 'paused', pause }));

    expect(definitionText(item, 'Why paused')).toBe('Public holiday: Christmas Day');
  });

  it.each([
    [
      'waiting-for-customer',
      'Waiting for the customer',
      'When the request no longer waits for the customer',
    ],
    ['on-hold', 'The request is on hold', 'When the request comes off hold'],
    ['awaiting-stock', 'Awaiting stock', 'When the request no longer awaits stock'],
  ] as const)('says a clock paused by %s is paused because: %s', async (reason, words, resumes) => {
    giveContext({ locale: 'en-NZ', timezone: 'Pacific/Auckland' });
    const pause = { reason, holidayName: null, since: '2026-12-01T22:00:00.000Z', resumesAt: null };

    const item = await renderClock(buildClock({ state: 'paused', pause }));

    expect(definitionText(item, 'Why paused')).toBe(words);
    expect(definitionText(item, 'Since')).toBe('Wed, 2 Dec 2026, 11:00 am NZDT');
    expect(definitionText(item, 'Resumes')).toBe(resumes);
    expect(definitionText(item, 'Due')).toBe('Thu, 3 Dec 2026, 10:30 am NZDT (if it resumed now)');
  });

  it.each([
    [true, 'Met', 'On time'],
    [false, 'Met late', 'Late'],
  ])('shows a clock met on time (%s) as "%s", %s', async (onTime, lozenge, words) => {
    giveContext({ locale: 'en-NZ', timezone: 'Pacific/Auckland' });
    const met = { at: '2026-12-01T22:00:00.000Z', onTime, onDate: null };

    const item = await renderClock(buildClock({ state: 'met', met, elapsedMinutes: 60 }));

    expect(within(item).getByText(lozenge)).toBeVisible();
    expect(definitionText(item, 'Outcome')).toBe(`${words}, Wed, 2 Dec 2026, 11:00 am NZDT`);
    expect(definitionText(item, 'Was due')).toBe('Thu, 3 Dec 2026, 10:30 am NZDT');
    expect(definitionText(item, 'Time taken')).toBe('1 h of business time');
  });

  it('shows a promise kept by a recorded date as that day, with no time of day or time taken', async () => {
    giveContext({ locale: 'en-NZ', timezone: 'Pacific/Auckland' });
    const met = { at: '2026-12-01T11:00:00.000Z', onTime: true, onDate: '2026-12-02' };

    const item = await renderClock(
      buildClock({ kind: 'dispatch', state: 'met', met, elapsedMinutes: 0 }),
    );

    expect(definitionText(item, 'Outcome')).toBe('On time, Wed, 2 Dec 2026');
    expect(within(item).queryByText('Time taken')).toBeNull();
  });

  it('says by how much a missed promise was missed', async () => {
    const missed = { since: '2026-12-02T21:30:00.000Z', byMinutes: 135 };

    const item = await renderClock(buildClock({ state: 'missed', missed, remainingMinutes: 0 }));

    expect(within(item).getByText('Missed')).toBeVisible();
    expect(definitionText(item, 'Missed by')).toBe('2 h 15 min of business time');
    expect(definitionText(item, 'Was due')).toMatch(/^Wed, 2 Dec 2026, 21:30 your time/);
  });

  it('says when a scheduled clock starts counting', async () => {
    giveContext({ locale: 'en-NZ', timezone: 'Pacific/Auckland' });

    const item = await renderClock(
      buildClock({
        state: 'scheduled',
        startsAt: '2026-12-01T22:00:00.000Z',
        remainingMinutes: 480,
      }),
    );

    expect(within(item).getByText('Scheduled')).toBeVisible();
    expect(definitionText(item, 'Starts')).toBe('Wed, 2 Dec 2026, 11:00 am NZDT');
    expect(definitionText(item, 'Time allowed')).toBe('8 h of business time');
  });

  it('says so when no promise applies yet', async () => {
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ clocks: [] })));

    render(<AgentPanel />);

    expect(await screen.findByText('No promise applies to this request yet.')).toBeVisible();
  });

  it('has no accessibility violations with a clock in each state', async () => {
    const pause = { reason: 'on-hold', holidayName: null, since: null, resumesAt: null } as const;
    answerInvoke(
      agentKeys.getOverview,
      succeed(
        buildAgentOverview({
          clocks: [
            buildClock({
              state: 'met',
              met: { at: '2026-12-01T22:00:00.000Z', onTime: false, onDate: null },
            }),
            buildClock({ kind: 'dispatch', state: 'paused', pause }),
            buildClock({
              kind: 'installer-contact',
              state: 'missed',
              missed: { since: '2026-12-02T21:30:00.000Z', byMinutes: 5 },
            }),
            buildClock({
              kind: 'installer-silence',
              state: 'scheduled',
              startsAt: '2026-12-01T22:00:00.000Z',
            }),
          ],
        }),
      ),
    );
    const { container } = render(<AgentPanel />);

    await screen.findByRole('list', { name: 'Promises' });

    expect(await axe(container)).toHaveNoViolations();
  });
});
