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

/** What the admin page shows. */
export interface AdminOverview {
  settings: SiteSettings;
  catalogue: CatalogueEntryView[];
  projects: ProjectLink[];
  /** Why the stored settings could not be used, when they could not; null otherwise. */
  storedSettingsProblem: string | null;
}

/** Payloads and results of every admin definition. */
export interface AdminDefinitions {
  [adminKeys.getSettings]: { payload: Record<string, never>; result: AdminOverview };
  [adminKeys.saveSettings]: { payload: { settings: SiteSettings }; result: AdminOverview };
  [adminKeys.getSiteDefaults]: { payload: Record<string, never>; result: ProjectSettingsView };
  [adminKeys.saveSiteDefaults]: { payload: { config: unknown }; result: ProjectSettingsView };
  [adminKeys.searchUsers]: { payload: { query: string }; result: AccountChoice[] };
}
