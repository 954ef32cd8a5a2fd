import { scopesHiddenFromTheLinter } from '../../../scripts/forge-lint/required-scopes';
import { useProbeFile } from './probe-file';

describe('the scopes the offline Forge lint adds because @forge/lint cannot see them', () => {
  const fileWith = useProbeFile();

  it.each([
    ["import { kvs } from '@forge/kvs';", ['storage:app']],
    ["import { ForgeKvsAPIError, kvs } from '@forge/kvs';", ['storage:app']],
    ["import store from '@forge/kvs';", ['storage:app']],
    ["import * as forgeKvs from '@forge/kvs';", ['storage:app']],
    ["import { ForgeKvsAPIError } from '@forge/kvs';", []],
    ["import type { kvs } from '@forge/kvs';", []],
    ["import { storage } from '@forge/api';", []],
  ])('after %s, needs %j', (code, scopes) => {
    const file = fileWith(code);

    expect(scopesHiddenFromTheLinter([file], []).map((entry) => entry.scope)).toEqual(scopes);
  });

  it('needs read:jira-work for a bulk permission check, which the descriptions leave out', () => {
    const calls = [
      {
        file: 'src/jira/permissions.ts',
        line: 19,
        method: 'POST',
        path: '/rest/api/3/permissions/check',
      },
      {
        file: 'src/jira/permissions.ts',
        line: 43,
        method: 'GET',
        path: '/rest/api/3/mypermissions?\\S*',
      },
    ];

    const hidden = scopesHiddenFromTheLinter([], calls);

    expect(hidden).toEqual([
      expect.objectContaining({ scope: 'read:jira-work', where: 'src/jira/permissions.ts:19' }),
    ]);
  });
});
