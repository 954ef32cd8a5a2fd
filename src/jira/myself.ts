import { route } from '@forge/api';

import { readJira } from './client';

/** The account id of the app's own account, as Jira knows it. Throws JiraHttpError. */
export const getAppAccountId = async (): Promise<string> => {
  const myself = await readJira<{ accountId: string }>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/myself`, { method: 'GET' }),
  );
  return myself.accountId;
};
