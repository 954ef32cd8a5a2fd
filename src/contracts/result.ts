/** Error codes a resolver may answer with; the UI turns each into its own copy. */
export type ResolverErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'UNAVAILABLE' | 'INTERNAL';

/** A resolver's error: a stable code plus a message safe to show to the caller. */
export interface ResolverError {
  code: ResolverErrorCode;
  message: string;
  /** Field-level messages for INVALID_INPUT, keyed by the field's path ("rules.reopen.target"). */
  fields?: Record<string, string>;
  /**
   * A stable name for the problem of each refused field ("too-long"), keyed like `fields`, so a
   * panel can word it in the viewer's language; `fields` holds the same in US English.
   */
  reasons?: Record<string, string>;
}

/** The envelope every resolver definition returns. */
export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

/** Wraps data in a successful envelope. */
export const succeed = <T>(data: T): ResolverResult<T> => ({ ok: true, data });

/** Wraps an error in a failed envelope. */
export const fail = <T>(
  code: ResolverErrorCode,
  message: string,
  fields?: Record<string, string>,
  reasons?: Record<string, string>,
): ResolverResult<T> => ({
  ok: false,
  error: {
    code,
    message,
    ...(fields === undefined ? {} : { fields }),
    ...(reasons === undefined ? {} : { reasons }),
  },
});
