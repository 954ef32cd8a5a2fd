import Resolver from '@forge/resolver';
import { z } from 'zod';

import { agentKeys, type AgentOverview } from '../contracts/agent';
import { fail, succeed } from '../contracts/result';
import { issueKeySchema } from '../jira/issue-key';
import { getAgentOverview } from '../services/agent-overview';
import { onlyDeclared, readContext, runDefinition } from './resolver-context';

const issueExtension = z.object({ issue: z.object({ key: issueKeySchema }) });

const resolver = new Resolver();

resolver.define(agentKeys.getOverview, (request) =>
  runDefinition<AgentOverview>(agentKeys.getOverview, async () => {
    const { accountId, extension } = readContext(request);
    const panel = issueExtension.safeParse(extension);
    if (accountId === undefined || !panel.success) {
      return fail('FORBIDDEN', 'Only agents of this service desk can see this panel.');
    }

    const overview = await getAgentOverview(panel.data.issue.key);

    return overview === null
      ? fail('FORBIDDEN', 'Only agents of this service desk can see this panel.')
      : succeed(overview);
  }),
);

/** The agent issue panel's resolver (function `agent-resolver`). */
export const agentResolver = onlyDeclared(resolver.getDefinitions(), Object.values(agentKeys));
