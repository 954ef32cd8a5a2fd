import { type RequestState } from '../domain/request-state';
import { setIssueProperty } from '../jira/issue-properties';
import { requestStatePropertyKey } from '../jira/issues';

/** Writes the app's state on a request to the issue's property, as the app. Throws JiraHttpError. */
export const saveRequestState = async (issueKey: string, state: RequestState): Promise<void> => {
  await setIssueProperty('app', issueKey, requestStatePropertyKey, state);
};
