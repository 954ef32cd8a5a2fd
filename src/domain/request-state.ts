import { z } from 'zod';

/** How many applied actions a request remembers; older ones drop off first. */
export const appliedActionLimit = 50;

const appliedActionSchema = z.object({
  eventKey: z.string().min(1).max(200),
  rule: z.string().min(1).max(40),
  summary: z.string().max(300),
  reason: z.string().max(300),
  at: z.iso.datetime({ offset: true }),
});

/** The app's state on one request, kept in the property. */
export const requestStateSchema = z.object({
  version: z.literal(1),
  appliedActions: z.array(appliedActionSchema).max(appliedActionLimit),
});

/** The app's state on one request. */
export type RequestState = z.infer<typeof requestStateSchema>;

/** One action the app applied to a request. */
export type AppliedAction = z.infer<typeof appliedActionSchema>;

/** The state of a request the app has never touched. */
export const emptyRequestState: RequestState = { version: 1, appliedActions: [] };

/**
 * Reads a stored property value; an absent or unreadable value gives the empty state, so a
 * damaged property can never stop a rule (it is rewritten on the next applied action).
 */
export const readRequestState = (value: unknown): RequestState => {
  const parsed = requestStateSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyRequestState;
};

/**
 * Adds an applied action, keeping the newest `appliedActionLimit`.
 * @example recordAppliedAction(emptyRequestState, action).appliedActions.length // 1
 */
export const recordAppliedAction = (state: RequestState, action: AppliedAction): RequestState => ({
  ...state,
  appliedActions: [...state.appliedActions, action].slice(-appliedActionLimit),
});
