import type { RestResponse } from '../rest/types';

/** Jira's platform error answer: `{ errorMessages: [message], errors: {} }` with the status. */
export const jiraError = (status: number, message: string): RestResponse => ({
  status,
  body: { errorMessages: [message], errors: {} },
});

/** A request body read as JSON: its value (undefined when empty), or why it is not JSON. */
export type ParsedBody = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Parses a request body as Jira does: an empty body is no body, anything else must be JSON.
 *
 * @example parseJsonBody('{"a":1}') // { ok: true, value: { a: 1 } }
 * @example parseJsonBody('') // { ok: true, value: undefined }
 */
export const parseJsonBody = (text: string): ParsedBody => {
  if (text.trim().length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The request body is not valid JSON: ${reason}` };
  }
};
