import { SiteError } from '../site/site';
import { visibleRequest } from './request-routes';
import { type RouteHandler } from './types';

/**
 * POST /rest/servicedeskapi/request/{issueIdOrKey}/feedback with `{ type: 'csat', rating,
 * comment?: { body } }`: the reporter rates the request. As in JSM, the rating and its remark
 * are kept as the request's feedback (the Satisfaction field), not as a comment, so they raise
 * an issue update and no comment event.
 */
export const postFeedback: RouteHandler = (site, request, params) => {
  const issue = visibleRequest(site, request.caller, params.requestIdOrKey ?? '');
  if (issue.reporterId !== request.caller.accountId && request.caller.accountType !== 'app') {
    throw new SiteError(403, 'Only the reporter can give feedback on this request.');
  }
  if (site.status(issue).category !== 'done') {
    throw new SiteError(400, 'Feedback can be given once the request is resolved.');
  }
  const input = (request.body ?? {}) as { type?: unknown; rating?: unknown; comment?: unknown };
  const rating = input.rating;
  if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw new SiteError(400, 'The rating must be a whole number from 1 to 5.');
  }
  if (input.type !== undefined && input.type !== 'csat') {
    throw new SiteError(400, "The only feedback type is 'csat'.");
  }
  const remark = (input.comment as { body?: unknown } | undefined)?.body;
  if (remark !== undefined && typeof remark !== 'string') {
    throw new SiteError(400, 'The feedback comment must be text.');
  }

  const feedback = site.giveFeedback(issue.key, request.caller.accountId, rating, remark);
  return { status: 201, body: representFeedback(feedback) };
};

/** GET /rest/servicedeskapi/request/{issueIdOrKey}/feedback: 404 until the customer rated it. */
export const getFeedback: RouteHandler = (site, request, params) => {
  const issue = visibleRequest(site, request.caller, params.requestIdOrKey ?? '');
  if (issue.feedback === undefined) {
    throw new SiteError(404, 'No feedback has been given on this request.');
  }
  return { status: 200, body: representFeedback(issue.feedback) };
};

const representFeedback = (feedback: { rating: number; remark?: string }) => ({
  type: 'csat',
  rating: feedback.rating,
  ...(feedback.remark === undefined ? {} : { comment: { body: feedback.remark } }),
});
