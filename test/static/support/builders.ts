import type { AdminOverview, CatalogueEntryView } from '../../../src/contracts/admin';
import type { AgentOverview, AppliedActionView } from '../../../src/contracts/agent';
import type { PortalGuide } from '../../../src/contracts/portal';
import type { PromiseClockView, SlaView } from '../../../src/contracts/promise-clocks';
import type { StatusExplanation } from '../../../src/contracts/status-guide';

/** A status explanation for a request the support team is working on. */
export const buildExplanation = (
  overrides: Partial<StatusExplanation> = {},
): StatusExplanation => ({
  statusName: 'In Progress',
  entryId: 'in-progress',
  headline: 'Our support team is working on your request.',
  actsNext: ['support-team'],
  actsNextLabel: 'Our support team',
  waitsOnCustomer: false,
  whatHappensNext: 'We will update this request as soon as we know more.',
  customerCanDo: ['Add a comment if anything changes.'],
  tips: ['Photos of the fault help us fix it sooner.'],
  promise: {
    text: 'We reply to every request within 8 business hours.',
    lateText: "This is taking longer than we promised, and we're sorry for the wait.",
  },
  ...overrides,
});

/** The portal guide of request SD-1 at Acme. */
export const buildPortalGuide = (overrides: Partial<PortalGuide> = {}): PortalGuide => ({
  requestKey: 'SD-1',
  companyName: 'Acme',
  explanation: buildExplanation(),
  promiseDue: null,
  facts: {},
  roadAhead: [
    { statusName: 'In Progress', category: 'indeterminate', isCurrent: true },
    { statusName: 'Resolved', category: 'done', isCurrent: false },
  ],
  ...overrides,
});

/** An automatic action: the reopen rule moved the request back to In Review. */
export const buildAppliedAction = (
  overrides: Partial<AppliedActionView> = {},
): AppliedActionView => ({
  rule: 'reopen',
  summary: 'Moved to In Review',
  reason: 'The customer commented on the resolved request',
  at: '2024-03-01T09:30:00.000Z',
  isApplied: true,
  triggeredAt: null,
  ...overrides,
});

/**
 * A running acknowledgement clock on the Auckland calendar: due Thursday 3 December 2026 at
 * 10:30 in Auckland, with 3 h 30 min of business time left.
 */
export const buildClock = (overrides: Partial<PromiseClockView> = {}): PromiseClockView => ({
  kind: 'acknowledgement',
  promise: 'Acknowledge within 8 business hours',
  state: 'running',
  dueAt: '2026-12-02T21:30:00.000Z',
  timeBasis: 'business',
  elapsedMinutes: 270,
  remainingMinutes: 210,
  pause: null,
  met: null,
  missed: null,
  startsAt: null,
  ...overrides,
});

/** A running JSM SLA with 2 h 30 min left. */
export const buildSla = (overrides: Partial<SlaView> = {}): SlaView => ({
  name: 'Time to first response',
  state: 'running',
  remaining: '2h 30m',
  breachAt: '2026-12-02T21:30:00.000Z',
  ...overrides,
});

/**
 * The agent overview of issue SD-1, a field-maintenance request on a configured Auckland calendar
 * (so every fact applies), with nothing else.
 */
export const buildAgentOverview = (overrides: Partial<AgentOverview> = {}): AgentOverview => ({
  issueKey: 'SD-1',
  projectKey: 'SD',
  warnings: [],
  customerView: buildExplanation(),
  recentActions: [],
  clocks: [],
  slas: [],
  calendar: { timeZone: 'Pacific/Auckland', isConfigured: true },
  facts: {},
  applicableFacts: [
    'dispatch',
    'hardwareReceivedOn',
    'installer',
    'installerContactOn',
    'stockEta',
    'holdReason',
  ],
  ...overrides,
});

/** A catalogue entry for the Waiting for Customer status. */
export const buildCatalogueEntry = (
  overrides: Partial<CatalogueEntryView> = {},
): CatalogueEntryView => ({
  id: 'waiting-for-customer',
  name: 'Waiting for Customer',
  aliases: ['Pending Customer'],
  headline: 'We need something from you before we can go on.',
  ...overrides,
});

/** The admin overview of valid stored settings with one catalogue entry. */
export const buildAdminOverview = (overrides: Partial<AdminOverview> = {}): AdminOverview => ({
  settings: { companyName: 'Acme', reopen: { enabled: true, targetStatus: 'In Review' } },
  catalogue: [buildCatalogueEntry()],
  storedSettingsProblem: null,
  projects: [],
  inheritedProblems: [],
  ...overrides,
});
