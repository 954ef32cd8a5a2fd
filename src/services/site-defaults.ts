import type { SavedSiteDefaults } from '../contracts/admin';
import type { ProjectSettingsView } from '../contracts/project';
import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { checkConfig } from '../domain/config/schema';
import { findTargetProblems } from '../domain/rules/find-target-problems';
import { listRequestTypes, listServiceDesks } from '../jira/service-desks';
import { listStatuses } from '../jira/statuses';
import { ConfigInvalidError, loadConfig, saveSiteConfig } from '../storage/config-store';
import { findInheritedProblems } from './inherited-problems';
import { listProjectLinks } from './project-list';
import { describeSettings } from './project-settings';

/**
 * The admin page's view of every site default, edited against every status of the site and the
 * request types of every desk. Throws JiraHttpError, or when storage fails.
 */
export const getSiteDefaults = async (): Promise<ProjectSettingsView> => {
  const { config, problem } = await loadConfig();
  return describeSite(config, problem);
};

/**
 * Validates a whole configuration as the site defaults and saves it; returns the new view, with
 * the projects following the defaults where a rule would not work (links built from the calling
 * module's extension id). A target that fits no workflow of the site, or that the status model
 * contradicts, is refused; one that only some inheriting projects lack is saved and reported, as
 * those projects can be given settings of their own. Throws ConfigInvalidError naming each field
 * at fault (nothing is written then), JiraHttpError.
 */
export const saveSiteDefaults = async (
  input: unknown,
  extensionId: string,
): Promise<SavedSiteDefaults> => {
  const checked = checkConfig(input);
  if (!checked.ok) throw new ConfigInvalidError(checked.problems);

  const problems = findTargetProblems(
    checked.config,
    catalogueOf(checked.config),
    await listStatuses(),
  ).map((problem) => ({
    ...problem,
    message: problem.message.replace(
      "This project's workflow has no status named",
      'No workflow on this site has a status named',
    ),
  }));
  if (problems.length > 0) throw new ConfigInvalidError(problems);

  const projects = await listProjectLinks(extensionId);
  const inheritedProblems = await findInheritedProblems(checked.config, projects);

  const view = await describeSite(await saveSiteConfig(checked.config), null);
  return { ...view, inheritedProblems };
};

const describeSite = async (
  config: Parameters<typeof describeSettings>[0]['config'],
  problem: string | null,
): Promise<ProjectSettingsView> => {
  const requestTypes = [];
  for (const desk of await listServiceDesks())
    requestTypes.push(...(await listRequestTypes(desk.id)));

  return describeSettings({
    projectKey: null,
    config,
    inheritsSiteDefaults: false,
    storedSettingsProblem: problem,
    statuses: await listStatuses(),
    requestTypes,
  });
};
