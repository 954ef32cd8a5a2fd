import type { ThemeAppearance } from '@atlaskit/lozenge';

import type { SlaView } from '../../../../src/contracts/promise-clocks';

const labels: Record<SlaView['state'], { text: string; appearance: ThemeAppearance }> = {
  'not-started': { text: 'Not started', appearance: 'default' },
  running: { text: 'Running', appearance: 'inprogress' },
  paused: { text: 'Paused', appearance: 'moved' },
  met: { text: 'Met', appearance: 'success' },
  breached: { text: 'Breached', appearance: 'removed' },
};

/** The lozenge of an SLA's state. */
export const slaStateLabel = (state: SlaView['state']) => labels[state];

/**
 * The SLA's time in words around Jira's own duration: left, to spare, or over the goal. Null
 * when Jira gave no duration.
 *
 * @example slaRemainingText({ state: 'running', remaining: '2h 30m', … }) // '2h 30m left'
 * @example slaRemainingText({ state: 'breached', remaining: '-15m', … }) // '15m over the goal'
 */
export const slaRemainingText = (sla: SlaView): string | null => {
  const remaining = sla.remaining?.trim() ?? '';
  if (remaining === '') {
    return null;
  }

  if (remaining.startsWith('-')) {
    return `${remaining.slice(1).trim()} over the goal`;
  }
  return sla.state === 'met' || sla.state === 'breached'
    ? `${remaining} to spare`
    : `${remaining} left`;
};
