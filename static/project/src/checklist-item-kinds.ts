import {
  type ChecklistItem,
  type ChecklistItemKind,
  checklistItemKinds,
} from '../../../src/domain/checklist/checklist-settings-schema';
import type { Choice } from './labelled-select';

const kindLabels: Record<ChecklistItemKind, string> = {
  text: 'Text',
  registration: 'Vehicle registration',
  'phone-or-email': 'Phone number or email',
  location: 'Location or address',
  attachment: 'Attachment',
  'user-list': 'List of users',
  'purchase-order': 'Purchase order number',
};

/** Every kind an item can be, worded for the admin, in the schema's order. */
export const kindChoices: readonly Choice[] = checklistItemKinds.map((kind) => ({
  value: kind,
  label: kindLabels[kind],
}));

/** Who may see an item, worded for the admin. */
export const visibilityChoices: readonly Choice[] = [
  { value: 'customer', label: 'Customers and the team' },
  { value: 'agent', label: 'The team only' },
];

/**
 * A new item for a request type, with an id none of `items` has.
 * @example newChecklistItem([]).id // 'new-item'
 */
export const newChecklistItem = (items: readonly ChecklistItem[]): ChecklistItem => {
  const taken = new Set(items.map((item) => item.id));
  let id = 'new-item';
  for (let n = 2; taken.has(id); n += 1) id = `new-item-${String(n)}`;

  return {
    id,
    label: 'New item',
    helpText: '',
    kind: 'text',
    required: false,
    visibility: 'customer',
    imagesOnly: false,
  };
};
