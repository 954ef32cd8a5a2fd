import { defaultConfig } from '../../../src/domain/config/defaults';
import type { StatusGuideConfig } from '../../../src/domain/config/schema';
import { demo, type Harness } from '../../support/sandbox-harness';

/** The seeded workflow's transitions a field-maintenance request goes through. */
export const fieldTransitions = {
  startWork: '11',
  orderProcessed: '61',
  outOfStock: '71',
  installerBooked: '91',
  resolve: '141',
} as const;

/** The demo desk's request type for an installer's visit. */
export const fieldMaintenanceTypeId = '12';

/** Raises a request of the type as the demo customer; returns its key. */
export const raiseRequest = (harness: Harness, requestTypeId = fieldMaintenanceTypeId): string => {
  const answer = harness.rest(demo.customer, 'POST', '/rest/servicedeskapi/request', {
    serviceDeskId: '1',
    requestTypeId,
    requestFieldValues: { summary: 'Fit a unit to the new van', description: 'Van 21.' },
  });
  return (answer.body as { issueKey: string }).issueKey;
};

/** Moves the request as the demo agent (or another user) through the transitions, in order. */
export const moveAs = async (
  harness: Harness,
  issueKey: string,
  transitionIds: readonly string[],
  email: string = demo.agent,
): Promise<void> => {
  for (const id of transitionIds) {
    harness.site.transition(issueKey, id, harness.accountIdOf(email));
    await harness.settle();
  }
};

/** A field-maintenance request of the demo customer, waiting in Awaiting Dispatch. */
export const requestAwaitingDispatch = async (harness: Harness): Promise<string> => {
  const key = raiseRequest(harness);
  await harness.settle();
  await moveAs(harness, key, [fieldTransitions.startWork, fieldTransitions.orderProcessed]);
  harness.log.clear();
  return key;
};

/** Today's date where the desk is, ahead of UTC: a dispatch date that has happened. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Saves site settings over the preset's defaults, as the admin page would. */
export const saveSettings = async (
  harness: Harness,
  change: (config: StatusGuideConfig) => StatusGuideConfig,
): Promise<void> => {
  harness.site.state.appStorage['config:site'] = change(structuredClone(defaultConfig));
  await harness.settle();
};

/** The app's REST calls since the log was last cleared, as "METHOD path". */
export const appCalls = (harness: Harness): string[] =>
  harness.log
    .ofType('rest')
    .filter((call) => call.source === 'app')
    .map((call) => `${call.method} ${call.path}`);

/** The app's POSTs to /transitions since the log was last cleared. */
export const appMoves = (harness: Harness, issueKey: string): string[] =>
  appCalls(harness).filter((call) => call === `POST /rest/api/3/issue/${issueKey}/transitions`);

/** The manifest's scheduled trigger that runs the sweeps. */
export const sweepsKey = 'status-guide-sweeps';

/** Runs the sweeps as Forge's schedule would, at the sandbox's current time, and lets events settle. */
export const runSweeps = async (harness: Harness): Promise<void> => {
  await harness.emulator.scheduler.runNow(sweepsKey);
  await harness.settle();
};

/** Comments the app wrote on a request since the log was last cleared, as the site keeps them. */
export const appComments = (harness: Harness, issueKey: string) =>
  harness.site
    .requireIssue(issueKey)
    .comments.filter((comment) => comment.authorId === harness.site.appUser().accountId);

/** Everything a write would change: the issues and the app's storage, as text. */
export const siteSnapshot = (harness: Harness): string =>
  JSON.stringify({ issues: harness.site.state.issues, storage: harness.site.state.appStorage });

/** Adds a status and transitions to the demo desk's workflow, as an admin editing it would. */
export const extendWorkflow = (
  harness: Harness,
  status: { id: string; name: string; category: 'new' | 'indeterminate' | 'done' },
  transitions: { id: string; name: string; from: string[]; to: string; firesEvent?: 'custom' }[],
): void => {
  const project = harness.site.state.projects[0];
  if (!project) throw new Error('The demo desk is missing.');
  project.workflow.statuses.push(status);
  project.workflow.transitions.push(...transitions);
};
