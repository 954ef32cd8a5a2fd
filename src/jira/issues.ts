import { route } from '@forge/api';

import type { StatusCategory } from '../domain/catalogue/types';
import { type Actor, readJira } from './client';
import { type CommentPage, completeIssueComments, type IssueComment } from './comments';
import { type ContentFields, type IssueContent, toIssueContent } from './issue-content';
import { pageSize, readAllPages } from './read-all-pages';

/** The app's issue property, holding per-request state. */
export const requestStatePropertyKey = 'status-guide';

/** A transition the workflow offers from the issue's current status. */
export interface AvailableTransition {
  id: string;
  name: string;
  toStatusName: string;
  toStatusCategory: StatusCategory;
}

/** One move of the issue from a status to another. */
export interface StatusChange {
  at: string;
  authorId: string | null;
  fromStatusName: string | null;
  toStatusName: string;
}

/** What the rules and panels need of an issue. */
export interface IssueSnapshot {
  id: string;
  key: string;
  projectKey: string;
  statusName: string;
  statusCategory: StatusCategory;
  reporterId: string | null;
  /** When the issue was created, as Jira writes it. */
  created: string;
  transitions: AvailableTransition[];
  /** Every status change, oldest first, read from the whole changelog. */
  statusChanges: StatusChange[];
  /** Every comment the caller may see, internal notes included, in the order Jira lists them. */
  comments: IssueComment[];
  /** The app's issue property value, or null when the property is not set. */
  requestState: unknown;
}

interface ChangelogHistory {
  id?: string;
  created: string;
  author?: { accountId: string };
  items?: { field: string; fromString?: string | null; toString?: string | null }[];
}

interface IssueBody {
  id: string;
  key: string;
  fields: ContentFields & {
    status: { name: string; statusCategory: { key: string } };
    project: { key: string };
    reporter?: { accountId: string } | null;
    created?: string;
    comment?: CommentPage;
  };
  properties?: Record<string, unknown>;
  transitions?: {
    id: string;
    name: string;
    to: { name: string; statusCategory?: { key: string } };
  }[];
  changelog?: { total?: number; histories?: ChangelogHistory[] };
}

interface ChangelogPage {
  isLast?: boolean;
  total?: number;
  values?: ChangelogHistory[];
}

/**
 * Reads an issue's status, reporter, offered transitions, comments, status history and the app's
 * property: one call, plus the changelog or comment pages Jira left out of it.
 * Throws JiraHttpError (404 when the issue is gone or hidden from the caller).
 */
export const getIssueSnapshot = async (as: Actor, issueKey: string): Promise<IssueSnapshot> => {
  const body = await readIssue(as, issueKey, []);

  return toSnapshot(as, body);
};

/**
 * Reads an issue as getIssueSnapshot does and, in the same call, its description, attachments
 * and the named form fields, for a checklist: the snapshot and the content share one read.
 * Throws JiraHttpError (404 when the issue is gone or hidden from the caller).
 */
export const getIssueWithContent = async (
  as: Actor,
  issueKey: string,
  fieldIds: readonly string[],
): Promise<{ issue: IssueSnapshot; content: IssueContent }> => {
  const body = await readIssue(as, issueKey, ['description', 'attachment', ...fieldIds]);
  const issue = await toSnapshot(as, body);

  return { issue, content: toIssueContent(body.fields, issue.comments, fieldIds) };
};

const readIssue = (as: Actor, issueKey: string, extraFields: readonly string[]) => {
  const fields = ['status', 'project', 'reporter', 'created', 'comment', ...extraFields];
  const query = new URLSearchParams({
    fields: [...new Set(fields)].join(','),
    properties: requestStatePropertyKey,
    expand: 'transitions,changelog',
  });
  return readJira<IssueBody>(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}?${query}`, { method: 'GET' }),
  );
};

const toSnapshot = async (as: Actor, body: IssueBody): Promise<IssueSnapshot> => {
  const histories = await completeChangelog(as, body.key, body.changelog);
  const comments = await completeIssueComments(as, body.key, body.fields.comment);

  return {
    id: body.id,
    key: body.key,
    projectKey: body.fields.project.key,
    statusName: body.fields.status.name,
    statusCategory: toStatusCategory(body.fields.status.statusCategory.key),
    reporterId: body.fields.reporter?.accountId ?? null,
    created: body.fields.created ?? '',
    transitions: (body.transitions ?? []).map((transition) => ({
      id: transition.id,
      name: transition.name,
      toStatusName: transition.to.name,
      toStatusCategory: toStatusCategory(transition.to.statusCategory?.key ?? ''),
    })),
    statusChanges: readStatusChanges(histories),
    comments,
    requestState: body.properties?.[requestStatePropertyKey] ?? null,
  };
};

// Jira embeds at most the latest 100 histories with an issue, and says how many there are in
// `total`; the first moves (when the request was first picked up) are then only in the changelog
// resource, read page by page from the oldest.
const completeChangelog = async (
  as: Actor,
  issueKey: string,
  embedded: IssueBody['changelog'],
): Promise<ChangelogHistory[]> => {
  const histories = embedded?.histories ?? [];
  if ((embedded?.total ?? histories.length) <= histories.length) return histories;

  return readAllPages(async (startAt) => {
    const query = new URLSearchParams({ startAt: String(startAt), maxResults: String(pageSize) });
    const body = await readJira<ChangelogPage>(as, (jira) =>
      jira.requestJira(route`/rest/api/3/issue/${issueKey}/changelog?${query}`, { method: 'GET' }),
    );
    const values = body.values ?? [];
    return { values, isLast: body.isLast ?? startAt + values.length >= (body.total ?? 0) };
  });
};

// Entries made in the same millisecond keep the order of their ids, which Jira hands out rising.
const readStatusChanges = (histories: readonly ChangelogHistory[]): StatusChange[] =>
  [...histories]
    .sort(
      (a, b) =>
        Date.parse(normaliseOffset(a.created)) - Date.parse(normaliseOffset(b.created)) ||
        (Number(a.id) || 0) - (Number(b.id) || 0),
    )
    .flatMap((history) =>
      (history.items ?? [])
        .filter((item) => item.field === 'status' && typeof item.toString === 'string')
        .map((item) => ({
          at: history.created,
          authorId: history.author?.accountId ?? null,
          fromStatusName: item.fromString ?? null,
          toStatusName: item.toString ?? '',
        })),
    );

/**
 * Makes Jira's "+1300" offsets readable by Date.parse.
 * @example normaliseOffset('2026-12-03T10:00:00.000+1300') // '2026-12-03T10:00:00.000+13:00'
 */
export const normaliseOffset = (instant: string): string =>
  instant.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');

/**
 * Maps Jira's status category key to ours; an unknown key counts as in progress.
 * @example toStatusCategory('done') // 'done'
 */
export const toStatusCategory = (key: string): StatusCategory =>
  key === 'new' || key === 'done' ? key : 'indeterminate';
