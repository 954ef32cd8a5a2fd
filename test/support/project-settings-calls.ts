import {
  type ProjectConfig,
  projectKeys,
  type ProjectSettingsView,
} from '../../src/contracts/project';
import type { ResolverResult } from '../../src/contracts/result';
import { dataOf } from './panel-calls';
import { demo, type Harness } from './sandbox-harness';

/** Calls a definition of the project settings page's resolver on a project, as the demo admin by default. */
export const callProjectSettings = async <T = ProjectSettingsView>(
  harness: Harness,
  projectKey: string,
  functionKey: string,
  payload: unknown = {},
  email: string = demo.admin,
): Promise<ResolverResult<T>> =>
  (await harness.emulator.invokeResolver(
    'status-guide-project-settings',
    { functionKey, payload },
    {
      accountId: harness.accountIdOf(email),
      extension: {
        type: 'jira:projectSettingsPage',
        project: { key: projectKey, type: 'service_desk' },
      },
    },
  )) as ResolverResult<T>;

/** The project's settings as its page loads them, as the demo admin. */
export const projectSettings = async (
  harness: Harness,
  projectKey: string,
  email: string = demo.admin,
): Promise<ProjectSettingsView> =>
  dataOf(await callProjectSettings(harness, projectKey, projectKeys.getSettings, {}, email));

/** Saves a whole configuration for the project as the demo admin; throws when it is refused. */
export const saveProjectSettings = async (
  harness: Harness,
  projectKey: string,
  config: ProjectConfig,
): Promise<ProjectSettingsView> =>
  dataOf(await callProjectSettings(harness, projectKey, projectKeys.saveSettings, { config }));
