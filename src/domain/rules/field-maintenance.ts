import { catalogueOf } from '../catalogue/catalogue-of-preset';
import { isFieldMaintenanceType } from '../catalogue/likely-paths';
import { matchStatus, normaliseStatusName } from '../catalogue/match-status';
import type { StatusGuideConfig } from '../config/schema';

/** The request type of a request, as JSM names it; null when it has none. */
export interface RequestTypeRef {
  id: string;
  name: string;
}

/** Catalogue entries a request waits in until its hardware is dispatched. */
const beforeDispatchEntries = new Set(['awaiting-dispatch', 'awaiting-stock']);

/** Catalogue entries in which the installer has the request, before completion. */
const withInstallerEntries = new Set([
  'assigned-to-installer',
  'installer-booked',
  'installer-not-booked',
]);

/**
 * Whether the field-maintenance rules cover a request of this type: one of the configured
 * request types, or, while the admin has listed none, any type whose name speaks of maintenance,
 * installing or fitting (the same test the portal's road ahead uses), so a desk that names its
 * type so is covered out of the box.
 * @example isFieldMaintenance({ id: '12', name: 'Field maintenance' }, []) // true
 */
export const isFieldMaintenance = (
  requestType: RequestTypeRef | null,
  requestTypeIds: readonly string[],
): boolean => {
  if (requestType === null) return false;

  return isFieldMaintenanceType(requestType, requestTypeIds);
};

/** The catalogue entry id a workflow status means under the configuration, or null. */
const entryOf = (statusName: string, config: Pick<StatusGuideConfig, 'statusMapping' | 'preset'>) =>
  matchStatus(statusName, catalogueOf(config), config.statusMapping)?.id ?? null;

/**
 * Whether a status means the hardware has been dispatched: one the admin listed as such.
 * @example isDispatchedStatus('Hardware Dispatched', config) // true when listed
 */
export const isDispatchedStatus = (
  statusName: string,
  config: Pick<StatusGuideConfig, 'rules'>,
): boolean =>
  config.rules.dispatched.dispatchedStatuses.some(
    (name) => normaliseStatusName(name) === normaliseStatusName(statusName),
  );

/** What the dispatched rule needs to know of a request. */
export interface DispatchFacts {
  statusName: string;
  requestType: RequestTypeRef | null;
  /** The day the dispatch was recorded (YYYY-MM-DD), or null when it was not. */
  dispatchedOn: string | null;
}

/** One move the app is to make, with the key that makes a second delivery do nothing. */
export interface FieldMove {
  toStatus: string;
  eventKey: string;
  reason: string;
}

/** A decision of a field-maintenance rule: a move, or why there is none (logged as is). */
export type FieldDecision =
  { outcome: 'act'; move: FieldMove } | { outcome: 'skip'; reason: FieldSkipReason };

/** Why a field-maintenance rule does nothing. */
export type FieldSkipReason =
  | 'rule-disabled'
  | 'not-field-maintenance'
  | 'no-dispatch-recorded'
  | 'not-waiting-for-dispatch'
  | 'already-at-target'
  | 'already-resolved'
  | 'not-with-installer';

/**
 * Decides whether a recorded dispatch moves the request on: a field-maintenance request that
 * still waits for its hardware (Awaiting Dispatch or Awaiting Stock, or a status the admin
 * listed as dispatched) moves to the rule's target. The event key names the dispatch day, so
 * the same record never moves the request twice. Pure.
 * @example decideOnDispatch({ statusName: 'Awaiting Dispatch', ... }, config).outcome // 'act'
 */
export const decideOnDispatch = (
  facts: DispatchFacts,
  config: Pick<StatusGuideConfig, 'rules' | 'statusMapping' | 'preset'>,
): FieldDecision => {
  const rule = config.rules.dispatched;

  if (!rule.enabled) return { outcome: 'skip', reason: 'rule-disabled' };
  if (!isFieldMaintenance(facts.requestType, rule.requestTypeIds)) {
    return { outcome: 'skip', reason: 'not-field-maintenance' };
  }
  if (facts.dispatchedOn === null) return { outcome: 'skip', reason: 'no-dispatch-recorded' };
  if (normaliseStatusName(facts.statusName) === normaliseStatusName(rule.targetStatus)) {
    return { outcome: 'skip', reason: 'already-at-target' };
  }
  const entry = entryOf(facts.statusName, config);
  const isWaiting =
    (entry !== null && beforeDispatchEntries.has(entry)) ||
    isDispatchedStatus(facts.statusName, config);
  if (!isWaiting) return { outcome: 'skip', reason: 'not-waiting-for-dispatch' };

  return {
    outcome: 'act',
    move: {
      toStatus: rule.targetStatus,
      eventKey: `dispatch:${facts.dispatchedOn}`,
      reason: `The hardware dispatch was recorded (dispatched on ${facts.dispatchedOn}).`,
    },
  };
};

/** How the installer's completion became known. */
export type CompletionSource =
  | { kind: 'comment'; commentId: string }
  | { kind: 'transition'; changelogId: string; statusName: string }
  | { kind: 'agent-action'; at: string };

/** What the installer-finished rule needs to know of a request. */
export interface CompletionFacts {
  statusName: string;
  isResolved: boolean;
  requestType: RequestTypeRef | null;
  source: CompletionSource;
}

/**
 * Decides whether the installer's completion resolves the request: a field-maintenance request
 * not yet resolved moves to the rule's target. A completion the installer reported by comment
 * or transition counts only while the installer has the request (assigned, booked, or unable to
 * book) or, for a transition, when it led to a done status other than the target. Pure.
 * @example decideOnCompletion({ statusName: 'Installer Booked', ... }, config).outcome // 'act'
 */
