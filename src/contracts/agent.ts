import type { StatusExplanation } from './status-guide';

/** Resolver definitions of the agent issue panel (function `agent-resolver`). */
export const agentKeys = {
  getOverview: 'agent.getOverview',
} as const;

/** A warning the agent should see before trusting the panel. */
export type AgentWarningCode = 'NO_REQUEST_TYPE' | 'STATUS_NOT_MAPPED';

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
}

/** What the agent panel shows for the issue it sits on. */
export interface AgentOverview {
  issueKey: string;
  projectKey: string;
  warnings: AgentWarningCode[];
  /** The customer's view of the current status, as the portal panel shows it. */
  customerView: StatusExplanation;
  recentActions: AppliedActionView[];
}

/** Payloads and results of every agent definition. The issue comes from the Forge context. */
export interface AgentDefinitions {
  [agentKeys.getOverview]: { payload: Record<string, never>; result: AgentOverview };
}
