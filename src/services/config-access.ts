import { JiraHttpError } from '../jira/jira-error';
import { userHasPermissions, userHasProjectPermission } from '../jira/permissions';

/** True when the current user is a Jira administrator. Throws JiraHttpError. */
export const isJiraAdmin = (): Promise<boolean> => userHasPermissions(['ADMINISTER']);

/**
 * True when the current user may read and change the project's configuration: a Jira
 * administrator, or an administrator of that project. False for an unknown project.
 * Throws JiraHttpError for failures other than "not found".
 */
export const mayConfigureProject = async (projectKey: string): Promise<boolean> => {
  if (await isJiraAdmin()) return true;

  try {
    return await userHasProjectPermission('ADMINISTER_PROJECTS', projectKey);
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return false;
    throw error;
  }
};
