import type { ProjectConfig } from '../../../src/contracts/project';
import { checkConfig } from '../../../src/domain/config/schema';

/** A configuration file read whole, or every reason it was refused, each naming its field. */
export type ConfigFileResult =
  { ok: true; config: ProjectConfig } | { ok: false; problems: string[] };

/**
 * Reads an exported configuration file: JSON, then the configuration schema (with the
 * migrations of older versions). Nothing is taken from a file with any problem.
 * @example readConfigFile('{').ok // false
 */
export const readConfigFile = (text: string): ConfigFileResult => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: ['The file is not JSON: export a configuration to see the form.'],
    };
  }

  const checked = checkConfig(parsed);
  if (checked.ok) return { ok: true, config: checked.config };
  return { ok: false, problems: checked.problems.map((p) => `${p.path}: ${p.message}`) };
};
