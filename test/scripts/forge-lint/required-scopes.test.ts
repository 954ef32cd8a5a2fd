import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { scopesHiddenFromTheLinter } from '../../../scripts/forge-lint/required-scopes';

describe('the scopes the offline Forge lint adds because @forge/lint cannot see them', () => {
  let dir: string;

  const fileWith = (code: string): string => {
    const file = join(dir, 'probe.ts');
    writeFileSync(file, `${code}\n`);
    return file;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'forge-lint-scopes-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

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
