import { kvs } from '@forge/kvs';

/** How long an account is taken for an agent of a project without asking Jira again. */
const rememberedFor = { value: 1, unit: 'HOURS' } as const;

const agentKey = (projectKey: string, accountId: string): string =>
  `agent:${projectKey}:${accountId}`;

/**
 * True when Jira said within the last hour that this account is an agent of the project, so a
 * stream of agents' replies costs one permission check an hour instead of one each. False when
 * it is not known (never asked, or the hour is over). Throws ForgeKvsAPIError.
 * @remarks An agent whose licence is taken away still counts as one for up to that hour, so a
 * reply they write as a customer in that hour drives no rule.
 */
export const isKnownAgent = async (projectKey: string, accountId: string): Promise<boolean> =>
  (await kvs.get(agentKey(projectKey, accountId))) !== undefined;

/** Remembers for an hour that Jira said this account is an agent of the project. Throws ForgeKvsAPIError. */
export const rememberAgent = async (projectKey: string, accountId: string): Promise<void> => {
  await kvs.set(agentKey(projectKey, accountId), { at: Date.now() }, { ttl: rememberedFor });
};
