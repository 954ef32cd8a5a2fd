import Resolver from '@forge/resolver';
import { z } from 'zod';

import { agentKeys, type AgentOverview } from '../contracts/agent';
import { agentChecklistKeys } from '../contracts/checklist';
import { fail, type ResolverResult, succeed } from '../contracts/result';
import { factChangeSchemaOn } from '../domain/request-facts';
import { issueKeySchema } from '../jira/issue-key';
import { getAgentOverview, isAgentOn } from '../services/agent-overview';
import { finishByInstaller } from '../services/finish-by-installer';
import { FactNotApplicableError, FactRefusedError, recordFact } from '../services/record-fact';
import { defineAgentChecklist } from './agent-checklist-definitions';
import { onlyDeclared, readContext, runDefinition } from './resolver-context';

const issueExtension = z.object({ issue: z.object({ key: issueKeySchema }) });

const notAgent = 'Only agents of this service desk can see this panel.';

const resolver = new Resolver();

resolver.define(agentKeys.getOverview, (request) =>
  runDefinition<AgentOverview>(agentKeys.getOverview, async () => {
    const { accountId, extension } = readContext(request);
    const panel = issueExtension.safeParse(extension);
    if (accountId === undefined || !panel.success) {
      return fail('FORBIDDEN', notAgent);
    }

    const overview = await getAgentOverview(panel.data.issue.key, new Date());

    return overview === null ? fail('FORBIDDEN', notAgent) : succeed(overview);
  }),
);

resolver.define(agentKeys.recordFact, (request) =>
  runDefinition<AgentOverview>(agentKeys.recordFact, async () => {
    const { accountId, extension } = readContext(request);
    const panel = issueExtension.safeParse(extension);
    if (accountId === undefined || !panel.success) return fail('FORBIDDEN', notAgent);
    if (!(await isAgentOn(panel.data.issue.key))) return fail('FORBIDDEN', notAgent);
    const now = new Date();
    const schema = z.object({ change: factChangeSchemaOn(now) });
    const change = schema.safeParse(request.payload);
    if (!change.success) return invalidChange(change.error);

    let overview: AgentOverview | null;
    try {
      overview = await recordFact(panel.data.issue.key, change.data.change, now);
    } catch (error) {
      if (error instanceof FactRefusedError) return invalidFields(error.problems);
      if (error instanceof FactNotApplicableError) return fail('INVALID_INPUT', error.message);
      throw error;
    }

    return overview === null ? fail('FORBIDDEN', notAgent) : succeed(overview);
  }),
);

resolver.define(agentKeys.recordInstallerFinished, (request) =>
  runDefinition<AgentOverview>(agentKeys.recordInstallerFinished, async () => {
    const { accountId, extension } = readContext(request);
    const panel = issueExtension.safeParse(extension);
    if (accountId === undefined || !panel.success) return fail('FORBIDDEN', notAgent);
    if (!(await isAgentOn(panel.data.issue.key))) return fail('FORBIDDEN', notAgent);
    const now = new Date();

    const result = await finishByInstaller(panel.data.issue.key, {
      kind: 'agent-action',
      at: now.toISOString(),
    });
    if (result.outcome !== 'acted' && result.reason !== 'already-applied') {
      return fail('INVALID_INPUT', describeRefusal(result.reason));
    }
    const overview = await getAgentOverview(panel.data.issue.key, now);

    return overview === null ? fail('FORBIDDEN', notAgent) : succeed(overview);
  }),
);

/** Why the installer's completion did not move the request, in the agent's words. */
const describeRefusal = (reason: string): string => {
  if (reason === 'not-field-maintenance') return 'This request is not field maintenance.';
  if (reason === 'rule-disabled') return 'The installer-finished rule is switched off.';
  if (reason === 'already-at-target' || reason === 'already-resolved') {
    return 'This request is already resolved.';
  }
  if (reason === 'claimed-by-another-event') return 'Someone else is resolving it right now.';
  return `The request could not be resolved: ${reason}.`;
};

/** Names each field at fault by its path inside the change ("value.phone"). */
const invalidChange = (error: z.ZodError): ResolverResult<AgentOverview> =>
  invalidFields(
    error.issues.map((issue) => ({
      path: issue.path.slice(1).map(String).join('.') || 'change',
      message: issue.message,
    })),
  );

const invalidFields = (
  problems: readonly { path: string; message: string }[],
): ResolverResult<AgentOverview> =>
  fail(
    'INVALID_INPUT',
    'Some details need fixing before they can be saved.',
    Object.fromEntries(problems.map(({ path, message }) => [path, message])),
  );

defineAgentChecklist(resolver);

/** The agent issue panel's resolver (function `agent-resolver`). */
export const agentResolver = onlyDeclared(resolver.getDefinitions(), [
  ...Object.values(agentKeys),
  ...Object.values(agentChecklistKeys),
]);
