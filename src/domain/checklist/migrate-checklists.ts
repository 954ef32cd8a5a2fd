import type { ChecklistItem } from './checklist-settings-schema';

// What the version-2 field-service preset stored, kept as it was: the preset's items may change
// later, but only these exact lists are the preset's leftovers.
const registration: ChecklistItem = {
  id: 'vehicle-registration',
  label: 'Vehicle registration',
  helpText: 'The number on the vehicle’s plate, for example ABC123.',
  kind: 'registration',
  required: true,
  visibility: 'customer',
  imagesOnly: false,
};
const contact: ChecklistItem = {
  id: 'site-contact',
  label: 'Contact with access to the vehicle',
  helpText: 'A phone number or email of the person who can give the installer the vehicle.',
  kind: 'phone-or-email',
  required: true,
  visibility: 'customer',
  imagesOnly: false,
};
const unitSerial: ChecklistItem = {
  id: 'unit-serial',
  label: 'Serial number of the unit',
  helpText: 'From the provisioning system; for the team only.',
  kind: 'text',
  required: false,
  visibility: 'agent',
  imagesOnly: false,
};

/** The lists by the demo desk's ids: 10 report a fault, 11 order hardware, 12 field maintenance. */
const versionTwoPresetLists: Readonly<Record<string, readonly ChecklistItem[]>> = {
  '10': [
    registration,
    {
      id: 'screenshots',
      label: 'Screenshots',
      helpText: 'A picture of what you see on the screen.',
      kind: 'attachment',
      required: false,
      visibility: 'customer',
      imagesOnly: true,
    },
    {
      id: 'users-affected',
      label: 'Users affected',
      helpText: 'Who else sees the problem: names or emails, separated by commas.',
      kind: 'user-list',
      required: false,
      visibility: 'customer',
      imagesOnly: false,
    },
    unitSerial,
  ],
  '11': [
    {
      id: 'purchase-order',
      label: 'Purchase order number',
      helpText: 'The number of your purchase order for the quote, for example PO-4512.',
      kind: 'purchase-order',
      required: true,
      visibility: 'customer',
      imagesOnly: false,
    },
    { ...contact, required: false },
  ],
  '12': [
    registration,
    contact,
    {
      id: 'vehicle-location',
      label: 'Where the vehicle is',
      helpText: 'The address where the work is to be done.',
      kind: 'location',
      required: true,
      visibility: 'customer',
      imagesOnly: false,
    },
    unitSerial,
  ],
};

/**
 * A version-2 document's checklists without the lists it holds only because the version-2 preset
 * keyed them by the demo desk's ids: an entry for 10, 11 or 12 exactly as that preset gave it is
 * dropped, so a site whose request types 10 to 12 are something else no longer gets them, while
 * a request type named for its kind ("Report a fault") takes the same items by name. An entry the
 * admin changed in any way, and every other entry, stays. Anything not shaped like checklists is
 * returned as it is, for the schema to judge.
 * @example withoutVersionTwoPresetLists({ requestTypes: { '21': [] } }) // { requestTypes: { '21': [] } }
 */
export const withoutVersionTwoPresetLists = (checklists: unknown): unknown => {
  if (!isRecord(checklists) || !isRecord(checklists.requestTypes)) return checklists;

  const kept = Object.entries(checklists.requestTypes).filter(
    ([id, items]) => !isVersionTwoPresetList(id, items),
  );
  return { ...checklists, requestTypes: Object.fromEntries(kept) };
};

const isVersionTwoPresetList = (id: string, items: unknown): boolean => {
  const preset = versionTwoPresetLists[id];
  if (preset === undefined || !Array.isArray(items) || items.length !== preset.length) {
    return false;
  }

  return preset.every((presetItem, index) => isSameItem(items[index], presetItem));
};

const comparedFields = ['id', 'label', 'kind', 'required', 'visibility'] as const;

/** Field by field, reading a left-out help text or image flag as the schema's default would. */
const isSameItem = (stored: unknown, presetItem: ChecklistItem): boolean =>
  isRecord(stored) &&
  comparedFields.every((field) => stored[field] === presetItem[field]) &&
  (stored.helpText ?? '') === presetItem.helpText &&
  (stored.imagesOnly ?? false) === presetItem.imagesOnly &&
  stored.fieldId === undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
