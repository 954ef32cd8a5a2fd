import type { ResolverError, ResolverErrorCode } from '../../src/contracts/result';

/** The copy an app shows for each error code; an app overrides the codes it words its own way. */
export type ErrorTitles = Partial<Record<ResolverErrorCode, string>>;

/** How an error reads on screen. */
export interface ErrorDescription {
  /** One short sentence for the error's title. */
  title: string;
  /** The resolver's own message when it adds to the title; null otherwise. */
  detail: string | null;
  /** True when trying again may help (the failure was not about the request itself). */
  canRetry: boolean;
}

const internalTitle = 'Something went wrong on our side.';

// Typed for lookup by any code, since a newer backend may answer with one this bundle does not know.
const defaultTitles: Partial<Record<string, string>> = {
  NOT_FOUND: "We couldn't find what you're looking for.",
  FORBIDDEN: "You don't have access to this.",
  INVALID_INPUT: 'Some details need a fix.',
  UNAVAILABLE: "This isn't available right now.",
  INTERNAL: internalTitle,
} satisfies Record<ResolverErrorCode, string>;

const retryableCodes: ReadonlySet<ResolverErrorCode> = new Set(['UNAVAILABLE', 'INTERNAL']);

/**
 * Turns a resolver's error into the words the user reads.
 *
 * @example describeError({ code: 'NOT_FOUND', message: '' }, { NOT_FOUND: 'No guide here.' })
 * // { title: 'No guide here.', detail: null, canRetry: false }
 */
export const describeError = (error: ResolverError, titles: ErrorTitles = {}): ErrorDescription => {
  const title = titles[error.code] ?? defaultTitles[error.code] ?? internalTitle;
  const message = error.message.trim();

  return {
    title,
    detail: message === '' || message === title ? null : message,
    canRetry: retryableCodes.has(error.code),
  };
};
