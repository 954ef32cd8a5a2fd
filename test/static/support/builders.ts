import type { AdminOverview, CatalogueEntryView } from '../../../src/contracts/admin';
import type { AgentOverview, AppliedActionView } from '../../../src/contracts/agent';
import type { PortalGuide } from '../../../src/contracts/portal';
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
  promise: { text: 'We reply to every request within 8 business hours.' },
  ...overrides,
});

/** The portal guide of request SD-1 at Acme. */
export const buildPortalGuide = (overrides: Partial<PortalGuide> = {}): PortalGuide => ({
  requestKey: 'SD-1',
  companyName: 'Acme',
  explanation: buildExplanation(),
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
  ...overrides,
});

/** The agent overview of issue SD-1, without warnings or actions. */
export const buildAgentOverview = (overrides: Partial<AgentOverview> = {}): AgentOverview => ({
  issueKey: 'SD-1',
  projectKey: 'SD',
  warnings: [],
  customerView: buildExplanation(),
  recentActions: [],
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
  ...overrides,
});
