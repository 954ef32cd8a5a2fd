import { kvs } from '@forge/kvs';
import { z } from 'zod';

import { emptyWorkflowShape, type WorkflowShape } from '../domain/road-ahead/workflow-shape';

const shapeKey = (projectKey: string): string => `workflow-shape:${projectKey}`;

const shapeSchema = z.object({
  statuses: z.record(
    z.string().min(1).max(255),
    z.object({
      category: z.enum(['new', 'indeterminate', 'done']),
      next: z.array(z.string().min(1).max(255)).max(200),
    }),
  ),
});

/**
 * Reads what the app has seen of a project's workflow; the empty shape when it has seen nothing or
 * the stored value is damaged. Throws only when storage itself fails.
 */
export const loadWorkflowShape = async (projectKey: string): Promise<WorkflowShape> => {
  const stored = shapeSchema.safeParse(await kvs.get<unknown>(shapeKey(projectKey)));
  return stored.success ? stored.data : emptyWorkflowShape;
};

/**
 * Keeps a project's workflow shape for the next load. Two loads may write at once; the later one
 * wins, and what the other learned comes back the next time an issue shows it.
 * Throws when storage fails.
 */
export const saveWorkflowShape = async (
  projectKey: string,
  shape: WorkflowShape,
): Promise<void> => {
  await kvs.set(shapeKey(projectKey), shape);
};
