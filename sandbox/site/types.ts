/** Jira's account types. */
export type AccountType = 'atlassian' | 'customer' | 'app';

/** A person (or the app) on the emulated site. */
export interface SiteUser {
  accountId: string;
  email: string;
  displayName: string;
  accountType: AccountType;
  timeZone: string;
  locale: string;
  /** Holds Jira's global ADMINISTER permission. */
  isSiteAdmin: boolean;
  /** What the demo user is for, shown on the sandbox's user switch. */
  role: string;
}

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface WorkflowStatus {
  id: string;
  name: string;
  category: StatusCategoryKey;
}

export interface WorkflowTransition {
  id: string;
  name: string;
  /** Status ids the transition is offered from; an empty list means from any status. */
  from: string[];
  to: string;
  /**
   * The event the transition fires: Jira's issue-updated by default, or a custom event of the
   * workflow's post function, which apps do not receive.
   */
  firesEvent?: 'issue-updated' | 'custom';
}

export interface Workflow {
  statuses: WorkflowStatus[];
  transitions: WorkflowTransition[];
}

export interface RequestType {
  id: string;
  name: string;
  description: string;
}

export interface Project {
  id: string;
  key: string;
  name: string;
  serviceDeskId: string;
  /** The portal's id, as in /servicedesk/customer/portal/{portalId}. */
  portalId: string;
  agentIds: string[];
  adminIds: string[];
  customerIds: string[];
  requestTypes: RequestType[];
  workflow: Workflow;
}

export interface SiteComment {
  id: string;
  authorId: string;
  /** Plain text. */
  body: string;
  isPublic: boolean;
  created: string;
  updated: string;
}

/** A file attached to an issue; the sandbox keeps its name and type, not its bytes. */
export interface SiteAttachment {
  id: string;
  authorId: string;
  filename: string;
  mimeType: string;
  size: number;
  created: string;
}

export interface ChangelogItem {
  field: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface ChangelogEntry {
  id: string;
  authorId: string;
  created: string;
  items: ChangelogItem[];
}

export interface SiteIssue {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  description: string;
  /** Null for an issue created without a request type (invisible in the portal). */
  requestTypeId: string | null;
  statusId: string;
  reporterId: string;
  participantIds: string[];
  created: string;
  updated: string;
  comments: SiteComment[];
  changelog: ChangelogEntry[];
  properties: Record<string, unknown>;
  /** The customer's satisfaction rating (1 to 5) and its remark, once given. */
  feedback?: SiteFeedback;
  /** Files attached to the issue; absent on sites saved before attachments were kept. */
  attachments?: SiteAttachment[];
  /** Custom field values by field id ("customfield_10050"), as text. */
  customFields?: Record<string, string>;
}

/** A satisfaction rating as JSM keeps it: in the request's Satisfaction field, not a comment. */
export interface SiteFeedback {
  rating: number;
  remark?: string;
  at: string;
}

/** Everything the emulated site holds; saved as one JSON file. */
export interface SiteState {
  version: 1;
  users: SiteUser[];
  projects: Project[];
  issues: SiteIssue[];
  /** The app's key-value storage (@forge/kvs). */
  appStorage: Record<string, unknown>;
  /** When keys stored with a time to live expire (ISO instants); absent keys never expire. */
  appStorageExpiry?: Record<string, string>;
  counters: { comment: number; changelog: number; attachment?: number };
  /** How far the site's clock runs ahead of (or behind) the real time; absent means real time. */
  clockOffsetMs?: number;
}

/** Something that happened on the site that Forge turns into an app event. */
export type SiteEvent =
  | {
      kind: 'comment-created' | 'comment-updated';
      issueKey: string;
      commentId: string;
      actorId: string;
    }
  | { kind: 'issue-updated'; issueKey: string; actorId: string; changelogId: string | null };
