import type { InheritingProjectProblems, ProjectLink } from '../contracts/admin';
import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import type { StatusGuideConfig } from '../domain/config/schema';
import { findTargetProblems } from '../domain/rules/find-target-problems';
import { JiraHttpError } from '../jira/jira-error';
import { listProjectStatuses, type ProjectStatus } from '../jira/project-statuses';

// Projects whose statuses are read at once: a site with many desks is read a few at a time, so
// the admin page neither waits for them one by one nor meets Jira's rate limit all at once.
const readsAtOnce = 5;

/**
 * What in the site defaults the workflow of each listed project without settings of its own
 * cannot carry out: a rule target its workflow lacks or files against the status model, checked
 * as that project's own settings are on save. One call to Jira per such project; a project with
 * settings of its own costs none. An empty list means the defaults work in every project that
 * follows them. Throws JiraHttpError, except for a project Jira no longer shows (skipped).
 */
export const findInheritedProblems = async (
  config: StatusGuideConfig,
  projects: readonly ProjectLink[],
): Promise<InheritingProjectProblems[]> => {
  const inheriting = projects.filter((project) => !project.hasOwnSettings);
  const catalogue = catalogueOf(config);
  const found: InheritingProjectProblems[] = [];

  for (let start = 0; start < inheriting.length; start += readsAtOnce) {
    const batch = inheriting.slice(start, start + readsAtOnce);
    const statuses = await Promise.all(batch.map((project) => readStatuses(project.key)));

    batch.forEach((project, index) => {
      const workflow = statuses[index];
      if (workflow === null || workflow === undefined) return;
      const problems = findTargetProblems(config, catalogue, workflow);
      if (problems.length === 0) return;
      found.push({
        key: project.key,
        name: project.name,
        settingsPath: project.settingsPath,
        problems: problems.map(({ path, message }) => ({ field: path, message })),
      });
    });
  }
  return found;
};

/** The project's statuses; null when Jira no longer shows the project (deleted since listed). */
const readStatuses = async (projectKey: string): Promise<ProjectStatus[] | null> => {
  try {
    return await listProjectStatuses(projectKey);
  } catch (error) {
    if (error instanceof JiraHttpError && (error.status === 403 || error.status === 404))
      return null;
    throw error;
  }
};
