import type Resolver from '@forge/resolver';
import { z } from 'zod';

import { type CustomerChecklistView, portalChecklistKeys } from '../contracts/checklist';
import { fail, succeed } from '../contracts/result';
import { answerValueLimit } from '../domain/checklist/checklist-answers';
import { issueKeySchema } from '../jira/issue-key';
import { getCustomerChecklist, supplyChecklistItem } from '../services/portal-checklist';
import { readContext, runDefinition } from './resolver-context';

const portalExtension = z.object({ request: z.object({ key: issueKeySchema }) });

const supplyPayload = z.object({
  itemId: z.string().min(1).max(40),
  // Far longer than any item takes, so the item's own check can say how long is too long.
  value: z.string().max(answerValueLimit * 20, `At most ${answerValueLimit} characters fit.`),
});

const notFound = "We couldn't find this request for you.";

/** Adds the checklist's definitions to the portal panel's resolver; each checks its caller. */
export const definePortalChecklist = (resolver: Resolver): void => {
  resolver.define(portalChecklistKeys.getChecklist, (request) =>
    runDefinition<CustomerChecklistView>(portalChecklistKeys.getChecklist, async () => {
      const { accountId, extension } = readContext(request);
      const portal = portalExtension.safeParse(extension);
      if (!portal.success) return fail('NOT_FOUND', notFound);

      const checklist = await getCustomerChecklist(accountId, portal.data.request.key);

      return checklist === null ? fail('NOT_FOUND', notFound) : succeed(checklist);
    }),
  );

  resolver.define(portalChecklistKeys.supplyItem, (request) =>
    runDefinition<CustomerChecklistView>(portalChecklistKeys.supplyItem, async () => {
      const { accountId, extension } = readContext(request);
      const portal = portalExtension.safeParse(extension);
      if (!portal.success) return fail('NOT_FOUND', notFound);
      const payload = supplyPayload.safeParse(request.payload);
      if (!payload.success) {
        const issue = payload.error.issues[0];
        const message = issue?.message ?? 'Please check the value.';
        const isTooLong = issue?.code === 'too_big' && issue.path[0] === 'value';
        return fail(
          'INVALID_INPUT',
          'This could not be saved.',
          { value: message },
          isTooLong ? { value: 'too-long' } : undefined,
        );
      }

      const { itemId, value } = payload.data;
      const key = portal.data.request.key;
      const result = await supplyChecklistItem(accountId, key, itemId, value, new Date());

      if (!('refusal' in result)) return succeed(result);
      return result.refusal === 'not-found'
        ? fail('NOT_FOUND', notFound)
        : fail(
            'INVALID_INPUT',
            'This could not be saved.',
            { value: result.message },
            { value: result.problem },
          );
    }),
  );
};
