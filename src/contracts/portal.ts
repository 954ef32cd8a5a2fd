import type { StatusExplanation } from './status-guide';

/** Resolver definitions of the portal request panel (function `portal-resolver`). */
export const portalKeys = {
  getGuide: 'portal.getGuide',
} as const;

/** What the portal panel shows for the request it sits on. */
export interface PortalGuide {
  requestKey: string;
  companyName: string;
  explanation: StatusExplanation;
}

/** Payloads and results of every portal definition. The request comes from the Forge context. */
export interface PortalDefinitions {
  [portalKeys.getGuide]: { payload: Record<string, never>; result: PortalGuide };
}
