import { z } from 'zod';

import {
  checklistStateSchema,
  emptyChecklistState,
  readChecklistState,
} from './checklist/checklist-answers';
import type { FactName } from './promises/types';
import { type RequestFacts, requestFactsSchema } from './request-facts';

/** How many applied actions a request remembers; older ones drop off first. */
export const appliedActionLimit = 40;

/** Jira keeps at most 32 KB in an issue property; the state stays well under it. */
export const requestStateByteLimit = 30_000;

const appliedActionSchema = z.object({
  eventKey: z.string().min(1).max(80),
  rule: z.string().min(1).max(40),
  summary: z.string().max(200),
  reason: z.string().max(200),
  at: z.iso.datetime({ offset: true }),
  /** When what led to the action happened (the customer's comment), for the agent panel. */
  triggeredAt: z.iso.datetime({ offset: true }).optional(),
  /** 'not-applied' records an action the workflow refused, so the agent sees it was tried. */
  outcome: z.enum(['applied', 'not-applied']).default('applied'),
  /** The public comment in which the app told the customer about the action, once posted. */
  noteCommentId: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
});

const factNames = [
  'dispatchRecordedAt',
  'hardwareReceivedAt',
  'installerBookedAt',
  'installerContactAt',
  'firstPublicReplyAt',
] as const satisfies readonly FactName[];

const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('met'),
    at: z.iso.datetime({ offset: true }),
    dueAt: z.iso.datetime({ offset: true }),
    onTime: z.boolean(),
    /** The recorded fact the result rests on; it is dropped once that fact is cleared. */
    restsOn: z.enum(factNames).optional(),
  }),
  z.object({ kind: z.literal('missed'), dueAt: z.iso.datetime({ offset: true }) }),
]);

/** Outcomes of promise clocks as first recorded; they win over later recomputation. */
export const clockOutcomesSchema = z.object({
  acknowledgement: outcomeSchema.optional(),
  dispatch: outcomeSchema.optional(),
  'installer-contact': outcomeSchema.optional(),
  'installer-silence': outcomeSchema.optional(),
});

/** The app's state on one request, kept in the property. */
export const requestStateSchema = z.object({
  version: z.literal(1),
  appliedActions: z.array(appliedActionSchema).max(appliedActionLimit),
  facts: requestFactsSchema.default({}),
  clockOutcomes: clockOutcomesSchema.default({}),
  checklist: checklistStateSchema.default(() => structuredClone(emptyChecklistState)),
});

/** The app's state on one request. */
export type RequestState = z.infer<typeof requestStateSchema>;

/**
 * Keys of the events whose actions were applied; a refused action does not count, so a later
 * delivery may still act once the workflow allows it.
 * @example appliedEventKeys(emptyRequestState) // []
 */
export const appliedEventKeys = (state: RequestState): string[] =>
  state.appliedActions.filter((action) => action.outcome === 'applied').map((a) => a.eventKey);

/** Which record an action left: applied, or refused by the workflow. */
type ActionOutcome = RequestState['appliedActions'][number]['outcome'];

const isRecordOf =
  (eventKey: string, outcome: ActionOutcome) =>
  (action: RequestState['appliedActions'][number]): boolean =>
    action.eventKey === eventKey && action.outcome === outcome;

/**
 * The action recorded for an event with that outcome (applied by default, or refused); undefined
 * when there is none.
 * @example findRecordedAction(emptyRequestState, 'comment:10042') // undefined
 */
export const findRecordedAction = (
  state: RequestState,
  eventKey: string,
  outcome: ActionOutcome = 'applied',
): RequestState['appliedActions'][number] | undefined =>
  state.appliedActions.find(isRecordOf(eventKey, outcome));

/** One action the app applied (or tried to apply) to a request. */
export type AppliedAction = z.input<typeof appliedActionSchema>;

/** The state of a request the app has never touched. */
export const emptyRequestState: RequestState = {
  version: 1,
  appliedActions: [],
  facts: {},
  clockOutcomes: {},
  checklist: emptyChecklistState,
};

/**
 * Reads a stored property value, keeping every part that is still valid: a damaged action or
 * fact is dropped alone, so the rest of the history survives the next write. An absent or
 * unreadable value gives the empty state; never throws.
 */
export const readRequestState = (value: unknown): RequestState => {
  const parsed = requestStateSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (value === null || typeof value !== 'object') return emptyRequestState;

  const stored = value as { appliedActions?: unknown; facts?: unknown };
  const actions = Array.isArray(stored.appliedActions) ? stored.appliedActions : [];
  return {
    version: 1,
    appliedActions: actions
      .flatMap((action) => {
        const checked = appliedActionSchema.safeParse(action);
        return checked.success ? [checked.data] : [];
      })
      .slice(-appliedActionLimit),
    facts: readFacts(stored.facts),
    clockOutcomes: readOutcomes((stored as { clockOutcomes?: unknown }).clockOutcomes),
    checklist: readChecklistState((stored as { checklist?: unknown }).checklist),
  };
};

const readOutcomes = (value: unknown): RequestState['clockOutcomes'] => {
  const parsed = clockOutcomesSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
};

const readFacts = (value: unknown): RequestFacts => {
  if (value === null || typeof value !== 'object') return {};
  const kept = Object.entries(value as Record<string, unknown>).filter(
    ([key, fact]) => requestFactsSchema.safeParse({ [key]: fact }).success,
  );
  return requestFactsSchema.parse(Object.fromEntries(kept));
};

/**
 * Adds an applied action, keeping the newest `appliedActionLimit`.
 * @example recordAppliedAction(emptyRequestState, action).appliedActions.length // 1
 */
export const recordAppliedAction = (state: RequestState, action: AppliedAction): RequestState => {
  // Status names can be long; the words of the record are clipped so it always reads back.
  const fitted = {
    ...action,
    outcome: action.outcome ?? 'applied',
    summary: clip(action.summary, 200),
    reason: clip(action.reason, 200),
  };
  let appliedActions = [...state.appliedActions, fitted].slice(-appliedActionLimit);
  while (
    appliedActions.length > 1 &&
    byteSize({ ...state, appliedActions }) > requestStateByteLimit
  ) {
    appliedActions = appliedActions.slice(1);
  }
  return { ...state, appliedActions };
};

/**
 * Remembers the public note posted about an applied action; the state is unchanged when no
 * applied action has that event key.
 * @example recordNote(state, 'comment:10042', '10051').appliedActions.at(-1)?.noteCommentId // '10051'
 */
export const recordNote = (
  state: RequestState,
  eventKey: string,
  noteCommentId: string,
): RequestState => ({
  ...state,
  appliedActions: state.appliedActions.map((action) =>
    isRecordOf(eventKey, 'applied')(action) ? { ...action, noteCommentId } : action,
  ),
});

/**
 * Drops the oldest applied actions while the state is over the property's byte limit (answers
 * and facts are kept whole); a state within the limit is returned as it is.
 * @example fitWithinLimit(emptyRequestState) === emptyRequestState // true
 */
export const fitWithinLimit = (state: RequestState): RequestState => {
  if (byteSize(state) <= requestStateByteLimit) return state;
  let appliedActions = state.appliedActions;
  while (
    appliedActions.length > 0 &&
    byteSize({ ...state, appliedActions }) > requestStateByteLimit
  ) {
    appliedActions = appliedActions.slice(1);
  }
  return { ...state, appliedActions };
};

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

const byteSize = (state: RequestState): number =>
  new TextEncoder().encode(JSON.stringify(state)).length;
