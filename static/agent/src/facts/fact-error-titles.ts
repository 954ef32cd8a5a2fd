import type { ErrorTitles } from '../../../shared/describe-error';

const notSaved = "The details weren't saved.";

/** How the panel titles a refused change of a recorded fact; the resolver's message follows. */
export const factErrorTitles: ErrorTitles = {
  NOT_FOUND: notSaved,
  FORBIDDEN: "You can't change this request's details.",
  INVALID_INPUT: notSaved,
  UNAVAILABLE: notSaved,
  INTERNAL: notSaved,
};
