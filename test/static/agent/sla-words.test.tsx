import type { SlaView } from '../../../src/contracts/promise-clocks';
import { slaRemainingText, slaStateLabel } from '../../../static/agent/src/clocks/sla-words';

const sla = (overrides: Partial<SlaView>): SlaView => ({
  name: 'Time to first response',
  state: 'running',
  remaining: '2h 30m',
  breachAt: null,
  ...overrides,
});

describe('the words of a JSM SLA', () => {
  it.each([
    ['not-started', 'Not started'],
    ['running', 'Running'],
    ['paused', 'Paused'],
    ['met', 'Met'],
    ['breached', 'Breached'],
  ] as const)('labels the state %s as "%s"', (state, text) => {
    expect(slaStateLabel(state).text).toBe(text);
  });

  it.each([
    ['running', '2h 30m', '2h 30m left'],
    ['met', '1h', '1h to spare'],
    ['breached', '-15m', '15m over the goal'],
  ] as const)('says a %s SLA with %s as "%s"', (state, remaining, text) => {
    expect(slaRemainingText(sla({ state, remaining }))).toBe(text);
  });

  it('says nothing of the time when Jira gave none', () => {
    expect(slaRemainingText(sla({ state: 'not-started', remaining: null }))).toBeNull();
  });
});
