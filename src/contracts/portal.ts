import type { StatusExplanation } from './status-guide';

/** Resolver definitions of the portal request panel (function `portal-resolver`). */
export const portalKeys = {
  getGuide: 'portal.getGuide',
} as const;

/** The date a promise of the current status falls due. */
export interface PromiseDue {
  /** ISO instant; the panel shows it in the viewer's own time zone and locale. */
  dueAt: string;
  /** False once the promise was missed: the panel then says it is late, not when it was due. */
  isOnTrack: boolean;
}

/** What agents recorded that customers may see. Dates are YYYY-MM-DD. */
export interface CustomerFacts {
  dispatchedOn?: string | undefined;
  carrierReference?: string | undefined;
  stockEta?: string | undefined;
  installer?: { name: string; phone: string } | undefined;
  holdReason?: string | undefined;
}

/** One status on the request's likely road to resolution. */
export interface RoadStep {
  /** The status as the workflow names it. */
  statusName: string;
  category: 'new' | 'indeterminate' | 'done';
  /** True for the status the request is in now. */
  isCurrent: boolean;
}

/** What the portal panel shows for the request it sits on. */
export interface PortalGuide {
  requestKey: string;
  companyName: string;
  explanation: StatusExplanation;
  /** The due date of the current status's promise, when it has one that is running or paused. */
  promiseDue: PromiseDue | null;
  facts: CustomerFacts;
  /** The current status first, then the likely statuses ahead, ending at resolution. */
  roadAhead: RoadStep[];
}

/** Payloads and results of every portal definition. The request comes from the Forge context. */
export interface PortalDefinitions {
  [portalKeys.getGuide]: { payload: Record<string, never>; result: PortalGuide };
}
