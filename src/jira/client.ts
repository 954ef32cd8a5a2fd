import api, { type RequestInit, type Route } from '@forge/api';

import { JiraHttpError } from './jira-error';

/** Whose permissions a call runs with: the app's, or the current user's. */
export type Actor = 'app' | 'user';

interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
}

/**
 * Calls Jira and returns the parsed JSON body, or null for an empty answer (204).
 * Throws JiraHttpError for any status outside 2xx.
 */
export const callJira = async <T>(
  as: Actor,
  path: Route,
  options: CallOptions = {},
): Promise<T | null> => {
  const method = options.method ?? 'GET';
  const requester = as === 'app' ? api.asApp() : api.asUser();
  const init: RequestInit = {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  };

  const response = await requester.requestJira(path, init);
  const text = await response.text();

  if (!response.ok) {
    throw new JiraHttpError(
      response.status,
      method,
      path.value.split('?')[0] ?? path.value,
      describeError(text),
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  return text.length === 0 ? null : (JSON.parse(text) as T);
};

/** Like callJira, for calls whose answer must have a body; throws when it has none. */
export const getJira = async <T>(as: Actor, path: Route): Promise<T> => {
  const body = await callJira<T>(as, path);
  if (body === null) {
    throw new JiraHttpError(200, 'GET', path.value, 'the answer had no body', null);
  }
  return body;
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
