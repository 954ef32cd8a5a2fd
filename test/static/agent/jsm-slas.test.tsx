import { render, screen, within } from '@testing-library/react';

import { agentKeys } from '../../../src/contracts/agent';
import type { SlaView } from '../../../src/contracts/promise-clocks';
import { succeed } from '../../../src/contracts/result';
import { AgentPanel } from '../../../static/agent/src/agent-panel';
import { answerInvoke, giveContext } from '../support/bridge-mock';
import { buildAgentOverview, buildSla } from '../support/builders';
import { findListItems, normaliseSpaces } from '../support/panel-queries';

const renderSlas = async (...slas: SlaView[]): Promise<HTMLElement[]> => {
  answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ slas })));
  render(<AgentPanel />);
  return findListItems('JSM SLAs');
};

describe('the JSM SLAs section of the agent panel', () => {
  it('lists each SLA with its name, state and the time Jira says is left', async () => {
    giveContext({ locale: 'en-NZ', timezone: 'Pacific/Auckland' });

    const items = await renderSlas(
      buildSla(),
      buildSla({
        name: 'Time to resolution',
        state: 'paused',
        remaining: '40h 0m',
        breachAt: null,
      }),
    );

    expect(items.map((item) => normaliseSpaces(item.textContent))).toEqual([
      'Time to first responseRunning2h 30m leftBreaches Thu, 3 Dec 2026, 10:30 am',
      'Time to resolutionPaused40h 0m left',
    ]);
  });

  it.each([
    ['met', '1h 5m', 'Met', '1h 5m to spare'],
    ['breached', '-15m', 'Breached', '15m over the goal'],
    ['running', '-1h 15m', 'Running', '1h 15m over the goal'],
  ] as const)('shows a %s SLA with %s as "%s", "%s"', async (state, remaining, lozenge, words) => {
    const [item] = await renderSlas(buildSla({ state, remaining, breachAt: null }));

    expect(within(item!).getByText(lozenge)).toBeVisible();
    expect(within(item!).getByText(words)).toBeVisible();
  });

  it('leaves the time out when Jira gave none', async () => {
    const [item] = await renderSlas(buildSla({ remaining: null, breachAt: null }));

    expect(normaliseSpaces(item!.textContent)).toBe('Time to first responseRunning');
  });

  it('says so when Jira reports no SLA for the request', async () => {
    answerInvoke(agentKeys.getOverview, succeed(buildAgentOverview({ slas: [] })));

    render(<AgentPanel />);

    expect(
      await screen.findByText('Jira Service Management reports no SLAs for this request.'),
    ).toBeVisible();
  });
});
