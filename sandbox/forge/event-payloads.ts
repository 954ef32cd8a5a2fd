import { plainTextDocument } from '../rest/representations';
import type { Site } from '../site/site';
import type { SiteEvent, SiteIssue } from '../site/types';

/** Forge's name for each kind of site event. */
export const forgeEventType: Record<SiteEvent['kind'], string> = {
  'comment-created': 'avi:jira:commented:issue',
  'comment-updated': 'avi:jira:commented:issue',
  'issue-updated': 'avi:jira:updated:issue',
};

const issuePart = (site: Site, issue: SiteIssue) => {
  const status = site.status(issue);
  const project = site.projectOf(issue);
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: issue.summary,
      issuetype: { id: '10100', name: issue.requestTypeId ? 'Service Request' : 'Task' },
      project: { id: project.id, key: project.key, name: project.name },
      status: { id: status.id, name: status.name, statusCategory: { key: status.category } },
      reporter: { accountId: issue.reporterId },
      created: issue.created,
      updated: issue.updated,
    },
  };
};

/** Builds the payload Forge hands a trigger for a site event, as Jira describes the change. */
export const buildEventPayload = (site: Site, event: SiteEvent): Record<string, unknown> => {
  const issue = site.requireIssue(event.issueKey);
  const base = {
    eventType: forgeEventType[event.kind],
    atlassianId: event.actorId,
    issue: issuePart(site, issue),
  };

  if (event.kind === 'issue-updated') {
    const entry = issue.changelog.find((c) => c.id === event.changelogId);
    return {
      ...base,
      changelog: entry
        ? {
            id: entry.id,
            items: entry.items.map((item) => ({ ...item, fieldtype: 'jira', fieldId: item.field })),
          }
        : { items: [] },
    };
  }

  const comment = issue.comments.find((c) => c.id === event.commentId);
  const author = comment ? site.user(comment.authorId) : undefined;
  return {
    ...base,
    comment: comment
      ? {
          id: comment.id,
          author: { accountId: comment.authorId, accountType: author?.accountType ?? 'atlassian' },
          updateAuthor: { accountId: event.actorId },
          body: plainTextDocument(comment.body),
          created: comment.created,
          updated: comment.updated,
          jsdPublic: comment.isPublic,
        }
      : undefined,
  };
};
