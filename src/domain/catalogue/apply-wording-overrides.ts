import { fillCompany } from './fill-company';
import type { EntryWording } from './types';
import type { EntryWordingOverride, WordingOverrides } from './wording-overrides-schema';

/** Which words to pick: the entry, the request's type (null when it has none) and the company. */
export interface WordingChoice {
  /** The catalogue entry's id ("awaiting-dispatch"). */
  entryId: string;
  /** The JSM request type's id ("12"); null for an issue without one or a preview of all types. */
  requestTypeId: string | null;
  /** What `{company}` becomes. */
  companyName: string;
}

const wordingFields = [
  'headline',
  'whatHappensNext',
  'customerCanDo',
  'tips',
  'promiseText',
  'promiseLateText',
] as const satisfies readonly (keyof EntryWording & keyof EntryWordingOverride)[];

/**
 * The words a customer reads for one catalogue entry: each field from the request type's
 * override, else from the override for all request types, else from the preset, then `{company}`
 * filled in everywhere. A list field (`customerCanDo`, `tips`) is replaced as a whole, never
 * merged. Pure; never throws. A promise sentence only shows where the preset's entry carries a
 * promise, so an override of it on an entry without one is dropped.
 *
 * @example
 * applyWordingOverrides(
 *   { headline: 'Queued.', whatHappensNext: 'We look.', customerCanDo: [], tips: [] },
 *   { entries: { 'in-review': { headline: '{company} has it.' } }, requestTypes: {} },
 *   { entryId: 'in-review', requestTypeId: '10', companyName: 'tui fleet' },
 * ).headline // 'Tui fleet has it.'
 */
export const applyWordingOverrides = (
  preset: EntryWording,
  overrides: WordingOverrides,
  choice: WordingChoice,
): EntryWording => {
  const forAllTypes = overrides.entries[choice.entryId] ?? {};
  const forThisType =
    choice.requestTypeId === null
      ? {}
      : (overrides.requestTypes[choice.requestTypeId]?.[choice.entryId] ?? {});

  const chosen: EntryWording = { ...preset };
  for (const field of wordingFields) {
    const value = forThisType[field] ?? forAllTypes[field];
    if (value !== undefined) Object.assign(chosen, { [field]: value });
  }
  if (preset.promiseText === undefined) {
    delete chosen.promiseText;
    delete chosen.promiseLateText;
  }

  return fillWording(chosen, choice.companyName);
};

const fillWording = (wording: EntryWording, companyName: string): EntryWording => {
  const fill = (text: string): string => fillCompany(text, companyName);
  return {
    headline: fill(wording.headline),
    whatHappensNext: fill(wording.whatHappensNext),
    customerCanDo: wording.customerCanDo.map(fill),
    tips: wording.tips.map(fill),
    ...(wording.promiseText === undefined ? {} : { promiseText: fill(wording.promiseText) }),
    ...(wording.promiseLateText === undefined
      ? {}
      : { promiseLateText: fill(wording.promiseLateText) }),
  };
};
