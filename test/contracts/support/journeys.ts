import { adminKeys } from '../../../src/contracts/admin';
import { agentKeys } from '../../../src/contracts/agent';
import { portalKeys } from '../../../src/contracts/portal';
import { projectKeys } from '../../../src/contracts/project';
import { demo, type Harness, resolvedRequest } from '../../support/sandbox-harness';

/** What the journeys led to, for the test to check that they really ran. */
export interface JourneyOutcomes {
  /** FS-1's status after its reporter commented. */
  reopenedStatus: string;
  /** The `ok` flag of each resolver answer, by what was asked. */
  resolverAnswers: Record<string, boolean>;
}

const comment = (harness: Harness, email: string, key: string, body: string, isPublic = true) =>
  harness.rest(email, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
    body,
    public: isPublic,
  });

const isOk = (answer: unknown): boolean =>
  typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === true;

/** The comment and status events the triggers act on, and the paths where they do nothing. */
const runTriggerJourneys = async (harness: Harness): Promise<string> => {
  comment(harness, demo.customer, resolvedRequest, 'It stopped reporting again this morning.');
  await harness.settle();
  const reopenedStatus = harness.statusOf(resolvedRequest);

  comment(harness, demo.agent, 'FS-3', 'Checked the logs, all fine.', false);
  comment(harness, demo.agent, 'FS-3', 'We are on it.');
  comment(harness, demo.integration, 'FS-4', 'Partner ticket updated.');
  harness.rest(demo.agent, 'POST', '/rest/api/3/issue/FS-2/transitions', {
    transition: { id: '11' },
  });
  await harness.settle();
  return reopenedStatus;
};

/** The three panels' resolvers, for people allowed and refused. */
const runResolverJourneys = async (harness: Harness): Promise<Record<string, boolean>> => {
  const resolve = async (
    moduleKey: string,
    key: string,
    email: string,
    extension: object,
    payload: object = {},
  ) =>
    isOk(
      await harness.emulator.invokeResolver(
        moduleKey,
        { functionKey: key, payload },
        { accountId: harness.accountIdOf(email), extension: { ...extension } },
      ),
    );
  const portal = (email: string, requestKey: string) =>
    resolve('status-guide-portal-panel', portalKeys.getGuide, email, {
      type: 'jiraServiceManagement:portalRequestDetail',
      request: { key: requestKey, typeId: '10' },
      portal: { id: '1' },
    });
  const agent = (email: string, issueKey: string) =>
    resolve('status-guide-agent-panel', agentKeys.getOverview, email, {
      type: 'jira:issuePanel',
      issue: { key: issueKey },
      project: { key: 'FS' },
    });
  const admin = (email: string) =>
    resolve('status-guide-admin-page', adminKeys.getSettings, email, { type: 'jira:adminPage' });

  const project = (email: string, key: string, payload: object = {}) =>
    resolve(
      'status-guide-project-settings',
      key,
      email,
      { type: 'jira:projectSettingsPage', project: { key: 'IT' } },
      payload,
    );

  return {
    'portal, reporter': await portal(demo.customer, 'FS-2'),
    'portal, participant': await portal(demo.otherCustomer, 'FS-3'),
    'portal, stranger': await portal(demo.otherCustomer, resolvedRequest),
    'portal, missing request': await portal(demo.customer, 'FS-999'),
    'agent, request': await agent(demo.agent, 'FS-4'),
    'agent, plain issue': await agent(demo.agent, 'FS-17'),
    'agent, customer': await agent(demo.customer, 'FS-4'),
    'admin, Jira admin': await admin(demo.admin),
    'admin, agent': await admin(demo.agent),
    'project, project admin': await project(demo.projectAdmin, projectKeys.getSettings),
    'project, user search': await project(demo.projectAdmin, projectKeys.searchUsers, {
      query: 'bridge',
    }),
    'project, agent': await project(demo.agent, projectKeys.getSettings),
  };
};

/** What a script with an API token reads and writes, reaching every route the sandbox has. */
const runScriptCalls = (harness: Harness): void => {
  const issue = `/rest/api/3/issue/${resolvedRequest}`;
  const request = `/rest/servicedeskapi/request/${resolvedRequest}`;
  const commentId = harness.site.requireIssue(resolvedRequest).comments[0]?.id ?? '0';
  const calls: [string, string, string, unknown?][] = [
    [demo.customer, 'GET', '/rest/servicedeskapi/request?expand=participant,serviceDesk&limit=5'],
    [demo.customer, 'GET', `${request}?expand=participant,serviceDesk,requestType`],
    [demo.agent, 'GET', `${request}/comment?public=true&internal=true&start=0&limit=10`],
    [demo.customer, 'GET', `${request}/comment/${commentId}`],
    [demo.agent, 'GET', `${issue}?fields=status,project,reporter&expand=transitions,changelog`],
    [demo.agent, 'GET', `${issue}/transitions`],
    [demo.agent, 'GET', `${issue}/changelog?startAt=0&maxResults=50`],
    [demo.agent, 'GET', `${issue}/comment/${commentId}?expand=properties`],
    [demo.agent, 'PUT', `${issue}/properties/contract-check`, { checked: true }],
    [demo.agent, 'GET', `${issue}/properties/contract-check`],
    [demo.agent, 'GET', '/rest/api/3/myself'],
    [demo.admin, 'GET', '/rest/api/3/status'],
    [demo.agent, 'GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=FS'],
    [
      demo.admin,
      'POST',
      '/rest/api/3/permissions/check',
      {
        globalPermissions: ['ADMINISTER'],
        projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000] }],
      },
    ],
    [demo.customer, 'GET', `${issue}/properties/status-guide`],
    [
      demo.customer,
      'POST',
      `${request}/feedback`,
      { type: 'csat', rating: 5, comment: { body: 'Quick fix.' } },
    ],
    [demo.customer, 'GET', `${request}/feedback`],
    [
      demo.agent,
      'POST',
      `${issue}/comment`,
      {
        body: {
          type: 'doc',
          version: 1,
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Checked.' }] }],
        },
        properties: [{ key: 'sd.public.comment', value: { internal: true } }],
      },
    ],
    [
      demo.customer,
      'POST',
      '/rest/servicedeskapi/request',
      {
        serviceDeskId: '1',
        requestTypeId: '10',
        requestFieldValues: { summary: 'Tracker in van 3 is silent', description: 'Since Monday.' },
      },
    ],
    [
      demo.agent,
      'POST',
      '/rest/servicedeskapi/request',
      {
        serviceDeskId: '1',
        requestTypeId: '12',
        requestFieldValues: { summary: 'Fit a unit in truck 9' },
        raiseOnBehalfOf: demo.otherCustomer,
      },
    ],
    [
      demo.customer,
      'POST',
      '/rest/servicedeskapi/request/FS-1/feedback',
      { type: 'csat', rating: 5, comment: { body: 'Sorted quickly.' } },
    ],
    [demo.customer, 'GET', '/rest/servicedeskapi/request/FS-1/feedback'],
  ];
  for (const [email, method, path, body] of calls) harness.rest(email, method, path, body);
};

/**
 * Runs the app's journeys on a seeded site: the reopen and its skip paths through the triggers,
 * every panel's resolver for allowed and refused people, and a script's calls to every route.
 * Every REST call lands in `harness.log`.
 */
export const runJourneys = async (harness: Harness): Promise<JourneyOutcomes> => {
  const reopenedStatus = await runTriggerJourneys(harness);
  const resolverAnswers = await runResolverJourneys(harness);
  runScriptCalls(harness);
  await harness.settle();

  return { reopenedStatus, resolverAnswers };
};
