import { z } from 'zod';

import { presetChecklists } from './checklist-presets';

/** What kind of information an item asks for; each kind has its own check and detection. */
export const checklistItemKinds = [
  'text',
  'registration',
  'phone-or-email',
  'location',
  'attachment',
  'user-list',
  'purchase-order',
] as const;

/** The kind of one checklist item. */
export type ChecklistItemKind = (typeof checklistItemKinds)[number];

const itemSchema = z.object({
  /** Stable id of the item within its request type ("vehicle-registration"). */
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'An item id is up to 40 lower-case letters, digits or -.'),
  label: z
    .string()
    .trim()
    .min(1, 'Enter a label for the item.')
    .max(80, 'An item label has at most 80 characters.'),
  helpText: z.string().trim().max(300, 'Help text has at most 300 characters.').default(''),
  kind: z.enum(checklistItemKinds, {
    error: `The kind is one of: ${checklistItemKinds.join(', ')}.`,
  }),
  required: z.boolean(),
  /** 'agent' items are never sent to a customer's browser nor named in a public comment. */
  visibility: z.enum(['customer', 'agent'], { error: "Visibility is 'customer' or 'agent'." }),
  /** An attachment item that only an image satisfies (a screenshot). */
  imagesOnly: z.boolean().default(false),
  /** A request form field whose value supplies the item ("customfield_10050"), if any. */
  fieldId: z
    .string()
    .regex(/^(customfield_\d{1,10}|[a-z]{1,30})$/, 'A field is named by its Jira field id.')
    .optional(),
});

/** One item of a request type's checklist. */
export type ChecklistItem = z.infer<typeof itemSchema>;

/** One request type's checklist; item ids are unique within it. */
const requestTypeChecklistSchema = z
  .array(itemSchema)
  .max(20, 'A request type has at most 20 checklist items.')
  .refine((items) => new Set(items.map((item) => item.id)).size === items.length, {
    error: 'Two items of the same request type share an id.',
  });

/**
 * A registration format as a mask: L is a letter, N a digit ("LLLNNN" reads ABC123). Masks
 * rather than expressions keep an admin's entry safe to run on any text.
 */
const registrationMaskSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[LN]{3,8}$/, 'A registration format uses L for a letter and N for a digit, 3 to 8 long.')
  .refine((mask) => mask.includes('L') && mask.includes('N'), {
    error: 'A registration format needs at least one letter (L) and one digit (N).',
  });

const countrySchema = z.object({
  name: z.string().trim().min(1, 'Enter the country name.').max(60),
  formats: z.array(registrationMaskSchema).min(1, 'Give at least one format.').max(20),
});

/** Registration formats by ISO country code, and which countries the desk's vehicles come from. */
const registrationSchema = z.object({
  countries: z.record(
    z.string().regex(/^[A-Z]{2}$/, 'A country is named by its two-letter ISO code.'),
    countrySchema,
  ),
  /** Countries whose formats detection looks for. */
  inUse: z.array(z.string().regex(/^[A-Z]{2}$/, 'A country is named by its two-letter ISO code.')),
});

const checklistsShape = z.object({
  /**
   * The admin's own items by JSM request type id, over the preset's items a request type takes
   * by its name; an empty list turns the checklist off for that request type.
   */
  requestTypes: z.record(z.string(), requestTypeChecklistSchema),
  registration: registrationSchema,
});

/** The missing-information checklists of a desk. */
export type ChecklistSettings = z.infer<typeof checklistsShape>;

/** The checklists section of the configuration; an older document without it takes the preset. */
export const checklistSettingsSchema = checklistsShape
  .superRefine((settings, context) => {
    // zod words a bad record key as "Invalid key in record"; the admin needs to know why.
    Object.keys(settings.requestTypes).forEach((id) => {
      if (/^\d{1,18}$/.test(id)) return;
      context.addIssue({
        code: 'custom',
        path: ['requestTypes', id],
        message: 'A request type is named by its numeric id.',
      });
    });
    settings.registration.inUse.forEach((code, index) => {
      if (settings.registration.countries[code] !== undefined) return;
      context.addIssue({
        code: 'custom',
        path: ['registration', 'inUse', index],
        message: `No registration formats are set for ${code}.`,
      });
    });
  })
  .default(() => structuredClone(presetChecklists));
