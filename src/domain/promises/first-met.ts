import type { FactName } from './types';

/** One way a promise can be kept: when (null: not yet) and the recorded fact behind it, if any. */
export interface MetCandidate {
  at: number | null;
  fact?: FactName;
}

/** The way a promise was first kept: when, and the recorded fact it rests on, if any. */
export interface FirstMet {
  at: number;
  fact?: FactName;
}

/**
 * Returns the earliest way a promise was kept; on a tie a candidate without a fact (a status)
 * wins, as it does not depend on a fact an agent may clear. Null when none has happened.
 * @example firstMet({ at: 5, fact: 'dispatchRecordedAt' }, { at: 5 }) // { at: 5 }
 */
export const firstMet = (...candidates: MetCandidate[]): FirstMet | null =>
  candidates.reduce<FirstMet | null>((first, { at, fact }) => {
    if (at === null) return first;
    if (first !== null && (first.at < at || (first.at === at && first.fact === undefined))) {
      return first;
    }

    return fact === undefined ? { at } : { at, fact };
  }, null);
