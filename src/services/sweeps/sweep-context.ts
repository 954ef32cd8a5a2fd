import type { StatusGuideConfig } from '../../domain/config/schema';
import { loadConfig } from '../../storage/config-store';

/** What every sweep of one run shares: the instant, the site's statuses and settings. */
export interface SweepContext {
  now: Date;
  /** Names of every status on the site. */
  siteStatuses: string[];
  /** The site-wide settings, which decide what the searches look for. */
  siteConfig: StatusGuideConfig;
  /** The settings in force for a project, read once per run. Throws when storage fails. */
  configFor(projectKey: string): Promise<StatusGuideConfig>;
}

/** What one sweep did in one run. */
export interface SweepReport {
  sweep: string;
  /** Requests the search found. */
  found: number;
  /** Requests the sweep acted on. */
  acted: number;
  /** Whether the sweep stopped early because Jira or storage was busy; the next run goes on. */
  isCutShort: boolean;
}

/**
 * The context of one run at `now`: the settings are read once per project. Throws only when
 * storage fails.
 */
export const createSweepContext = async (
  now: Date,
  siteStatuses: string[],
): Promise<SweepContext> => {
  const { config: siteConfig } = await loadConfig();
  const configs = new Map<string, StatusGuideConfig>();

  return {
    now,
    siteStatuses,
    siteConfig,
    configFor: async (projectKey) => {
      const known = configs.get(projectKey);
      if (known !== undefined) return known;
      const { config } = await loadConfig(projectKey);
      configs.set(projectKey, config);
      return config;
    },
  };
};
