import type { AccountChoice, ProjectSettingsView } from './project';

/** Resolver definitions of the admin page (function `admin-resolver`). */
export const adminKeys = {
  getSettings: 'admin.getSettings',
  saveSettings: 'admin.saveSettings',
  getSiteDefaults: 'admin.getSiteDefaults',
  saveSiteDefaults: 'admin.saveSiteDefaults',
  searchUsers: 'admin.searchUsers',
} as const;

/** One catalogue entry as the admin page lists it. */
export interface CatalogueEntryView {
  id: string;
  name: string;
  aliases: string[];
  headline: string;
}

/** The site-wide settings an admin edits on the admin page. */
export interface SiteSettings {
  companyName: string;
  reopen: {
    enabled: boolean;
    /** Workflow status a reopened request moves to. */
    targetStatus: string;
  };
}

/** A service-desk project as the admin page lists it. */
export interface ProjectLink {
  key: string;
  name: string;
  /** False when the project follows the site defaults. */
  hasOwnSettings: boolean;
  /** What is wrong with the project's stored settings; null when nothing is. */
  problem: string | null;
  /** Where the project's settings page is in Jira; null when it cannot be told. */
  settingsPath: string | null;
}

/** A site default that the workflow of a project following the site defaults cannot carry out. */
export interface InheritedSettingProblem {
  /** The setting's path in the configuration, such as `rules.reopen.targetStatus`. */
  field: string;
  /** Why it would not work there, naming the status. */
  message: string;
}

/** A service-desk project without settings of its own, and the site defaults that fail there. */
export interface InheritingProjectProblems {
  key: string;
  name: string;
  /** Where the project's settings page is in Jira; null when it cannot be told. */
  settingsPath: string | null;
  /** Never empty: a project where every site default works is not listed. */
  problems: InheritedSettingProblem[];
}

/** What the admin page shows. */
export interface AdminOverview {
  settings: SiteSettings;
  catalogue: CatalogueEntryView[];
  projects: ProjectLink[];
  /** The projects following the site defaults where some of them would not work; empty if none. */
  inheritedProblems: InheritingProjectProblems[];
  /** Why the stored settings could not be used, when they could not; null otherwise. */
  storedSettingsProblem: string | null;
}

/** The site defaults as saved, and what in them would not work in the projects that follow them. */
export interface SavedSiteDefaults extends ProjectSettingsView {
  inheritedProblems: InheritingProjectProblems[];
}

/** Payloads and results of every admin definition. */
export interface AdminDefinitions {
  [adminKeys.getSettings]: { payload: Record<string, never>; result: AdminOverview };
  [adminKeys.saveSettings]: { payload: { settings: SiteSettings }; result: AdminOverview };
  [adminKeys.getSiteDefaults]: { payload: Record<string, never>; result: ProjectSettingsView };
  [adminKeys.saveSiteDefaults]: { payload: { config: unknown }; result: SavedSiteDefaults };
  [adminKeys.searchUsers]: { payload: { query: string }; result: AccountChoice[] };
}
