import { z } from 'zod';

const statusNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a status name.')
  .max(255, 'A status name has at most 255 characters.');

const requestTypeIdSchema = z
  .string()
  .trim()
  .regex(/^\d{1,18}$/, 'A request type is named by its numeric id.');

/**
 * A whole number of days from `min` to `max`, refused with a sentence that names the parameter
 * and its range, as the Rules tab shows it beside the field and the resolvers answer it.
 * @example daysSchema('The reopen window', 1, 365).safeParse(400).error?.issues[0]?.message
 *   // 'The reopen window must be between 1 and 365 days.'
 */
const daysSchema = (what: string, min: number, max: number, unit = 'days') => {
  const outOfRange = `${what} must be between ${min} and ${max} ${unit}.`;
  const notWhole = `${what} must be a whole number of ${unit}, from ${min} to ${max}.`;

  return z.int({ error: notWhole }).min(min, outOfRange).max(max, outOfRange);
};

const phraseSchema = z
  .string()
  .trim()
  .min(1, 'A phrase cannot be empty.')
  .max(100, 'A phrase has at most 100 characters.');

/**
 * The thank-you phrases a new desk starts with: English as NZ and AU customers write it (short
 * forms too), and the French, German, Spanish and Māori thanks a NZ desk sees.
 */
const defaultThankYouPhrases = [
  'thanks',
  'thank you',
  'thx',
  'ty',
  'ta',
  'cheers',
  'much appreciated',
  'appreciate it',
  'works now',
  'all good',
  'sorted',
  'perfect',
  'merci',
  'merci beaucoup',
  'ça marche',
  'danke',
  'danke schön',
  'vielen dank',
  'gracias',
  'muchas gracias',
  'ka pai',
  'ngā mihi',
  'nga mihi',
];

/** A customer comment on a resolved request moves it to `targetStatus`. */
const reopenRuleSchema = z.object({
  enabled: z.boolean(),
  targetStatus: statusNameSchema,
  /** Days after resolution in which a comment reopens; null for no limit. */
  windowDays: daysSchema('The reopen window', 1, 365).nullable().default(null),
  /** When on, a comment that is only a thank-you leaves the request resolved. */
  thankYouKeepsResolved: z.boolean().default(false),
  /** The thank-you phrases, matched without regard to case, punctuation or emoji. */
  thankYouPhrases: z
    .array(phraseSchema)
    .max(50)
    .default(() => [...defaultThankYouPhrases]),
});

/** A customer reply while the request waits on the customer hands it back to the team. */
const handBackRuleSchema = z.object({
  enabled: z.boolean(),
  targetStatus: statusNameSchema,
});

/** Field maintenance: a recorded dispatch moves the request on. */
const dispatchedRuleSchema = z.object({
  enabled: z.boolean(),
  targetStatus: statusNameSchema,
  /** The request types that are field maintenance; the rule acts on no other. */
  requestTypeIds: z.array(requestTypeIdSchema).max(100),
  /**
   * Workflow statuses that mean the hardware left (a "Hardware Dispatched" status): entering one
   * counts as the dispatch being recorded. Empty when the workflow has none.
   */
  dispatchedStatuses: z.array(statusNameSchema).max(20).default([]),
});

/** Field maintenance: the installer's completion resolves the request. */
const installerFinishedRuleSchema = z.object({
  enabled: z.boolean(),
  targetStatus: statusNameSchema,
  /** A public comment by an installer account counts as completion when it holds one of these. */
  completionPhrases: z.array(phraseSchema).max(50),
});

/** On entering a status that waits on the customer, post one public comment of what is missing. */
const askOnWaitingRuleSchema = z.object({ enabled: z.boolean() });

const sweepSchema = z.object({ enabled: z.boolean() });

/** What the scheduled sweep looks for. */
const sweepsSchema = z.object({
  /** Advise the customer after a week of installer silence. */
  installerSilence: sweepSchema,
  /** Tell the team when a stock ETA has passed. */
  stockEtaPassed: sweepSchema,
  /** Move requests whose dispatch is recorded but which did not move. */
  reconcileDispatch: sweepSchema,
  /** Remind a customer who has not answered for some business days. */
  remindCustomer: sweepSchema.extend({
    afterBusinessDays: daysSchema('The wait before reminding the customer', 1, 60, 'business days'),
  }),
  /** Close requests resolved for some days. */
  closeResolved: sweepSchema.extend({
    afterDays: daysSchema('The wait before closing a resolved request', 1, 365),
    targetStatus: statusNameSchema,
  }),
});

const rulesShape = z.object({
  reopen: reopenRuleSchema,
  handBack: handBackRuleSchema,
  dispatched: dispatchedRuleSchema,
  installerFinished: installerFinishedRuleSchema,
  askOnWaiting: askOnWaitingRuleSchema,
  sweeps: sweepsSchema,
});

/** Every status rule with its parameters. */
export type RulesSettings = z.infer<typeof rulesShape>;

/** Defaults of every rule, from the field-service status model. */
export const defaultRules: RulesSettings = {
  reopen: {
    enabled: true,
    targetStatus: 'In Review',
    windowDays: null,
    thankYouKeepsResolved: false,
    thankYouPhrases: [...defaultThankYouPhrases],
  },
  handBack: { enabled: true, targetStatus: 'In Progress' },
  dispatched: {
    enabled: true,
    targetStatus: 'Assigned to Installer',
    requestTypeIds: [],
    dispatchedStatuses: [],
  },
  installerFinished: {
    enabled: true,
    targetStatus: 'Resolved',
    completionPhrases: ['job complete', 'job completed', 'work complete', 'installation complete'],
  },
  askOnWaiting: { enabled: false },
  sweeps: {
    installerSilence: { enabled: true },
    stockEtaPassed: { enabled: true },
    reconcileDispatch: { enabled: true },
    remindCustomer: { enabled: false, afterBusinessDays: 3 },
    closeResolved: { enabled: false, afterDays: 14, targetStatus: 'Closed' },
  },
};

/** Every status rule with its parameters; a rule missing from an older document takes its default. */
export const rulesSettingsSchema = rulesShape.extend({
  handBack: handBackRuleSchema.default(() => structuredClone(defaultRules.handBack)),
  dispatched: dispatchedRuleSchema.default(() => structuredClone(defaultRules.dispatched)),
  installerFinished: installerFinishedRuleSchema.default(() =>
    structuredClone(defaultRules.installerFinished),
  ),
  askOnWaiting: askOnWaitingRuleSchema.default(() => structuredClone(defaultRules.askOnWaiting)),
  sweeps: sweepsSchema.default(() => structuredClone(defaultRules.sweeps)),
});
