import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { toolDir } from './install';

/** The API description files @forge/lint reads instead of downloading them, by its variable. */
const localDescriptions: Record<string, string> = {
  LOCAL_JIRA_SWAGGER: 'jira.json',
  LOCAL_JSM_SWAGGER: 'jira-service-management.json',
  LOCAL_JSW_SWAGGER: 'jira-software.json',
  LOCAL_CONF_SWAGGER: 'confluence.json',
  LOCAL_CONF_V2_SWAGGER: 'confluence-v2.json',
  LOCAL_BB_SWAGGER: 'bitbucket.json',
};

const refuse = (what: string) => (): never => {
  throw new Error(`The offline Forge lint tried to reach the network (${what}).`);
};

/**
 * Makes @forge/lint read local API descriptions and refuses any network use in this process.
 *
 * The permission linter downloads six API descriptions from developer.atlassian.com, and caches
 * them for 12 hours, unless USE_LOCAL_SWAGGER and all six LOCAL_*_SWAGGER paths are set (see
 * `PermissionLinter.bootstrap` in @forge/lint). They point at tools/forge-lint/api/, generated
 * by scripts/generate-openapi-subset.ts. Its cache goes to a temporary folder, not the user's.
 * Any request after this call throws, so a linter that needs the network fails loudly instead of
 * passing on a silent error.
 */
export const goOffline = (): void => {
  process.env.USE_LOCAL_SWAGGER = 'true';
  for (const [variable, file] of Object.entries(localDescriptions)) {
    process.env[variable] = join(toolDir, 'api', file);
  }
  process.env.XDG_CONFIG_HOME = join(tmpdir(), 'status-guide-forge-lint-config');

  globalThis.fetch = refuse('fetch');
  http.request = refuse('http.request');
  http.get = refuse('http.get');
  https.request = refuse('https.request');
  https.get = refuse('https.get');
};
