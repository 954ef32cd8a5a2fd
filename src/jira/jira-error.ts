/** A Jira REST call that answered with an error status. */
export class JiraHttpError extends Error {
  override readonly name = 'JiraHttpError';

  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly detail: string,
    /** Seconds Jira asked us to wait (from Retry-After), when it said. */
    readonly retryAfterSeconds: number | null,
  ) {
    super(`Jira answered ${status} to ${method} ${path}: ${detail}`);
  }

  /** True when trying again later may succeed: rate limiting or a server fault. */
  get isTransient(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}
