import type {
  AdminOverview,
  InheritingProjectProblems,
  ProjectLink,
  SiteSettings,
} from '../contracts/admin';
import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { fillCompany } from '../domain/catalogue/explain-status';
import { matchStatus, normaliseStatusName } from '../domain/catalogue/match-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import { listStatusNames } from '../jira/statuses';
import { ConfigInvalidError, loadConfig, saveSiteConfig } from '../storage/config-store';
import { findInheritedProblems } from './inherited-problems';
import { listProjectLinks } from './project-list';

/**
 * The admin page's overview of the site-wide settings and the service-desk projects, with links
 * built from the calling module's extension id, and what in the settings would not work in the
 * projects that follow them. Throws JiraHttpError, or when storage fails.
 */
export const getSiteOverview = async (extensionId: string): Promise<AdminOverview> => {
  const { config, problem } = await loadConfig();
  const projects = await listProjectLinks(extensionId);

  return toOverview(config, problem, projects, await findInheritedProblems(config, projects));
};

/**
 * Applies the admin's edits to the site-wide settings and returns the new overview, which lists
 * the projects following them where a rule would not work: those are told, not refused, since
 * each project can be given settings of its own. Throws ConfigInvalidError, naming each field at
 * fault, when the result would be invalid on every workflow; nothing is written then.
 */
export const saveSiteSettings = async (
  settings: SiteSettings,
  extensionId: string,
): Promise<AdminOverview> => {
  const { config } = await loadConfig();
  const next: StatusGuideConfig = {
    ...config,
    companyName: settings.companyName,
    rules: { ...config.rules, reopen: { ...config.rules.reopen, ...settings.reopen } },
  };

  await checkReopenTarget(next);
  const projects = await listProjectLinks(extensionId);
  const inheritedProblems = await findInheritedProblems(next, projects);

  const saved = await saveSiteConfig(next);
  return toOverview(saved, null, projects, inheritedProblems);
};

/** A reopen target must be a real status of the site, and not one that counts as resolved. */
const checkReopenTarget = async (config: StatusGuideConfig): Promise<void> => {
  const { enabled, targetStatus } = config.rules.reopen;
  if (!enabled || targetStatus.trim() === '') return;
  const path = 'rules.reopen.targetStatus';

  const known = (await listStatusNames()).map(normaliseStatusName);
  if (!known.includes(normaliseStatusName(targetStatus))) {
    throw new ConfigInvalidError([
      { path, message: `No workflow has a status named "${targetStatus.trim()}".` },
    ]);
  }
  if (matchStatus(targetStatus, catalogueOf(config), config.statusMapping)?.isResolved === true) {
    throw new ConfigInvalidError([
      { path, message: 'A reopened request cannot go back to a resolved status.' },
    ]);
  }
};

const toOverview = (
  config: StatusGuideConfig,
  problem: string | null,
  projects: ProjectLink[],
  inheritedProblems: InheritingProjectProblems[],
): AdminOverview => ({
  settings: { companyName: config.companyName, reopen: { ...config.rules.reopen } },
  catalogue: catalogueOf(config).map((entry) => ({
    id: entry.id,
    name: entry.name,
    aliases: [...entry.aliases],
    headline: fillCompany(entry.wording.headline, config.companyName),
  })),
  storedSettingsProblem: problem,
  projects,
  inheritedProblems,
});
