import type { CatalogueEntry, EntryWording } from './types';
import type { EntryWordingOverride, WordingOverrides } from './wording-overrides-schema';

/**
 * The words of one entry once the admin's overrides are laid over the preset's: the request
 * type's override of a field wins over the all-request-types one, which wins over the preset.
 * A field no override names keeps the preset's words. Pure; never throws.
 * @example applyWordingOverrides(entry, { entries: { resolved: { headline: 'Done!' } }, requestTypes: {} }).headline // 'Done!'
 */
export const applyWordingOverrides = (
  entry: CatalogueEntry,
  overrides: WordingOverrides,
  requestTypeId: string | null = null,
): EntryWording => {
  const forAll = overrides.entries[entry.id] ?? {};
  const forType =
    requestTypeId === null ? {} : (overrides.requestTypes[requestTypeId]?.[entry.id] ?? {});

  return { ...entry.wording, ...definedOnly(forAll), ...definedOnly(forType) };
};

const definedOnly = (override: EntryWordingOverride): Partial<EntryWording> =>
  Object.fromEntries(Object.entries(override).filter(([, value]) => value !== undefined));

/**
 * The catalogue with every entry's words overridden as {@link applyWordingOverrides} does; the
 * entries' ids, names and meaning are unchanged.
 * @example withWordingOverrides(catalogue, { entries: {}, requestTypes: {} }) // same words as catalogue
 */
export const withWordingOverrides = (
  catalogue: readonly CatalogueEntry[],
  overrides: WordingOverrides,
  requestTypeId: string | null = null,
): CatalogueEntry[] =>
  catalogue.map((entry) => ({
    ...entry,
    wording: applyWordingOverrides(entry, overrides, requestTypeId),
  }));
