import type { ChecklistSettings } from './checklist-settings-schema';

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
 * The field-service preset: the information its desk asks for, by the demo desk's request types
 * (10 report a fault, 11 order hardware, 12 field maintenance), with New Zealand and Australian
 * registration formats.
 */
export const presetChecklists: ChecklistSettings = {
  requestTypes: {
    '10': [registration, { ...screenshots }, usersAffected, unitSerial],
    '11': [purchaseOrder, { ...contact, required: false }],
    '12': [registration, contact, location, unitSerial],
  },
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
