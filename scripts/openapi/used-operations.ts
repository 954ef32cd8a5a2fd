import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One REST operation the sandbox answers: an upper-case method and its route template. */
export interface UsedOperation {
  method: string;
  /** The sandbox's template, with `:name` parameters ('/rest/api/3/issue/:issueIdOrKey'). */
  template: string;
}

const routePattern = /route\(\s*'(GET|POST|PUT|DELETE|PATCH)',\s*'([^']+)'/g;

/**
 * The operations the sandbox's REST router answers, in the order it declares them. The app can
 * only succeed against a route the sandbox has, so these cover every call the app makes as well
 * as those of scripts and the Jira client library in the tests. Throws when the router declares
 * none, which means its source no longer reads as this expects.
 */
export const readSandboxOperations = (repoDir: string): UsedOperation[] => {
  const source = readFileSync(join(repoDir, 'sandbox', 'rest', 'router.ts'), 'utf8');
  const operations = [...source.matchAll(routePattern)].map(([, method, template]) => ({
    method: method ?? '',
    template: template ?? '',
  }));

  if (operations.length === 0) {
    throw new Error('sandbox/rest/router.ts declares no route(...) that this script can read.');
  }
  return operations;
};
