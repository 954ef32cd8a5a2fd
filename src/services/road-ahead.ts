import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { likelyPathOf } from '../domain/catalogue/likely-paths';
import type { StatusGuideConfig } from '../domain/config/schema';
import { planRoadAhead, type RoadStep } from '../domain/road-ahead/plan-road-ahead';
import { learnWorkflowShape } from '../domain/road-ahead/workflow-shape';
import type { CustomerRequest } from '../jira/customer-requests';
import type { IssueSnapshot } from '../jira/issues';
import { logger } from '../observability/logger';
import { loadWorkflowShape, saveWorkflowShape } from '../storage/workflow-shape-store';

/**
 * The likely road from the request's current status to resolution, from the transitions Jira
 * offers now and what the app has seen of the project's workflow, which this issue adds to.
 * Makes no REST call. Throws only when storage fails to read; a failed write is logged and the
 * road still returned.
 */
export const planRequestRoad = async (
  issue: IssueSnapshot,
  request: CustomerRequest,
  config: StatusGuideConfig,
): Promise<RoadStep[]> => {
  const current = { name: issue.statusName, category: issue.statusCategory };
  const known = await loadWorkflowShape(issue.projectKey);
  const learned = learnWorkflowShape(known, current, [
    ...issue.transitions.map((transition) => ({
      from: issue.statusName,
      to: transition.toStatusName,
      toCategory: transition.toStatusCategory,
    })),
    ...issue.statusChanges.flatMap((change) =>
      change.fromStatusName === null
        ? []
        : [{ from: change.fromStatusName, to: change.toStatusName }],
    ),
  ]);
  if (learned !== null) {
    await saveWorkflowShape(issue.projectKey, learned).catch((error: unknown) => {
      logger.warn('workflow shape not kept', { outcome: 'degraded', issueKey: issue.key, error });
    });
  }

  return planRoadAhead({
    current,
    offered: issue.transitions.map((transition) => ({
      name: transition.toStatusName,
      category: transition.toStatusCategory,
    })),
    shape: learned ?? known,
    likelyPath: likelyPathOf(
      { id: request.requestTypeId, name: request.requestTypeName },
      config.rules.dispatched.requestTypeIds,
      config.preset,
    ),
    catalogue: catalogueOf(config),
    statusMapping: config.statusMapping,
  });
};