export const decideOnCompletion = (
  facts: CompletionFacts,
  config: Pick<StatusGuideConfig, 'rules' | 'statusMapping' | 'preset'>,
): FieldDecision => {
  const rule = config.rules.installerFinished;

  if (!rule.enabled) return { outcome: 'skip', reason: 'rule-disabled' };
  if (!isFieldMaintenance(facts.requestType, config.rules.dispatched.requestTypeIds)) {
    return { outcome: 'skip', reason: 'not-field-maintenance' };
  }
  if (normaliseStatusName(facts.statusName) === normaliseStatusName(rule.targetStatus)) {
    return { outcome: 'skip', reason: 'already-at-target' };
  }
  const { source } = facts;
  if (facts.isResolved && source.kind !== 'transition') {
    return { outcome: 'skip', reason: 'already-resolved' };
  }
  const entry = entryOf(facts.statusName, config);
  if (source.kind === 'comment' && !(entry !== null && withInstallerEntries.has(entry))) {
    return { outcome: 'skip', reason: 'not-with-installer' };
  }

  return { outcome: 'act', move: completionMove(source, rule.targetStatus) };
};

const completionMove = (source: CompletionSource, toStatus: string): FieldMove => {
  switch (source.kind) {
    case 'comment':
      return {
        toStatus,
        eventKey: `comment:${source.commentId}`,
        reason: 'The installer reported the job complete in a comment.',
      };
    case 'transition':
      return {
        toStatus,
        eventKey: `changelog:${source.changelogId}`,
        reason: `The installer moved the request to ${source.statusName}.`,
      };
    case 'agent-action':
      return {
        toStatus,
        eventKey: `installer-finished:${source.at}`,
        reason: 'An agent recorded that the installer finished the job.',
      };
  }
};

// Words that turn a completion phrase into its opposite, a plan or a doubt ("could not get the job
// complete", "job complete tomorrow", "installation complete failed").
const notDoneWords = new Set([
  'not',
  'no',
  'never',
  'cannot',
  'cant',
  'couldnt',
  'could',
  'unable',
  'failed',
  'fail',
  'fails',
  'tomorrow',
  'later',
  'will',
  'once',
  'until',
  'when',
  'if',
  'pending',
  'waiting',
  'next',
  'soon',
  'hopefully',
  'almost',
  'nearly',
]);

// Words that say only part of the job is done, or that work remains ("job complete on car 3, car
// 4 still to do", "complete except the antenna"), in the languages the desk knows, so an admin's
// own phrase in French, German or Spanish is read the same way.
const partWords = new Set([
  'partial',
  'partially',
  'partly',
  'except',
  'excluding',
  'but',
  'however',
  'although',
  'though',
  'apart',
  'remaining',
  'remains',
  'outstanding',
  'incomplete',
  'unfinished',
  'yet',
  'revisit',
  'tbc',
  'awaiting',
  'sauf',
  'partiellement',
  'mais',
  'reste',
  'restant',
  'außer',
  'ausser',
  'teilweise',
  'aber',
  'fehlt',
  'excepto',
  'salvo',
  'parcialmente',
  'pero',
  'falta',
  'pendiente',
]);

// Phrases of remaining work or a return visit, and "only … done" of one part.
const remainingWork =
  /\b(?:still (?:to|need|needs|has|have|got)|to do|todo|to be done|left to|come back|coming back|go back|return visit|return trip|second visit|another visit|follow up|other than|need to|needs to|for today|back (?:on|next|tomorrow|in|later)|to finish|finish (?:off|the)|\d+ (?:of|out of) \d+|booked for|rebooked|scheduled for|only (?:\w+ ){0,4}(?:done|complete|completed|fitted|installed|finished))\b/;

// Reassurances that hold a negating word but add to the completion ("job complete, no issues",
// "nothing left to do"): set aside before the negating and remaining-work words are looked for.
const allClear =
  /\b(?:no (?:further |other |more )?(?:issues?|problems?|faults?|errors?|dramas?|worries|concerns|damage|action|work|visits?)|no outstanding (?:work|items?|issues?)|nothing (?:outstanding|left(?: to do)?|remaining|else (?:to do|needed))|all (?:good|working|tested)|aucun (?:probl[eè]me|souci)|sans (?:probl[eè]me|souci)|keine (?:probleme|fehler)|sin (?:problemas?|incidencias?))\b/g;

/**
 * Whether a comment's text reports completion: it holds one of the phrases, whole words, without
 * regard to case or punctuation, and it neither asks a question, nor carries a word that negates,
 * defers or doubts it ("could not", "tomorrow", "failed"), nor says that only part of the job is
 * done or that work remains ("partially", "except", "but", "still to do", "need to come back",
 * "only car 3 done"), since the customer must not be told a job half done is sorted.
 * @example isCompletionText('Job complete, unit fitted.', ['job complete']) // true
 * @example isCompletionText('Job complete tomorrow.', ['job complete']) // false
 * @example isCompletionText('Job complete except the antenna.', ['job complete']) // false
 * @example isCompletionText('Job complete, no issues.', ['job complete']) // true
 */
export const isCompletionText = (text: string, phrases: readonly string[]): boolean => {
  if (text.includes('?')) return false;
  const folded = ` ${normaliseStatusName(text.replace(/['’]/g, ''))} `;
  const doubts = folded.replace(allClear, ' ');
  const words = doubts.trim().split(/\s+/);
  if (words.some((word) => notDoneWords.has(word) || partWords.has(word))) return false;
  if (remainingWork.test(doubts)) return false;

  return phrases.some((phrase) => {
    const wanted = normaliseStatusName(phrase);
    return wanted.length > 0 && folded.includes(` ${wanted} `);
  });
};
