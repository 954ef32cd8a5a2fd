import { route } from '@forge/api';

import type { StatusCategory } from '../domain/catalogue/types';
import { type Actor, readJira } from './client';

/** The app's issue property, holding per-request state. */
export const requestStatePropertyKey = 'status-guide';

/** A transition the workflow offers from the issue's current status. */
export interface AvailableTransition {
  id: string;
  name: string;
  toStatusName: string;
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
  /** Status changes, oldest first (Jira returns at most the latest 100 with the issue). */
  statusChanges: StatusChange[];
  /** The app's issue property value, or null when the property is not set. */
  requestState: unknown;
}

interface IssueBody {
  id: string;
  key: string;
  fields: {
    status: { name: string; statusCategory: { key: string } };
    project: { key: string };
    reporter?: { accountId: string } | null;
    created?: string;
  };
  properties?: Record<string, unknown>;
  transitions?: { id: string; name: string; to: { name: string } }[];
  changelog?: {
    histories?: {
      created: string;
      author?: { accountId: string };
      items?: { field: string; fromString?: string | null; toString?: string | null }[];
    }[];
  };
}

/**
 * Reads an issue's status, reporter, offered transitions and the app's property in one call.
 * Throws JiraHttpError (404 when the issue is gone or hidden from the caller).
 */
export const getIssueSnapshot = async (as: Actor, issueKey: string): Promise<IssueSnapshot> => {
  const query = new URLSearchParams({
    fields: 'status,project,reporter,created',
    properties: requestStatePropertyKey,
    expand: 'transitions,changelog',
  });
  const body = await readJira<IssueBody>(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}?${query}`, { method: 'GET' }),
  );

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
    })),
    statusChanges: readStatusChanges(body),
    requestState: body.properties?.[requestStatePropertyKey] ?? null,
  };
};

const readStatusChanges = (body: IssueBody): StatusChange[] =>
  (body.changelog?.histories ?? [])
    .flatMap((history) =>
      (history.items ?? [])
        .filter((item) => item.field === 'status' && typeof item.toString === 'string')
        .map((item) => ({
          at: history.created,
          authorId: history.author?.accountId ?? null,
          fromStatusName: item.fromString ?? null,
          toStatusName: item.toString ?? '',
        })),
    )
    .sort((a, b) => Date.parse(normaliseOffset(a.at)) - Date.parse(normaliseOffset(b.at)));

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
