import type {
  CatalogueEntryChoice,
  ProjectSettingsView,
  StatusMappingRow,
} from '../contracts/project';
import { describeActors } from '../domain/catalogue/actors';
import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { fillCompany } from '../domain/catalogue/explain-status';
import { matchStatus, normaliseStatusName } from '../domain/catalogue/match-status';
import type { CatalogueEntry } from '../domain/catalogue/types';
import type { StatusGuideConfig } from '../domain/config/schema';
import { checkConfig } from '../domain/config/schema';
import { findTargetProblems } from '../domain/rules/find-target-problems';
import { listProjectStatuses, type ProjectStatus } from '../jira/project-statuses';
import { listRequestTypes, listServiceDesks } from '../jira/service-desks';
import { findUserName, searchUsers } from '../jira/users';
import {
  ConfigInvalidError,
  deleteProjectConfig,
  loadConfig,
  loadProjectOwnConfig,
  saveProjectConfig,
} from '../storage/config-store';

/**
 * The project settings page's view of one project: the configuration in force, the project's
 * real workflow statuses matched to the catalogue, its request types and the named accounts.
 * Throws JiraHttpError, or when storage fails.
 */
export const getProjectSettings = async (projectKey: string): Promise<ProjectSettingsView> => {
  const own = await loadProjectOwnConfig(projectKey);
  const inForce = own.config === null ? await loadConfig(projectKey) : null;
  const config = own.config ?? inForce?.config;
  if (config === undefined) throw new Error('No configuration could be loaded.');

  return buildView(
    projectKey,
    config,
    own.config === null,
    own.problem ?? inForce?.problem ?? null,
  );
};

/**
 * Validates a whole configuration for the project and saves it; returns the new view.
 * Throws ConfigInvalidError naming each field at fault (nothing is written then), JiraHttpError.
 */
export const saveProjectSettings = async (
  projectKey: string,
  input: unknown,
): Promise<ProjectSettingsView> => {
  const checked = checkConfig(input);
  if (!checked.ok) throw new ConfigInvalidError(checked.problems);

  const statuses = await listProjectStatuses(projectKey);
  const problems = findTargetProblems(checked.config, catalogueOf(checked.config), statuses);
  if (problems.length > 0) throw new ConfigInvalidError(problems);

  const saved = await saveProjectConfig(projectKey, checked.config);
  return buildView(projectKey, saved, false, null);
};

/** Deletes the project's own configuration so the site defaults apply; returns the new view. */
export const resetProjectSettings = async (projectKey: string): Promise<ProjectSettingsView> => {
  await deleteProjectConfig(projectKey);
  return getProjectSettings(projectKey);
};

/** Jira accounts matching the words, for the special-accounts pickers. Throws JiraHttpError. */
export const findAccounts = async (
  query: string,
): Promise<{ accountId: string; displayName: string }[]> =>
  (await searchUsers(query))
    .filter((user) => user.accountType !== 'app')
    .map(({ accountId, displayName }) => ({ accountId, displayName }));

const buildView = async (
  projectKey: string,
  config: StatusGuideConfig,
  inheritsSiteDefaults: boolean,
  storedSettingsProblem: string | null,
): Promise<ProjectSettingsView> => {
  const statuses = await listProjectStatuses(projectKey);
  const desk = (await listServiceDesks()).find((d) => d.projectKey === projectKey);
  const requestTypes = desk === undefined ? [] : await listRequestTypes(desk.id);

  return describeSettings({
    projectKey,
    config,
    inheritsSiteDefaults,
    storedSettingsProblem,
    statuses,
    requestTypes,
  });
};

/**
 * The settings page's view of a configuration, given the statuses and request types it is
 * edited against. Throws JiraHttpError (naming the listed accounts).
 */
export const describeSettings = async ({
  projectKey,
  config,
  inheritsSiteDefaults,
  storedSettingsProblem,
  statuses,
  requestTypes,
}: {
  projectKey: string | null;
  config: StatusGuideConfig;
  inheritsSiteDefaults: boolean;
  storedSettingsProblem: string | null;
  statuses: ProjectStatus[];
  requestTypes: { id: string; name: string }[];
}): Promise<ProjectSettingsView> => {
  return {
    projectKey,
    config,
    inheritsSiteDefaults,
    storedSettingsProblem,
    statuses: statuses.map((status) => mappingRow(status, catalogueOf(config), config)),
    catalogues: {
      'field-service': choices(catalogueOf({ preset: 'field-service' }), config.companyName),
      'it-service-desk': choices(catalogueOf({ preset: 'it-service-desk' }), config.companyName),
    },
    requestTypes,
    accountNames: await nameAccounts(config),
  };
};

const mappingRow = (
  status: ProjectStatus,
  catalogue: readonly CatalogueEntry[],
  config: StatusGuideConfig,
): StatusMappingRow => {
  const wanted = normaliseStatusName(status.name);
  const isMapped = Object.keys(config.statusMapping).some(
    (name) => normaliseStatusName(name) === wanted,
  );
  const entry = matchStatus(status.name, catalogue, config.statusMapping);

  return {
    statusName: status.name,
    category: status.category,
    entryId: entry?.id ?? null,
    matchedBy: entry === null ? 'none' : isMapped ? 'mapping' : 'name',
  };
};

const choices = (catalogue: readonly CatalogueEntry[], company: string): CatalogueEntryChoice[] =>
  catalogue.map((entry) => ({
    id: entry.id,
    name: entry.name,
    category: entry.category,
    waitsOnCustomer: entry.waitsOnCustomer,
    isResolved: entry.isResolved,
    actsNextLabel:
      entry.actsNext.length === 0
        ? 'Nobody: it is finished'
        : fillCompany(describeActors(entry.actsNext, entry.actsInTurn), company),
    wording: entry.wording,
  }));

const nameAccounts = async (config: StatusGuideConfig): Promise<Record<string, string>> => {
  const { customerProxies, integrations, installers } = config.accounts;
  const ids = [...new Set([...customerProxies, ...integrations, ...installers])];
  const names: Record<string, string> = {};

  for (const id of ids) {
    names[id] = (await findUserName(id)) ?? id;
  }
  return names;
};
