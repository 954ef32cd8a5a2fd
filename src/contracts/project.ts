import type { EntryWording, StatusCategory } from '../domain/catalogue/types';
import type { StatusGuideConfig } from '../domain/config/schema';

/** Resolver definitions of the project settings page (function `project-resolver`). */
export const projectKeys = {
  getSettings: 'project.getSettings',
  saveSettings: 'project.saveSettings',
  resetSettings: 'project.resetSettings',
  searchUsers: 'project.searchUsers',
} as const;

/** The configuration document of one project, as stored and as exported. */
export type ProjectConfig = StatusGuideConfig;

/** How a workflow status found its catalogue entry. */
export type MatchedBy = 'mapping' | 'name' | 'none';

/** One status of the project's workflows and the catalogue entry it means. */
export interface StatusMappingRow {
  statusName: string;
  category: StatusCategory;
  /** Null when nothing matches: the customer then reads a neutral explanation. */
  entryId: string | null;
  matchedBy: MatchedBy;
}

/** One catalogue entry with its preset words, for the mapping choices and the wording editor. */
export interface CatalogueEntryChoice {
  id: string;
  name: string;
  category: StatusCategory;
  waitsOnCustomer: boolean;
  isResolved: boolean;
  actsNextLabel: string;
  wording: EntryWording;
}

/** A person the admin can mark as a customer proxy, an integration or an installer. */
export interface AccountChoice {
  accountId: string;
  displayName: string;
}

/** What the project settings page shows. */
export interface ProjectSettingsView {
  /** The project the settings are for; null for the site defaults every project starts from. */
  projectKey: string | null;
  /** The configuration in force for the project (its own, else the site defaults, else the preset). */
  config: ProjectConfig;
  /** True when the project has no document of its own yet and follows the site defaults. */
  inheritsSiteDefaults: boolean;
  /** Why a stored document could not be used, when one could not; null otherwise. */
  storedSettingsProblem: string | null;
  statuses: StatusMappingRow[];
  /** The catalogue of each preset, so switching preset previews without a round trip. */
  catalogues: Record<ProjectConfig['preset'], CatalogueEntryChoice[]>;
  requestTypes: { id: string; name: string }[];
  /** Display names of the accounts the configuration lists, by account id. */
  accountNames: Record<string, string>;
}

/** Payloads and results of every project settings definition. */
export interface ProjectDefinitions {
  [projectKeys.getSettings]: { payload: Record<string, never>; result: ProjectSettingsView };
  [projectKeys.saveSettings]: { payload: { config: unknown }; result: ProjectSettingsView };
  [projectKeys.resetSettings]: { payload: Record<string, never>; result: ProjectSettingsView };
  [projectKeys.searchUsers]: { payload: { query: string }; result: AccountChoice[] };
}
