import Resolver from '@forge/resolver';
import { z } from 'zod';

import { portalChecklistKeys } from '../contracts/checklist';
import { type PortalGuide, portalKeys } from '../contracts/portal';
import { fail, succeed } from '../contracts/result';
import { issueKeySchema } from '../jira/issue-key';
import { getPortalGuide } from '../services/explain-request';
import { definePortalChecklist } from './portal-checklist-definitions';
import { onlyDeclared, readContext, runDefinition } from './resolver-context';

const portalExtension = z.object({ request: z.object({ key: issueKeySchema }) });

const resolver = new Resolver();

resolver.define(portalKeys.getGuide, (request) =>
  runDefinition<PortalGuide>(portalKeys.getGuide, async () => {
    const { accountId, extension, locale } = readContext(request);
    const portal = portalExtension.safeParse(extension);
    if (!portal.success) return fail('NOT_FOUND', "We couldn't find this request for you.");

    const guide = await getPortalGuide(accountId, portal.data.request.key, new Date(), locale);

    return guide === null
      ? fail('NOT_FOUND', "We couldn't find this request for you.")
      : succeed(guide);
  }),
);

definePortalChecklist(resolver);

/** The portal request panel's resolver (function `portal-resolver`). */
export const portalResolver = onlyDeclared(resolver.getDefinitions(), [
  ...Object.values(portalKeys),
  ...Object.values(portalChecklistKeys),
]);
