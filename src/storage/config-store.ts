import { kvs } from '@forge/kvs';

import { defaultConfig } from '../domain/config/defaults';
import { checkConfig, type ConfigProblem, type StatusGuideConfig } from '../domain/config/schema';
import { logger } from '../observability/logger';

const siteKey = 'config:site';
const projectKey = (key: string): string => `config:project:${key}`;
// A copy of the last document that validated, written with it, used when the document itself
// has become unreadable (a schema change the migrations missed, a hand edit in storage).
const lastValidKey = (key: string): string => `${key}:last-valid`;

/** Where the configuration in force came from. */
export type ConfigSource = 'project' | 'site' | 'preset';

/** The configuration in force, and why a stored document was passed over, if one was. */
export interface LoadedConfig {
  config: StatusGuideConfig;
  source: ConfigSource;
  /** Null when the stored documents were valid or absent; else what was wrong, for the admin. */
  problem: string | null;
}

/**
 * Loads the configuration for a project: the project's own document, else the site defaults,
 * else the preset. An invalid document is passed over for its last valid copy (and reported),
 * never thrown. Throws only when storage itself fails.
 */
export const loadConfig = async (forProject?: string): Promise<LoadedConfig> => {
  const layers: [string, ConfigSource][] =
    forProject === undefined
      ? [[siteKey, 'site']]
      : [
          [projectKey(forProject), 'project'],
          [siteKey, 'site'],
        ];
  const problems: string[] = [];

  for (const [key, source] of layers) {
    const found = await readDocument(key, problems);
    if (found !== null) return { config: found, source, problem: joinProblems(problems) };
  }

  return { config: defaultConfig, source: 'preset', problem: joinProblems(problems) };
};

/**
 * The project's own stored configuration, or null when it has none (or only an unreadable one
 * without a valid copy) and inherits the site defaults; with what was wrong, if anything.
 * Throws only when storage fails.
 */
export const loadProjectOwnConfig = async (
  forProject: string,
): Promise<{ config: StatusGuideConfig | null; problem: string | null }> => {
  const problems: string[] = [];
  const config = await readDocument(projectKey(forProject), problems);
  return { config, problem: joinProblems(problems) };
};

/**
 * Validates and saves the site-wide configuration; returns it as stored.
 * Throws ConfigInvalidError with every problem when it does not validate (nothing is written).
 */
export const saveSiteConfig = (input: unknown): Promise<StatusGuideConfig> =>
  writeDocument(siteKey, input);

/**
 * Validates and saves one project's configuration; returns it as stored.
 * Throws ConfigInvalidError with every problem when it does not validate (nothing is written).
 */
export const saveProjectConfig = (forProject: string, input: unknown): Promise<StatusGuideConfig> =>
  writeDocument(projectKey(forProject), input);

/** Deletes a project's own configuration, so the site defaults apply again. Throws when storage fails. */
export const deleteProjectConfig = async (forProject: string): Promise<void> => {
  await kvs.delete(projectKey(forProject));
  await kvs.delete(lastValidKey(projectKey(forProject)));
};

/** A configuration document that failed validation; nothing was written. */
export class ConfigInvalidError extends Error {
  override readonly name = 'ConfigInvalidError';

  constructor(readonly problems: ConfigProblem[]) {
    super(
      `The configuration is invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  }
}

const writeDocument = async (key: string, input: unknown): Promise<StatusGuideConfig> => {
  const checked = checkConfig(input);
  if (!checked.ok) throw new ConfigInvalidError(checked.problems);

  await kvs.set(key, checked.config);
  await kvs.set(lastValidKey(key), checked.config);
  return checked.config;
};

/** The valid document under `key` (or its last valid copy), null when neither is; notes why. */
const readDocument = async (key: string, problems: string[]): Promise<StatusGuideConfig | null> => {
  const stored = await kvs.get<unknown>(key);
  if (stored === undefined) return null;

  const checked = checkConfig(stored);
  if (checked.ok) return checked.config;

  const detail = checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  logger.warn('stored configuration invalid, passed over', { outcome: 'degraded', key });
  const backup = checkConfig(await kvs.get<unknown>(lastValidKey(key)));
  if (backup.ok) {
    problems.push(
      `The stored settings (${key}) are invalid, so the last valid ones are in use: ${detail}`,
    );
    return backup.config;
  }

  problems.push(`The stored settings (${key}) are invalid and were ignored: ${detail}`);
  return null;
};

const joinProblems = (problems: string[]): string | null =>
  problems.length === 0 ? null : problems.join(' ');
