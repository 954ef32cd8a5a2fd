import { agentKeys, type AgentOverview, type FactChangeInput } from '../../src/contracts/agent';
import { type PortalGuide, portalKeys } from '../../src/contracts/portal';
import type { ResolverResult } from '../../src/contracts/result';
import type { RequestState } from '../../src/domain/request-state';
import { demo, type Harness } from './sandbox-harness';

/** Calls a definition of the agent panel's resolver on an issue, as the demo agent by default. */
export const callAgentPanel = async (
  harness: Harness,
  issueKey: string,
  functionKey: string,
  payload: unknown = {},
  email: string = demo.agent,
): Promise<ResolverResult<AgentOverview>> =>
  (await harness.emulator.invokeResolver(
    'status-guide-agent-panel',
    { functionKey, payload },
    { accountId: harness.accountIdOf(email), extension: { issue: { key: issueKey } } },
  )) as ResolverResult<AgentOverview>;

/** Calls the portal panel's resolver on a request, as the demo customer by default. */
export const callPortalPanel = async (
  harness: Harness,
  issueKey: string,
  email: string = demo.customer,
): Promise<ResolverResult<PortalGuide>> =>
  (await harness.emulator.invokeResolver(
    'status-guide-portal-panel',
    { functionKey: portalKeys.getGuide, payload: {} },
    { accountId: harness.accountIdOf(email), extension: { request: { key: issueKey } } },
  )) as ResolverResult<PortalGuide>;

/** The data of an answer the test expects to succeed; throws the refusal's message otherwise. */
export const dataOf = <T>(answer: ResolverResult<T>): T => {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
};

/** The agent panel's overview of an issue, as the demo agent sees it. */
export const agentOverview = async (harness: Harness, issueKey: string): Promise<AgentOverview> =>
  dataOf(await callAgentPanel(harness, issueKey, agentKeys.getOverview));

/** Records a fact as the demo agent and returns the refreshed overview. */
export const recordFact = async (
  harness: Harness,
  issueKey: string,
  change: FactChangeInput,
): Promise<AgentOverview> =>
  dataOf(await callAgentPanel(harness, issueKey, agentKeys.recordFact, { change }));

/** The portal panel's guide to a request, as the demo customer sees it. */
export const portalGuide = async (harness: Harness, issueKey: string): Promise<PortalGuide> =>
  dataOf(await callPortalPanel(harness, issueKey));

/** The app's state as stored on the issue's property, unparsed; undefined when none is. */
export const storedState = (
  harness: Harness,
  issueKey: string,
): Partial<RequestState> | undefined =>
  harness.site.requireIssue(issueKey).properties['status-guide'] as
    Partial<RequestState> | undefined;

/** Calls any definition of the portal panel's resolver on a request, as the demo customer by default. */
export const callPortalDefinition = async <T>(
  harness: Harness,
  issueKey: string,
  functionKey: string,
  payload: unknown = {},
  email: string = demo.customer,
): Promise<ResolverResult<T>> =>
  (await harness.emulator.invokeResolver(
    'status-guide-portal-panel',
    { functionKey, payload },
    { accountId: harness.accountIdOf(email), extension: { request: { key: issueKey } } },
  )) as ResolverResult<T>;

/** Calls any definition of the agent panel's resolver on an issue, as the demo agent by default. */
export const callAgentDefinition = async <T>(
  harness: Harness,
  issueKey: string,
  functionKey: string,
  payload: unknown = {},
  email: string = demo.agent,
): Promise<ResolverResult<T>> =>
  (await callAgentPanel(
    harness,
    issueKey,
    functionKey,
    payload,
    email,
  )) as unknown as ResolverResult<T>;
