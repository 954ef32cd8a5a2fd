import type { CatalogueEntry } from './types';

/**
 * Folds a status name for comparison: case, spacing and punctuation do not count.
 * @example normaliseStatusName('  Waiting for-Customer ') // 'waiting for customer'
 */
export const normaliseStatusName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Finds the catalogue entry a workflow status means: an explicit mapping (workflow status name to
 * entry id) wins, then the entry's own name, then its aliases. Returns null when nothing matches,
 * or when the mapping names an entry the catalogue does not have.
 * @example matchStatus('in review', fieldServicePreset, {}) // the 'in-review' entry
 */
export const matchStatus = (
  statusName: string,
  catalogue: readonly CatalogueEntry[],
  mapping: Readonly<Record<string, string>>,
): CatalogueEntry | null => {
  const wanted = normaliseStatusName(statusName);

  const mappedId = Object.entries(mapping).find(
    ([name]) => normaliseStatusName(name) === wanted,
  )?.[1];
  if (mappedId !== undefined) {
    return catalogue.find((entry) => entry.id === mappedId) ?? null;
  }

  const byName = catalogue.find((entry) => normaliseStatusName(entry.name) === wanted);
  if (byName) return byName;

  return (
    catalogue.find((entry) =>
      entry.aliases.some((alias) => normaliseStatusName(alias) === wanted),
    ) ?? null
  );
};
