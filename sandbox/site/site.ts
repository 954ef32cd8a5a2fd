import type { IndexedPropertyPath } from '../rest/jql';
import type {
  ChangelogEntry,
  Project,
  SiteAttachment,
  SiteComment,
  SiteEvent,
  SiteFeedback,
  SiteIssue,
  SiteState,
  SiteUser,
  WorkflowStatus,
  WorkflowTransition,
} from './types';

/** A request the site refuses, with the HTTP status Jira would answer. */
export class SiteError extends Error {
  override readonly name = 'SiteError';

  constructor(
    readonly status: number,
    message: string,
    /** Field-level messages, as Jira's `errors` object. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Listener = (event: SiteEvent) => void;

/** Longest summary Jira accepts. */
export const maxSummaryLength = 255;

/** What it takes to raise a request on the site. */
export interface NewRequest {
  projectKey: string;
  requestTypeId: string;
  reporterId: string;
  summary: string;
  description: string;
  /** When it was raised; the site's current time when not given. */
  createdAt?: Date;
}

/** Longest comment body the site accepts (Jira's own limit is 32,767 characters). */
export const maxCommentLength = 32767;

/**
 * The emulated Jira Service Management site: users, projects, issues and the app's storage, with
 * the operations people and the app perform on them. Every change notifies the listeners, which
 * is how events reach the app, and marks the state for saving.
 */
export class Site {
  /** The address people and scripts reach the site at; REST answers' links start with it. */
  baseUrl = 'http://localhost:8080';
  /** The issue property values the app asks Jira to index for JQL (its `jira:entityProperty`). */
  indexedPropertyPaths: IndexedPropertyPath[] = [];
  private readonly listeners: Listener[] = [];
  private readonly changeListeners: (() => void)[] = [];

  constructor(
    readonly state: SiteState,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Calls the listener after each change that Jira would announce as an event. */
  onEvent(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Calls the listener after any change to the state (to persist it). */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /** The site's current instant in epoch milliseconds. */
  nowMs(): number {
    return this.now().getTime();
  }

  /** The current instant as an ISO string with offset, as Jira writes it. */
  timestamp(): string {
    return this.now().toISOString().replace('Z', '+0000');
  }

  user(accountId: string): SiteUser | undefined {
    return this.state.users.find((user) => user.accountId === accountId);
  }

  userByEmail(email: string): SiteUser | undefined {
    const wanted = email.trim().toLowerCase();
    return this.state.users.find((user) => user.email.toLowerCase() === wanted);
  }

  /** The app's own account, whose changes Forge marks as self-generated. */
  appUser(): SiteUser {
    const app = this.state.users.find((user) => user.accountType === 'app');
    if (!app) throw new Error('The site has no app account.');
    return app;
  }

  project(keyOrId: string): Project | undefined {
    return this.state.projects.find((p) => p.key === keyOrId || p.id === keyOrId);
  }

  /** Jira numbers each project's keys on their own: FS-18 follows FS-17 whatever IT holds. */
  private nextIssueNumber(projectKey: string): number {
    const numbers = this.state.issues
      .filter((issue) => issue.projectKey === projectKey)
      .map((issue) => Number(issue.key.slice(projectKey.length + 1)))
      .filter(Number.isInteger);
    return Math.max(0, ...numbers) + 1;
  }

  projectOf(issue: SiteIssue): Project {
    const project = this.project(issue.projectKey);
    if (!project) throw new Error(`Issue ${issue.key} names a missing project.`);
    return project;
  }

  /** Finds an issue by key (any case) or id. */
  issue(idOrKey: string): SiteIssue | undefined {
    const wanted = idOrKey.toUpperCase();
    return this.state.issues.find((issue) => issue.key === wanted || issue.id === idOrKey);
  }

  /** Like issue(), throwing Jira's 404 when it does not exist. */
  requireIssue(idOrKey: string): SiteIssue {
    const issue = this.issue(idOrKey);
    if (!issue)
      throw new SiteError(404, 'Issue does not exist or you do not have permission to see it.');
    return issue;
  }

  status(issue: SiteIssue): WorkflowStatus {
    const status = this.projectOf(issue).workflow.statuses.find((s) => s.id === issue.statusId);
    if (!status) throw new Error(`Issue ${issue.key} is in a status its workflow lacks.`);
    return status;
  }

  /** Transitions the workflow offers from the issue's current status. */
  availableTransitions(issue: SiteIssue): WorkflowTransition[] {
    return this.projectOf(issue).workflow.transitions.filter(
      (t) => t.to !== issue.statusId && (t.from.length === 0 || t.from.includes(issue.statusId)),
    );
  }

  isAgent(accountId: string, projectKey: string): boolean {
    const project = this.project(projectKey);
    return (
      !!project && (project.agentIds.includes(accountId) || project.adminIds.includes(accountId))
    );
  }

  isProjectAdmin(accountId: string, projectKey: string): boolean {
    return this.project(projectKey)?.adminIds.includes(accountId) === true;
  }

  /** Reporter, participant, agent of the project, or the app: who may see a request. */
  canSeeRequest(accountId: string, issue: SiteIssue): boolean {
    return (
      issue.reporterId === accountId ||
      issue.participantIds.includes(accountId) ||
      this.isAgent(accountId, issue.projectKey) ||
      this.user(accountId)?.accountType === 'app'
    );
  }

  /** Adds a comment and announces it. Throws SiteError for an empty or over-long body. */
  addComment(issueKey: string, authorId: string, body: string, isPublic: boolean): SiteComment {
    const issue = this.requireIssue(issueKey);
    const text = checkCommentBody(body);

    const at = this.timestamp();
    const comment: SiteComment = {
      id: String(10000 + ++this.state.counters.comment),
      authorId,
      body: text,
      isPublic,
      created: at,
      updated: at,
    };
    issue.comments.push(comment);
    issue.updated = at;

    this.announce({
      kind: 'comment-created',
      issueKey: issue.key,
      commentId: comment.id,
      actorId: authorId,
    });
    return comment;
  }

  /**
   * Attaches a file (its name and type only) as the user, and announces the change as Jira
   * does: an issue update whose changelog names the attachment.
   */
  addAttachment(
    issueKey: string,
    authorId: string,
    file: { filename: string; mimeType: string; size?: number },
  ): SiteAttachment {
    const issue = this.requireIssue(issueKey);
    const at = this.timestamp();
    const counters = this.state.counters;
    counters.attachment = (counters.attachment ?? 0) + 1;
    const attachment: SiteAttachment = {
      id: String(30000 + counters.attachment),
      authorId,
      filename: file.filename,
      mimeType: file.mimeType,
      size: file.size ?? 1024,
      created: at,
    };
    const entry: ChangelogEntry = {
      id: String(20000 + ++counters.changelog),
      authorId,
      created: at,
      items: [
        {
          field: 'Attachment',
          from: null,
          fromString: null,
          to: attachment.id,
          toString: file.filename,
        },
      ],
    };
    issue.attachments = [...(issue.attachments ?? []), attachment];
    issue.changelog.push(entry);
    issue.updated = at;

    this.announce({
      kind: 'issue-updated',
      issueKey: issue.key,
      actorId: authorId,
      changelogId: entry.id,
    });
    return attachment;
  }

  /**
   * Raises a customer request, in the workflow's first status, as created at `createdAt` (the
   * site's current time when not given). Throws SiteError(400) with field messages for an unknown
   * project or request type, an empty or over-long summary, or a reporter who is not a customer
   * of the project nor one of its agents.
   */
  createRequest(input: NewRequest): SiteIssue {
    const project = this.project(input.projectKey);
    if (!project) throw new SiteError(400, `The project ${input.projectKey} does not exist.`);
    const requestType = project.requestTypes.find((type) => type.id === input.requestTypeId);
    if (!requestType) {
      throw new SiteError(400, 'The request type does not exist in this service desk.', {
        requestTypeId: `No request type with id ${input.requestTypeId} in ${project.name}.`,
      });
    }
    const reporter = this.user(input.reporterId);
    const mayRaise =
      !!reporter &&
      (project.customerIds.includes(reporter.accountId) ||
        this.isAgent(reporter.accountId, project.key));
    if (!mayRaise) {
      throw new SiteError(403, 'This user may not raise requests in this service desk.');
    }
    const summary = input.summary.trim();
    if (summary.length === 0 || summary.length > maxSummaryLength) {
      const message =
        summary.length === 0
          ? 'Summary is required.'
          : `Summary must be less than ${maxSummaryLength + 1} characters.`;
      throw new SiteError(400, message, { summary: message });
    }
    const first = project.workflow.statuses[0];
    if (!first) throw new Error(`The workflow of ${project.key} has no status.`);

    const created = (input.createdAt ?? this.now()).toISOString().replace('Z', '+0000');
    const issue: SiteIssue = {
      id: String(10001 + this.state.issues.length),
      key: `${project.key}-${String(this.nextIssueNumber(project.key))}`,
      projectKey: project.key,
      summary,
      description: input.description.trim(),
      requestTypeId: requestType.id,
      statusId: first.id,
      reporterId: input.reporterId,
      participantIds: [],
      created,
      updated: created,
      comments: [],
      changelog: [],
      properties: {},
    };
    this.state.issues.push(issue);
    this.changed();
    return issue;
  }

  /** Changes a comment's body and announces the edit. Throws SiteError when it is not there. */
  editComment(issueKey: string, commentId: string, actorId: string, body: string): SiteComment {
    const issue = this.requireIssue(issueKey);
    const comment = issue.comments.find((c) => c.id === commentId);
    if (!comment) throw new SiteError(404, `Comment ${commentId} does not exist on ${issue.key}.`);

    comment.body = checkCommentBody(body);
    comment.updated = this.timestamp();

    this.announce({ kind: 'comment-updated', issueKey: issue.key, commentId, actorId });
    return comment;
  }

  /**
   * Moves an issue through a transition the workflow offers and announces the update.
   * Throws SiteError(400) when the transition is not offered from the current status.
   */
  transition(issueKey: string, transitionId: string, actorId: string): ChangelogEntry {
    const issue = this.requireIssue(issueKey);
    const transition = this.availableTransitions(issue).find((t) => t.id === transitionId);
    if (!transition) {
      throw new SiteError(400, `Transition id '${transitionId}' is not valid for this issue.`);
    }

    const from = this.status(issue);
    const to = this.projectOf(issue).workflow.statuses.find((s) => s.id === transition.to);
    if (!to) throw new Error(`Transition ${transition.id} leads to a missing status.`);
    const entry: ChangelogEntry = {
      id: String(20000 + ++this.state.counters.changelog),
      authorId: actorId,
      created: this.timestamp(),
      items: [
        { field: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name },
      ],
    };
    issue.statusId = to.id;
    issue.changelog.push(entry);
    issue.updated = entry.created;

    if (transition.firesEvent === 'custom') this.changed();
    else
      this.announce({ kind: 'issue-updated', issueKey: issue.key, actorId, changelogId: entry.id });
    return entry;
  }

  /**
   * Keeps the customer's satisfaction rating (and remark) on the request, as JSM does in its
   * Satisfaction and Satisfaction date fields, and announces the issue update that records it.
   */
  giveFeedback(
    issueKey: string,
    actorId: string,
    rating: number,
    remark: string | undefined,
  ): SiteFeedback {
    const issue = this.requireIssue(issueKey);
    const at = this.timestamp();
    const feedback: SiteFeedback = { rating, at, ...(remark === undefined ? {} : { remark }) };
    const entry: ChangelogEntry = {
      id: String(20000 + ++this.state.counters.changelog),
      authorId: actorId,
      created: at,
      items: [
        {
          field: 'Satisfaction',
          from: null,
          fromString: null,
          to: String(rating),
          toString: String(rating),
        },
        { field: 'Satisfaction date', from: null, fromString: null, to: at, toString: at },
      ],
    };
    issue.feedback = feedback;
    issue.changelog.push(entry);
    issue.updated = at;

    this.announce({ kind: 'issue-updated', issueKey: issue.key, actorId, changelogId: entry.id });
    return feedback;
  }

  /** Sets an issue property (Jira announces no event for it). */
  setProperty(issueKey: string, key: string, value: unknown): void {
    const issue = this.requireIssue(issueKey);
    issue.properties[key] = value;
    this.changed();
  }

  /** Tells the change listeners the app's storage (or the site's clock) changed. */
  storageChanged(): void {
    this.changed();
  }

  private announce(event: SiteEvent): void {
    this.changed();
    for (const listener of this.listeners) listener(event);
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }
}

const checkCommentBody = (body: string): string => {
  const text = body.trim();
  if (text.length === 0)
    throw new SiteError(400, 'Comment body can not be empty!', {
      comment: 'Comment body can not be empty!',
    });
  if (text.length > maxCommentLength) {
    throw new SiteError(400, `The comment is longer than ${maxCommentLength} characters.`, {
      comment: `The entered text is too long. It exceeds the allowed limit of ${maxCommentLength} characters.`,
    });
  }
  return text;
};
