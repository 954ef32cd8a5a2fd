import { route } from '@forge/api';

import { type Actor, readJira } from './client';

/** What the app needs of a JSM customer request. */
export interface CustomerRequest {
  issueId: string;
  issueKey: string;
  projectKey: string;
  reporterId: string;
  participantIds: string[];
  requestTypeId: string;
  /** The request type's name as the portal shows it; null when Jira left it out. */
  requestTypeName: string | null;
  statusName: string;
  /** JSM's status category: 'NEW', 'INDETERMINATE', 'DONE' (others possible). */
  statusCategory: string;
  /** The service desk's portal home, where a customer raises a new request; '' when unknown. */
  portalUrl: string;
  /** JSM's SLAs, when asked for with `withSlas`. */
  slas: RequestSla[];
}

/** One of JSM's SLAs on a request, as its API reports it. */
export interface RequestSla {
  name: string;
  isBreached: boolean;
  isPaused: boolean;
  /** False while its start condition has not happened: no cycle, ongoing or completed, yet. */
  isStarted: boolean;
  isCompleted: boolean;
  remainingFriendly: string | null;
  breachAt: string | null;
}

interface SlaCycle {
  breached?: boolean;
  paused?: boolean;
  remainingTime?: { friendly?: string };
  breachTime?: { iso8601?: string };
}

/** A comment as JSM's request API shows it, with its visibility. */
export interface RequestComment {
  id: string;
  authorId: string;
  /** Visible to the customer (a reply), as opposed to an internal note. */
  isPublic: boolean;
}

interface CustomerRequestBody {
  issueId: string;
  issueKey: string;
  requestTypeId: string;
  requestType?: { name?: string };
  reporter: { accountId: string };
  participants?: { values: { accountId: string }[] };
  serviceDesk?: { projectKey: string };
  currentStatus: { status: string; statusCategory: string };
  sla?: { values?: { name: string; ongoingCycle?: SlaCycle; completedCycles?: SlaCycle[] }[] };
  _links?: { web?: string };
}

/**
 * Reads a customer request with its participants, service desk and request type, and on request its SLAs in
 * the same call. Throws JiraHttpError (404 when it is not a customer request, or is
 * hidden from the caller).
 */
export const getCustomerRequest = async (
  as: Actor,
  issueKey: string,
  withSlas = false,
): Promise<CustomerRequest> => {
  const expand = ['participant', 'serviceDesk', 'requestType', ...(withSlas ? ['sla'] : [])];
  const query = new URLSearchParams({ expand: expand.join(',') });
  const body = await readJira<CustomerRequestBody>(as, (jira) =>
    jira.requestJira(route`/rest/servicedeskapi/request/${issueKey}?${query}`, { method: 'GET' }),
  );

  return {
    issueId: body.issueId,
    issueKey: body.issueKey,
    projectKey: body.serviceDesk?.projectKey ?? body.issueKey.split('-')[0] ?? '',
    reporterId: body.reporter.accountId,
    participantIds: (body.participants?.values ?? []).map((user) => user.accountId),
    requestTypeId: body.requestTypeId,
    requestTypeName: body.requestType?.name ?? null,
    statusName: body.currentStatus.status,
    statusCategory: body.currentStatus.statusCategory,
    // The request's portal page is the portal's home followed by the request's key.
    portalUrl: (body._links?.web ?? '').replace(/\/[^/]+$/, ''),
    slas: (body.sla?.values ?? []).map((sla) => {
      const cycle = sla.ongoingCycle ?? sla.completedCycles?.[sla.completedCycles.length - 1];
      return {
        name: sla.name,
        isBreached: cycle?.breached === true,
        isPaused: sla.ongoingCycle?.paused === true,
        isStarted: cycle !== undefined,
        isCompleted: sla.ongoingCycle === undefined && cycle !== undefined,
        remainingFriendly: cycle?.remainingTime?.friendly ?? null,
        breachAt: sla.ongoingCycle?.breachTime?.iso8601 ?? null,
      };
    }),
  };
};

interface RequestCommentBody {
  id: string;
  public: boolean;
  author: { accountId: string };
}

/** Reads one comment of a request with its visibility. Throws JiraHttpError (404 when gone). */
export const getRequestComment = async (
  as: Actor,
  issueKey: string,
  commentId: string,
): Promise<RequestComment> => {
  const body = await readJira<RequestCommentBody>(as, (jira) =>
    jira.requestJira(route`/rest/servicedeskapi/request/${issueKey}/comment/${commentId}`, {
      method: 'GET',
    }),
  );
  return { id: body.id, authorId: body.author.accountId, isPublic: body.public };
};
