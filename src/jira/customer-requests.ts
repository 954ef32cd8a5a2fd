import { route } from '@forge/api';

import { type Actor, getJira } from './client';

/** What the app needs of a JSM customer request. */
export interface CustomerRequest {
  issueId: string;
  issueKey: string;
  projectKey: string;
  reporterId: string;
  participantIds: string[];
  requestTypeId: string;
  statusName: string;
  /** JSM's status category: 'NEW', 'INDETERMINATE', 'DONE' (others possible). */
  statusCategory: string;
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
  reporter: { accountId: string };
  participants?: { values: { accountId: string }[] };
  serviceDesk?: { projectKey: string };
  currentStatus: { status: string; statusCategory: string };
}

/**
 * Reads a customer request with its participants and service desk. Throws JiraHttpError
 * (404 when it is not a customer request, or is hidden from the caller).
 */
export const getCustomerRequest = async (as: Actor, issueKey: string): Promise<CustomerRequest> => {
  const query = new URLSearchParams({ expand: 'participant,serviceDesk' });
  const body = await getJira<CustomerRequestBody>(
    as,
    route`/rest/servicedeskapi/request/${issueKey}?${query}`,
  );

  return {
    issueId: body.issueId,
    issueKey: body.issueKey,
    projectKey: body.serviceDesk?.projectKey ?? body.issueKey.split('-')[0] ?? '',
    reporterId: body.reporter.accountId,
    participantIds: (body.participants?.values ?? []).map((user) => user.accountId),
    requestTypeId: body.requestTypeId,
    statusName: body.currentStatus.status,
    statusCategory: body.currentStatus.statusCategory,
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
  const body = await getJira<RequestCommentBody>(
    as,
    route`/rest/servicedeskapi/request/${issueKey}/comment/${commentId}`,
  );
  return { id: body.id, authorId: body.author.accountId, isPublic: body.public };
};
