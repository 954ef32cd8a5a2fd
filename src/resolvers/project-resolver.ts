import Resolver from '@forge/resolver';
import { z } from 'zod';

import { projectKeys } from '../contracts/project';
import { fail, type ResolverResult, succeed } from '../contracts/result';
import { mayConfigureProject } from '../services/config-access';
import {
  findAccounts,
  getProjectSettings,
  resetProjectSettings,
  saveProjectSettings,
} from '../services/project-settings';
import { ConfigInvalidError } from '../storage/config-store';
import { onlyDeclared, readContext, runDefinition } from './resolver-context';

const notProjectAdmin =
  "Only this project's administrators and Jira administrators can change its Status Guide settings.";

const projectOfContext = z.object({ project: z.object({ key: z.string().min(1).max(255) }) });
const savePayload = z.object({ config: z.unknown() });
const searchPayload = z.object({ query: z.string().trim().min(1).max(100) });

const resolver = new Resolver();

/** The project the page is open on, when the caller may configure it; else a refusal. */
const authorise = async (request: {
  context: unknown;
}): Promise<{ projectKey: string } | { refusal: ResolverResult<never> }> => {
  const { accountId, extension } = readContext(request);
  const project = projectOfContext.safeParse(extension);
  if (!project.success)
    return { refusal: fail('NOT_FOUND', 'This page is not open on a project.') };
  const projectKey = project.data.project.key;

  if (accountId === undefined || !(await mayConfigureProject(projectKey))) {
    return { refusal: fail('FORBIDDEN', notProjectAdmin) };
  }
  return { projectKey };
};

resolver.define(projectKeys.getSettings, (request) =>
  runDefinition(projectKeys.getSettings, async () => {
    const allowed = await authorise(request);
    if ('refusal' in allowed) return allowed.refusal;

    return succeed(await getProjectSettings(allowed.projectKey));
  }),
);

resolver.define(projectKeys.saveSettings, (request) =>
  runDefinition(projectKeys.saveSettings, async () => {
    const allowed = await authorise(request);
    if ('refusal' in allowed) return allowed.refusal;
    const payload = savePayload.safeParse(request.payload);
    if (!payload.success) return fail('INVALID_INPUT', 'No configuration was sent.');

    try {
      return succeed(await saveProjectSettings(allowed.projectKey, payload.data.config));
    } catch (error) {
      if (!(error instanceof ConfigInvalidError)) throw error;
      const fields = Object.fromEntries(error.problems.map((p) => [p.path, p.message]));
      return fail('INVALID_INPUT', 'Nothing was saved: some settings need fixing.', fields);
    }
  }),
);

resolver.define(projectKeys.resetSettings, (request) =>
  runDefinition(projectKeys.resetSettings, async () => {
    const allowed = await authorise(request);
    if ('refusal' in allowed) return allowed.refusal;

    return succeed(await resetProjectSettings(allowed.projectKey));
  }),
);

resolver.define(projectKeys.searchUsers, (request) =>
  runDefinition(projectKeys.searchUsers, async () => {
    const allowed = await authorise(request);
    if ('refusal' in allowed) return allowed.refusal;
    const payload = searchPayload.safeParse(request.payload);
    if (!payload.success) return fail('INVALID_INPUT', 'Type a name or email to search for.');

    return succeed(await findAccounts(payload.data.query));
  }),
);

/** The project settings page's resolver (function `project-resolver`). */
export const projectResolver = onlyDeclared(resolver.getDefinitions(), Object.values(projectKeys));
