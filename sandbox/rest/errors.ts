import type { ErrorStyle, RestResponse } from './types';

/**
 * Jira's error body: the platform API answers `{ errorMessages, errors }`, the service management
 * API `{ errorMessage, i18nErrorMessage }`.
 */
export const errorResponse = (
  style: ErrorStyle,
  status: number,
  message: string,
  fields: Record<string, string> = {},
): RestResponse =>
  style === 'platform'
    ? { status, body: { errorMessages: [message], errors: fields } }
    : {
        status,
        body: { errorMessage: message, i18nErrorMessage: { i18nKey: 'sd.error', parameters: [] } },
      };
