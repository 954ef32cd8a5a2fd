import type { CalendarView, PromiseClockView, SlaView } from './promise-clocks';
import type { StatusExplanation } from './status-guide';

/** Resolver definitions of the agent issue panel (function `agent-resolver`). */
export const agentKeys = {
  getOverview: 'agent.getOverview',
  recordFact: 'agent.recordFact',
  recordInstallerFinished: 'agent.recordInstallerFinished',
} as const;

/** A warning the agent should see before trusting the panel. */
export type AgentWarningCode =
  'NO_REQUEST_TYPE' | 'STATUS_NOT_MAPPED' | 'NO_CALENDAR' | 'REOPEN_TARGET_UNREACHABLE';

/** One automatic action the app applied to the request. */
export interface AppliedActionView {
  /** The rule that acted ("reopen"). */
  rule: string;
  /** What the app did, in words ("Moved to In Review"). */
  summary: string;
  /** Why ("The customer commented on the resolved request"). */
  reason: string;
  /** ISO instant at which it was applied. */
  at: string;
  /** False when the workflow refused it; the summary says why. */
  isApplied: boolean;
  /** ISO instant of what led to it (the customer's comment); null when not recorded. */
  triggeredAt: string | null;
}

/** What agents recorded on the request; dates are YYYY-MM-DD. Absent parts were not recorded. */
export interface RequestFactsView {
  dispatch?: { dispatchedOn: string; carrierReference: string } | undefined;
  hardwareReceivedOn?: string | undefined;
  installer?: { name: string; phone: string } | undefined;
  installerContactOn?: string | undefined;
  stockEta?: string | undefined;
  holdReason?: string | undefined;
}

/** One agent action: set a fact, or clear it with null. */
export type FactChangeInput =
  | { fact: 'dispatch'; value: { dispatchedOn: string; carrierReference: string } | null }
  | { fact: 'hardwareReceivedOn'; value: string | null }
  | { fact: 'installer'; value: { name: string; phone: string } | null }
  | { fact: 'installerContactOn'; value: string | null }
  | { fact: 'stockEta'; value: string | null }
  | { fact: 'holdReason'; value: string | null };

/** What the agent panel shows for the issue it sits on. */
export interface AgentOverview {
  issueKey: string;
  projectKey: string;
  warnings: AgentWarningCode[];
  /** The customer's view of the current status, as the portal panel shows it. */
  customerView: StatusExplanation;
  recentActions: AppliedActionView[];
  /** The promise clocks that apply to the request. */
  clocks: PromiseClockView[];
  /** JSM's own SLAs of the request; empty when it has none or JSM did not answer. */
  slas: SlaView[];
  calendar: CalendarView;
  facts: RequestFactsView;
  /**
   * The facts agents may record here, in the order of the request's journey: those of its kind
   * (a hardware order, field maintenance; the hold reason on any other) under the field-service
   * preset, and any already recorded; empty on an IT desk's request.
   */
  applicableFacts: FactChangeInput['fact'][];
}

/** Payloads and results of every agent definition. The issue comes from the Forge context. */
export interface AgentDefinitions {
  [agentKeys.getOverview]: { payload: Record<string, never>; result: AgentOverview };
  /** Refused with INVALID_INPUT and per-field messages when the value does not check out. */
  [agentKeys.recordFact]: { payload: { change: FactChangeInput }; result: AgentOverview };
  /**
   * Records that the installer finished the job, which resolves a field-maintenance request.
   * Refused with INVALID_INPUT (the message says why) when the request is not one the rule
   * moves, or the workflow offers no way to the rule's status.
   */
  [agentKeys.recordInstallerFinished]: { payload: Record<string, never>; result: AgentOverview };
}
