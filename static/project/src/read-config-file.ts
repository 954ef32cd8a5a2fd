import type { ProjectConfig } from '../../../src/contracts/project';
import { currentConfigVersion } from '../../../src/domain/config/migrate-config';
import { loadConfigChecker } from './field-errors';
import { describeProblem } from './project-sections';

/** A configuration file read whole, or every reason it was refused, each naming its field. */
export type ConfigFileResult =
  { ok: true; config: ProjectConfig } | { ok: false; problems: string[] };

/**
 * Reads an exported configuration file: JSON, then the configuration schema (with the
 * migrations of older versions). Nothing is taken from a file with any problem.
 * @example await readConfigFile('{') // { ok: false, problems: ['The file is not JSON: …'] }
 */
export const readConfigFile = async (text: string): Promise<ConfigFileResult> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: ['The file is not JSON: export a configuration to see the form.'],
    };
  }

  const versionProblem = describeVersion(parsed);
  if (versionProblem !== null) return { ok: false, problems: [versionProblem] };

  const checked = (await loadConfigChecker())(parsed);
  if (checked.ok) return { ok: true, config: checked.config };
  return {
    ok: false,
    problems: checked.problems.map((p) => describeProblem(p.path, wordMissing(p.message))),
  };
};

const notSettings =
  'This is not a Status Guide settings file: export the settings to see what one looks like.';

/** Why a file cannot be read as settings of any version this page knows; null when it can. */
const describeVersion = (parsed: unknown): string | null => {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return notSettings;
  const { version } = parsed as { version?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return notSettings;
  if (version > currentConfigVersion) {
    return (
      `This file was exported by a newer version of Status Guide (settings version ${String(version)}); ` +
      `this site reads versions up to ${String(currentConfigVersion)}.`
    );
  }
  return null;
};

/** A part of the settings the file lacks, in words rather than as the schema's type talk. */
const wordMissing = (message: string): string =>
  /received undefined$/.test(message)
    ? 'This part of the settings is missing from the file.'
    : message;
