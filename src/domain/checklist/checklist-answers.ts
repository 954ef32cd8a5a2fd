import { z } from 'zod';

import { answerValueLimit } from './answer-value-limit';

export { answerValueLimit };

const answerSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('supplied'),
    /** What was given; absent when an agent marked the item supplied without a value. */
    value: z.string().max(answerValueLimit).optional(),
    by: z.enum(['customer', 'agent']),
    at: z.iso.datetime({ offset: true }),
    /** The public comment that carries the customer's value to the conversation. */
    commentId: z
      .string()
      .regex(/^\d{1,18}$/)
      .optional(),
  }),
  z.object({
    state: z.literal('not-needed'),
    by: z.literal('agent'),
    at: z.iso.datetime({ offset: true }),
  }),
]);

/** What was given (or waived) for one item. */
export type ChecklistAnswer = z.infer<typeof answerSchema>;

/** The checklist's part of the request's property: answers by item id, and the count JQL reads. */
export const checklistStateSchema = z.object({
  answers: z.record(z.string().max(40), answerSchema),
  /** Required items still missing when last counted; indexed so queues can find such requests. */
  missingCount: z.number().int().min(0),
});

/** The checklist's part of the request's state. */
export type ChecklistState = z.infer<typeof checklistStateSchema>;

/** The checklist state of a request nobody has answered anything on. */
export const emptyChecklistState: ChecklistState = { answers: {}, missingCount: 0 };

/**
 * Reads the checklist part of a stored property, keeping each answer that is still valid;
 * anything unreadable gives the empty state. Never throws.
 * @example readChecklistState(undefined) // { answers: {}, missingCount: 0 }
 */
export const readChecklistState = (value: unknown): ChecklistState => {
  const parsed = checklistStateSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (value === null || typeof value !== 'object') return emptyChecklistState;

  const stored = value as { answers?: unknown; missingCount?: unknown };
  const answers =
    stored.answers !== null && typeof stored.answers === 'object' ? stored.answers : {};
  const kept = Object.entries(answers as Record<string, unknown>).flatMap(([id, answer]) => {
    const checked = answerSchema.safeParse(answer);
    return checked.success && id.length <= 40 ? [[id, checked.data] as const] : [];
  });
  const count = typeof stored.missingCount === 'number' ? stored.missingCount : 0;
  return { answers: Object.fromEntries(kept), missingCount: Math.max(0, Math.trunc(count)) };
};
