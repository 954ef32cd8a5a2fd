import type Resolver from '@forge/resolver';
import { z } from 'zod';

import { agentChecklistKeys, type AgentChecklistView } from '../contracts/checklist';
import { fail, succeed } from '../contracts/result';
import { answerValueLimit } from '../domain/checklist/checklist-answers';
import { issueKeySchema } from '../jira/issue-key';
import { getAgentChecklist, markChecklistItem } from '../services/agent-checklist';
import { isAgentOn } from '../services/agent-overview';
import { askCustomerForMissing } from '../services/ask-customer';
import { readContext, runDefinition } from './resolver-context';

const issueExtension = z.object({ issue: z.object({ key: issueKeySchema }) });

const markPayload = z.discriminatedUnion('mark', [
  z.object({
    itemId: z.string().min(1).max(40),
    mark: z.literal('supplied'),
    value: z
      .string()
      .max(answerValueLimit * 20)
      .optional(),
  }),
  z.object({ itemId: z.string().min(1).max(40), mark: z.literal('not-needed') }),
  z.object({ itemId: z.string().min(1).max(40), mark: z.literal('clear') }),
]);

const notAgent = 'Only agents of this service desk can see this panel.';
const noChecklist = 'This issue is not a customer request, so it has no checklist.';

/** The issue key of an agent of its project, from the Forge context; null for anyone else. */
const agentIssueKey = async (request: { context: unknown }): Promise<string | null> => {
  const { accountId, extension } = readContext(request);
  const panel = issueExtension.safeParse(extension);
  if (accountId === undefined || !panel.success) return null;
  return (await isAgentOn(panel.data.issue.key)) ? panel.data.issue.key : null;
};

/** Adds the checklist's definitions to the agent panel's resolver; each checks its caller. */
export const defineAgentChecklist = (resolver: Resolver): void => {
  resolver.define(agentChecklistKeys.getChecklist, (request) =>
    runDefinition<AgentChecklistView>(agentChecklistKeys.getChecklist, async () => {
      const issueKey = await agentIssueKey(request);
      if (issueKey === null) return fail('FORBIDDEN', notAgent);

      const checklist = await getAgentChecklist(issueKey);

      return checklist === null ? fail('NOT_FOUND', noChecklist) : succeed(checklist);
    }),
  );

  resolver.define(agentChecklistKeys.markItem, (request) =>
    runDefinition<AgentChecklistView>(agentChecklistKeys.markItem, async () => {
      const issueKey = await agentIssueKey(request);
      if (issueKey === null) return fail('FORBIDDEN', notAgent);
      const payload = markPayload.safeParse(request.payload);
      if (!payload.success) return fail('INVALID_INPUT', 'This mark could not be saved.');

      const result = await markChecklistItem(issueKey, payload.data, new Date());

      if (!('refusal' in result)) return succeed(result);
      return result.refusal === 'not-found'
        ? fail('NOT_FOUND', 'This request type has no such item.')
        : fail('INVALID_INPUT', 'This value could not be saved.', { value: result.message });
    }),
  );

  resolver.define(agentChecklistKeys.askCustomer, (request) =>
    runDefinition<AgentChecklistView>(agentChecklistKeys.askCustomer, async () => {
      const issueKey = await agentIssueKey(request);
      if (issueKey === null) return fail('FORBIDDEN', notAgent);

      const result = await askCustomerForMissing(issueKey, new Date());

      if (!('refusal' in result)) return succeed(result);
      return result.refusal === 'not-found'
        ? fail('NOT_FOUND', noChecklist)
        : fail('INVALID_INPUT', 'Nothing the customer can give is missing.');
    }),
  );
};
