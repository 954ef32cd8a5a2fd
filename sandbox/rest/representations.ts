import type { Site } from '../site/site';
import type {
  Project,
  SiteAttachment,
  SiteComment,
  SiteIssue,
  SiteUser,
  WorkflowStatus,
  WorkflowTransition,
} from '../site/types';

const categoryIds = { new: 2, indeterminate: 4, done: 3 } as const;
const categoryNames = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' } as const;
const categoryColours = { new: 'blue-gray', indeterminate: 'yellow', done: 'green' } as const;

/** A user as the platform API shows one. */
export const platformUser = (site: Site, user: SiteUser) => ({
  self: `${site.baseUrl}/rest/api/3/user?accountId=${user.accountId}`,
  accountId: user.accountId,
  accountType: user.accountType,
  displayName: user.displayName,
  active: true,
  timeZone: user.timeZone,
});

/** A user as the service management API shows one. */
export const serviceDeskUser = (site: Site, user: SiteUser) => ({
  accountId: user.accountId,
  emailAddress: user.email,
  displayName: user.displayName,
  active: true,
  timeZone: user.timeZone,
  _links: { self: `${site.baseUrl}/rest/api/3/user?accountId=${user.accountId}` },
});

export const platformStatus = (site: Site, status: WorkflowStatus) => ({
  self: `${site.baseUrl}/rest/api/3/status/${status.id}`,
  id: status.id,
  name: status.name,
  description: '',
  statusCategory: {
    self: `${site.baseUrl}/rest/api/3/statuscategory/${categoryIds[status.category]}`,
    id: categoryIds[status.category],
    key: status.category,
    name: categoryNames[status.category],
    colorName: categoryColours[status.category],
  },
});

export const platformTransition = (
  site: Site,
  issue: SiteIssue,
  transition: WorkflowTransition,
) => {
  const to = site.projectOf(issue).workflow.statuses.find((s) => s.id === transition.to);
  return {
    id: transition.id,
    name: transition.name,
    to: to ? platformStatus(site, to) : undefined,
    hasScreen: false,
    isGlobal: transition.from.length === 0,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
  };
};

export const platformProject = (site: Site, project: Project) => ({
  self: `${site.baseUrl}/rest/api/3/project/${project.id}`,
  id: project.id,
  key: project.key,
  name: project.name,
  projectTypeKey: 'service_desk',
});

/** A date as the service management API shows one. */
export const serviceDeskDate = (iso: string) => {
  const date = new Date(iso.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return {
    iso8601: iso,
    jira: iso.replace(/\+0000$/, '+0000'),
    friendly: date.toUTCString(),
    epochMillis: date.getTime(),
  };
};

/**
 * A plain text as an Atlassian Document: one paragraph, as the site keeps comments as text.
 * @example plainTextDocument('Hi').content[0]?.content[0]?.text // 'Hi'
 */
export const plainTextDocument = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** A comment as the platform API shows one, alone or in the issue's `comment` field. */
export const platformComment = (site: Site, issue: SiteIssue, comment: SiteComment) => {
  const author = site.user(comment.authorId);
  return {
    self: `${site.baseUrl}/rest/api/3/issue/${issue.id}/comment/${comment.id}`,
    id: comment.id,
    author: author ? platformUser(site, author) : undefined,
    updateAuthor: author ? platformUser(site, author) : undefined,
    body: plainTextDocument(comment.body),
    created: comment.created,
    updated: comment.updated,
    jsdPublic: comment.isPublic,
  };
};

export const serviceDeskComment = (site: Site, issue: SiteIssue, comment: SiteComment) => {
  const author = site.user(comment.authorId);
  return {
    id: comment.id,
    body: comment.body,
    public: comment.isPublic,
    author: author ? serviceDeskUser(site, author) : undefined,
    created: serviceDeskDate(comment.created),
    _links: {
      self: `${site.baseUrl}/rest/servicedeskapi/request/${issue.id}/comment/${comment.id}`,
    },
  };
};

/** Jira's category keys as the service management API spells them. */
export const serviceDeskCategory = (status: WorkflowStatus): string =>
  status.category.toUpperCase();

/** The text of a document: its text nodes, one line per top-level block. */
export const readText = (node: unknown): string => {
  if (typeof node !== 'object' || node === null) return '';
  const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown };
  if (type === 'text') return typeof text === 'string' ? text : '';

  const parts = Array.isArray(content) ? content.map(readText) : [];
  return parts.join(type === 'doc' ? '\n' : '');
};

/** An attachment as the platform API lists one in the issue's `attachment` field. */
export const platformAttachment = (site: Site, file: SiteAttachment) => {
  const author = site.user(file.authorId);
  return {
    self: `${site.baseUrl}/rest/api/3/attachment/${file.id}`,
    id: file.id,
    filename: file.filename,
    author: author ? platformUser(site, author) : undefined,
    created: file.created,
    size: file.size,
    mimeType: file.mimeType,
    content: `${site.baseUrl}/rest/api/3/attachment/content/${file.id}`,
  };
};
