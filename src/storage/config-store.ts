import { kvs } from '@forge/kvs';

import { defaultConfig } from '../domain/config/defaults';
import { checkConfig, type StatusGuideConfig } from '../domain/config/schema';
import { logger } from '../observability/logger';

const siteKey = 'config:site';
const projectKey = (key: string): string => `config:project:${key}`;

/** The configuration in force, and why a stored document was passed over, if one was. */
export interface LoadedConfig {
  config: StatusGuideConfig;
  /** Null when the stored documents were valid or absent; else what was wrong, for the admin. */
  problem: string | null;
}

/**
 * Loads the configuration for a project: the project's own document, else the site defaults,
 * else the preset. An invalid document is passed over (and reported), never thrown.
 * Throws only when storage itself fails.
 */
export const loadConfig = async (forProject?: string): Promise<LoadedConfig> => {
  const keys = forProject === undefined ? [siteKey] : [projectKey(forProject), siteKey];
  const problems: string[] = [];

  for (const key of keys) {
    const stored = await kvs.get<unknown>(key);
    if (stored === undefined) continue;

    const checked = checkConfig(stored);
    if (checked.ok) return { config: checked.config, problem: joinProblems(problems) };

    const detail = checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    problems.push(`The stored settings (${key}) are invalid and were ignored: ${detail}`);
    logger.warn('stored configuration invalid, passed over', { outcome: 'degraded', key });
  }

  return { config: defaultConfig, problem: joinProblems(problems) };
};

/**
 * Validates and saves the site-wide configuration; returns it as stored.
 * Throws ConfigInvalidError with every problem when it does not validate (nothing is written).
 */
export const saveSiteConfig = async (input: unknown): Promise<StatusGuideConfig> => {
  const checked = checkConfig(input);
  if (!checked.ok) throw new ConfigInvalidError(checked.problems);

  await kvs.set(siteKey, checked.config);
  return checked.config;
};

/** A configuration document that failed validation; nothing was written. */
export class ConfigInvalidError extends Error {
  override readonly name = 'ConfigInvalidError';

  constructor(readonly problems: { path: string; message: string }[]) {
    super(
      `The configuration is invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  }
}

const joinProblems = (problems: string[]): string | null =>
  problems.length === 0 ? null : problems.join(' ');
