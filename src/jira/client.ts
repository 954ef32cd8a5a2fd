import api, { type APIResponse, type Route } from '@forge/api';

import { JiraHttpError } from './jira-error';

/** Whose permissions a call runs with: the app's, or the current user's. */
export type Actor = 'app' | 'user';

/** What a call site sends with its request: the method always, spelled out, and a JSON body. */
export interface JiraRequestInit {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: string;
}

/** Jira's answer to one request, with the method and path it answered, for error messages. */
export interface JiraAnswer {
  method: string;
  /** The path with its query, as sent. */
  path: string;
  response: APIResponse;
}

/**
 * `requestJira` of `api.asApp()` or `api.asUser()`, which adds the JSON headers and keeps the
 * method and path beside the answer.
 */
export interface JiraRequester {
  requestJira(path: Route, init: JiraRequestInit): Promise<JiraAnswer>;
}

/**
 * One request to Jira, written out where it is made.
 * @example (jira) => jira.requestJira(route`/rest/api/3/status`, { method: 'GET' })
 *
 * @remarks The route template and the method literal stay in that one expression because it is
 * the only form @forge/lint reads when it checks the manifest's scopes against the code; a route
 * built elsewhere, or a method held in a variable, would pass its check unseen.
 */
export type JiraRequest = (jira: JiraRequester) => Promise<JiraAnswer>;

const jsonHeaders = { Accept: 'application/json', 'Content-Type': 'application/json' };

const requesterFor = (as: Actor): JiraRequester => {
  // Path and method go on unchanged, so what @forge/lint reads at the call site is what is sent.
  const product = as === 'app' ? api.asApp() : api.asUser();
  return {
    requestJira: async (path, init) => ({
      method: init.method,
      path: path.value,
      response: await product.requestJira(path, { ...init, headers: jsonHeaders }),
    }),
  };
};

/**
 * Makes one request to Jira as `as` and returns the parsed JSON body, or null for an empty
 * answer (204). Throws JiraHttpError for any status outside 2xx.
 */
export const callJira = async <T>(as: Actor, request: JiraRequest): Promise<T | null> =>
  readAnswer<T>(await request(requesterFor(as)));

/**
 * Like callJira, for requests whose answer must have a body. Throws JiraHttpError for a status
 * outside 2xx, and for an answer without a body.
 */
export const readJira = async <T>(as: Actor, request: JiraRequest): Promise<T> => {
  const answer = await request(requesterFor(as));
  const body = await readAnswer<T>(answer);

  if (body === null) {
    throw new JiraHttpError(200, answer.method, answer.path, 'the answer had no body', null);
  }
  return body;
};

const readAnswer = async <T>({ method, path, response }: JiraAnswer): Promise<T | null> => {
  const text = await response.text();

  if (!response.ok) {
    throw new JiraHttpError(
      response.status,
      method,
      path.split('?')[0] ?? path,
      describeError(text),
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  return text.length === 0 ? null : (JSON.parse(text) as T);
};

const describeError = (text: string): string => {
  try {
    const body = JSON.parse(text) as {
      errorMessages?: string[];
      errors?: Record<string, string>;
      errorMessage?: string;
    };
    const messages = [
      ...(body.errorMessages ?? []),
      ...Object.entries(body.errors ?? {}).map(([field, message]) => `${field}: ${message}`),
      ...(body.errorMessage ? [body.errorMessage] : []),
    ];
    return messages.length > 0 ? messages.join('; ') : 'no message';
  } catch {
    return 'no readable message';
  }
};

const parseRetryAfter = (header: string | null): number | null => {
  if (header === null) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
};
