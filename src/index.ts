// The handlers manifest.yml names, grouped by module kind; nothing else lives here.

// UI resolvers
export { adminResolver } from './resolvers/admin-resolver';
export { agentResolver } from './resolvers/agent-resolver';
export { portalResolver } from './resolvers/portal-resolver';
export { projectResolver } from './resolvers/project-resolver';

// Triggers
export { onCommentEvent } from './triggers/comment-event';
export { onIssueUpdatedEvent } from './triggers/issue-updated-event';

// Scheduled triggers
export { onScheduledSweep } from './triggers/scheduled-sweep';
