/** Resolver definitions of the checklist in the portal panel (function `portal-resolver`). */
export const portalChecklistKeys = {
  getChecklist: 'portal.getChecklist',
  supplyItem: 'portal.supplyChecklistItem',
} as const;

/** Resolver definitions of the checklist in the agent panel (function `agent-resolver`). */
export const agentChecklistKeys = {
  getChecklist: 'agent.getChecklist',
  markItem: 'agent.markChecklistItem',
  askCustomer: 'agent.askCustomerForMissing',
} as const;

/** What kind of information an item asks for. */
export type ChecklistItemKindView =
  | 'text'
  | 'registration'
  | 'phone-or-email'
  | 'location'
  | 'attachment'
  | 'user-list'
  | 'purchase-order';

/** One item as the customer sees it; agent-only items are never in a customer's answer. */
export interface CustomerChecklistItemView {
  id: string;
  label: string;
  helpText: string;
  kind: ChecklistItemKindView;
  required: boolean;
  /** 'missing' until the request holds it; 'not-needed' when the team waived it. */
  state: 'missing' | 'supplied' | 'not-needed';
  /** For an image-only attachment item: a picture is what counts. */
  imagesOnly: boolean;
}

/** The checklist in the portal panel. */
export interface CustomerChecklistView {
  items: CustomerChecklistItemView[];
  /** True when the request waits on the customer: the panel then leads with what is missing. */
  waitsOnCustomer: boolean;
  /** True when nothing required is missing. */
  isComplete: boolean;
}

/** Where the app found an item, so the agent sees why it is ticked; instants are ISO strings. */
export type ChecklistEvidenceView =
  | { source: 'field'; fieldId: string }
  | { source: 'description' }
  | { source: 'comment'; commentId: string; at: string }
  | { source: 'attachment'; filename: string; at: string }
  | { source: 'panel'; at: string }
  | { source: 'agent'; at: string };

/** One item as the agent sees it, with the value and where it came from. */
export interface AgentChecklistItemView {
  id: string;
  label: string;
  helpText: string;
  kind: ChecklistItemKindView;
  required: boolean;
  visibility: 'customer' | 'agent';
  state: 'missing' | 'found' | 'supplied' | 'not-needed';
  value: string | null;
  evidence: ChecklistEvidenceView | null;
}

/** The checklist in the agent panel. */
export interface AgentChecklistView {
  items: AgentChecklistItemView[];
  /** Required items still missing, as JQL counts them. */
  missingCount: number;
  waitsOnCustomer: boolean;
  /** How many customer-visible items "Ask the customer" would list. */
  askableCount: number;
}

/** An agent's decision on one item: supplied (with an optional value), not needed, or undone. */
export type ChecklistMarkInput =
  | { itemId: string; mark: 'supplied'; value?: string | undefined }
  | { itemId: string; mark: 'not-needed' }
  | { itemId: string; mark: 'clear' };

/** Payloads and results of the portal checklist's definitions. */
export interface PortalChecklistDefinitions {
  [portalChecklistKeys.getChecklist]: {
    payload: Record<string, never>;
    result: CustomerChecklistView | null;
  };
  /** Refused with INVALID_INPUT and `fields.value` when the value does not check out. */
  [portalChecklistKeys.supplyItem]: {
    payload: { itemId: string; value: string };
    result: CustomerChecklistView;
  };
}

/** Payloads and results of the agent checklist's definitions. */
export interface AgentChecklistDefinitions {
  [agentChecklistKeys.getChecklist]: {
    payload: Record<string, never>;
    result: AgentChecklistView | null;
  };
  [agentChecklistKeys.markItem]: { payload: ChecklistMarkInput; result: AgentChecklistView };
  /** Refused with INVALID_INPUT when nothing the customer can give is missing. */
  [agentChecklistKeys.askCustomer]: { payload: Record<string, never>; result: AgentChecklistView };
}
