import Resolver from '@forge/resolver';
import { z } from 'zod';

import { adminKeys, type AdminOverview } from '../contracts/admin';
import { fail, type ResolverResult, succeed } from '../contracts/result';
import { isJiraAdmin } from '../services/config-access';
import { findAccounts } from '../services/project-settings';
import { getSiteDefaults, saveSiteDefaults } from '../services/site-defaults';
import { getSiteOverview, saveSiteSettings } from '../services/site-settings';
import { ConfigInvalidError } from '../storage/config-store';
import { onlyDeclared, readContext, runDefinition } from './resolver-context';

const settingsPayload = z.object({
  settings: z.object({
    companyName: z.string(),
    reopen: z.object({ enabled: z.boolean(), targetStatus: z.string() }),
  }),
});

const notAdmin = 'Only Jira administrators can change Status Guide settings.';

const resolver = new Resolver();

/** The calling module's extension id, which Forge puts in the context as `localId`. */
const extensionIdOf = (request: { context: unknown }): string => {
  const context = z.object({ localId: z.string() }).safeParse(request.context);
  return context.success ? context.data.localId : '';
};

resolver.define(adminKeys.getSettings, (request) =>
  runDefinition<AdminOverview>(adminKeys.getSettings, async () => {
    const { accountId } = readContext(request);
    if (accountId === undefined || !(await isJiraAdmin())) return fail('FORBIDDEN', notAdmin);

    return succeed(await getSiteOverview(extensionIdOf(request)));
  }),
);

resolver.define(adminKeys.saveSettings, (request) =>
  runDefinition<AdminOverview>(adminKeys.saveSettings, async () => {
    const { accountId } = readContext(request);
    if (accountId === undefined || !(await isJiraAdmin())) return fail('FORBIDDEN', notAdmin);
    const payload = settingsPayload.safeParse(request.payload);
    if (!payload.success) return fail('INVALID_INPUT', 'The settings sent are incomplete.');

    return saveOrExplain(payload.data.settings, extensionIdOf(request));
  }),
);

const saveOrExplain = async (
  settings: z.infer<typeof settingsPayload>['settings'],
  extensionId: string,
): Promise<ResolverResult<AdminOverview>> => {
  try {
    return succeed(await saveSiteSettings(settings, extensionId));
  } catch (error) {
    if (!(error instanceof ConfigInvalidError)) throw error;
    const fields = Object.fromEntries(
      error.problems.map((problem) => [problem.path.replace(/^rules\./, ''), problem.message]),
    );
    return fail('INVALID_INPUT', 'Some settings need fixing before they can be saved.', fields);
  }
};

const configPayload = z.object({ config: z.unknown() });
const searchPayload = z.object({ query: z.string().trim().min(1).max(100) });

resolver.define(adminKeys.getSiteDefaults, (request) =>
  runDefinition(adminKeys.getSiteDefaults, async () => {
    const { accountId } = readContext(request);
    if (accountId === undefined || !(await isJiraAdmin())) return fail('FORBIDDEN', notAdmin);

    return succeed(await getSiteDefaults());
  }),
);

resolver.define(adminKeys.saveSiteDefaults, (request) =>
  runDefinition(adminKeys.saveSiteDefaults, async () => {
    const { accountId } = readContext(request);
    if (accountId === undefined || !(await isJiraAdmin())) return fail('FORBIDDEN', notAdmin);
    const payload = configPayload.safeParse(request.payload);
    if (!payload.success) return fail('INVALID_INPUT', 'No configuration was sent.');

    try {
      return succeed(await saveSiteDefaults(payload.data.config, extensionIdOf(request)));
    } catch (error) {
      if (!(error instanceof ConfigInvalidError)) throw error;
      const fields = Object.fromEntries(error.problems.map((p) => [p.path, p.message]));
      return fail('INVALID_INPUT', 'Nothing was saved: some settings need fixing.', fields);
    }
  }),
);

resolver.define(adminKeys.searchUsers, (request) =>
  runDefinition(adminKeys.searchUsers, async () => {
    const { accountId } = readContext(request);
    if (accountId === undefined || !(await isJiraAdmin())) return fail('FORBIDDEN', notAdmin);
    const payload = searchPayload.safeParse(request.payload);
    if (!payload.success) return fail('INVALID_INPUT', 'Type a name or email to search for.');

    return succeed(await findAccounts(payload.data.query));
  }),
);

/** The admin page's resolver (function `admin-resolver`). */
export const adminResolver = onlyDeclared(resolver.getDefinitions(), Object.values(adminKeys));
