import type { RequestKind } from '../catalogue/request-kinds';
import type { ChecklistItem, ChecklistSettings } from './checklist-settings-schema';

const registration = {
  id: 'vehicle-registration',
  label: 'Vehicle registration',
  helpText: 'The number on the vehicle’s plate, for example ABC123.',
  kind: 'registration',
  required: true,
  visibility: 'customer',
  imagesOnly: false,
} as const;

const contact = {
  id: 'site-contact',
  label: 'Contact with access to the vehicle',
  helpText: 'A phone number or email of the person who can give the installer the vehicle.',
  kind: 'phone-or-email',
  required: true,
  visibility: 'customer',
  imagesOnly: false,
} as const;

const location = {
  id: 'vehicle-location',
  label: 'Where the vehicle is',
  helpText: 'The address where the work is to be done.',
  kind: 'location',
  required: true,
  visibility: 'customer',
  imagesOnly: false,
} as const;

const screenshots = {
  id: 'screenshots',
  label: 'Screenshots',
  helpText: 'A picture of what you see on the screen.',
  kind: 'attachment',
  required: false,
  visibility: 'customer',
  imagesOnly: true,
} as const;

const usersAffected = {
  id: 'users-affected',
  label: 'Users affected',
  helpText: 'Who else sees the problem: names or emails, separated by commas.',
  kind: 'user-list',
  required: false,
  visibility: 'customer',
  imagesOnly: false,
} as const;

const purchaseOrder = {
  id: 'purchase-order',
  label: 'Purchase order number',
  helpText: 'The number of your purchase order for the quote, for example PO-4512.',
  kind: 'purchase-order',
  required: true,
  visibility: 'customer',
  imagesOnly: false,
} as const;

const unitSerial = {
  id: 'unit-serial',
  label: 'Serial number of the unit',
  helpText: 'From the provisioning system; for the team only.',
  kind: 'text',
  required: false,
  visibility: 'agent',
  imagesOnly: false,
} as const;

/**
 * The field-service preset's items for each kind of request, which a request type the admin set
 * no items for takes when its name says its kind ("Report a fault", "Order hardware", "Field
 * maintenance").
 */
export const presetItemsByKind: Readonly<Record<RequestKind, readonly ChecklistItem[]>> = {
  'fault-report': [registration, screenshots, usersAffected, unitSerial],
  'hardware-order': [purchaseOrder, { ...contact, required: false }],
  'field-maintenance': [registration, contact, location, unitSerial],
};

/**
 * The field-service preset's checklist settings: no items of the admin's own (each request type
 * takes the preset's items for its kind, by name), with New Zealand and Australian registration
 * formats.
 */
export const presetChecklists: ChecklistSettings = {
  requestTypes: {},
  registration: {
    countries: {
      // 2001 on: three letters, three digits; 1964 to 2001: two letters, up to four digits.
      NZ: { name: 'New Zealand', formats: ['LLLNNN', 'LLNNNN', 'LLNNN'] },
      // The states' standard series, old and current, and the digit-first 1ABC 234 and 1ABC 23.
      AU: {
        name: 'Australia',
        formats: [
          'LLLNNN',
          'NLLNNN',
          'NNNLLL',
          'LLNNLL',
          'NLLNLL',
          'NNNLLN',
          'LLNNNN',
          'NLLLNNN',
          'NLLLNN',
        ],
      },
    },
    inUse: ['NZ', 'AU'],
  },
};
