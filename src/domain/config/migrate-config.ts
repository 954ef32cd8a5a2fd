import { withoutVersionTwoPresetLists } from '../checklist/migrate-checklists';

/** The version of the configuration document this code writes. */
export const currentConfigVersion = 3;

type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Each step turns a document of version `n` into one of version `n + 1`.
 * Version 1 knew only the field-service preset; version 2 names the preset a desk starts from,
 * so a version-1 document is a field-service one whatever it said. Version 3 gives the preset's
 * checklist items by request type name, so a version-2 document drops the lists the preset had
 * keyed by the demo desk's request type ids, where the admin left them as they were.
 */
const migrations: Record<number, Migration> = {
  1: (document) => ({ ...document, version: 2, preset: 'field-service' }),
  2: (document) => ({
    ...document,
    version: 3,
    ...('checklists' in document
      ? { checklists: withoutVersionTwoPresetLists(document.checklists) }
      : {}),
  }),
};

const isDocument = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * Upgrades a stored configuration document of an older version to the current one, step by
 * step; anything else (the current version, an unknown version, not a document) is returned
 * unchanged for the schema to judge. Never throws.
 * @example upgradeConfig({ version: 1, companyName: 'Tui' }) // { version: 3, companyName: 'Tui', preset: 'field-service' }
 */
export const upgradeConfig = (input: unknown): unknown => {
  if (!isDocument(input)) return input;

  let document = input;
  while (typeof document.version === 'number' && document.version < currentConfigVersion) {
    const step = migrations[document.version];
    if (step === undefined) return document;
    document = step(document);
  }
  return document;
};
