import type { ProjectConfig } from '../../../src/contracts/project';
import { loadConfigChecker } from './field-errors';

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

  const checked = (await loadConfigChecker())(parsed);
  if (checked.ok) return { ok: true, config: checked.config };
  return { ok: false, problems: checked.problems.map((p) => `${p.path}: ${p.message}`) };
};
