import { fieldServicePreset } from '../catalogue/field-service-preset';

/** A value the app puts in a note where its wording names it in braces ("{portal}"). */
export type NotePlaceholder = 'company' | 'days' | 'portal' | 'phone' | 'item' | 'value';

/** What one customer-facing note is and which placeholders its wording may use. */
export interface NoteDefinition {
  /** The note's name as a sentence subject: "The reopen note". */
  name: string;
  /** The app's own wording, used while the admin has set none. */
  builtIn: string;
  /** Every placeholder the note can fill. */
  placeholders: readonly NotePlaceholder[];
  /** The placeholders the wording must keep, each with why. */
  required: Partial<Record<NotePlaceholder, string>>;
  /** The longest wording taken. */
  maxLength: number;
}

const silenceAdvice =
  fieldServicePreset.find((entry) => entry.id === 'installer-booked')?.wording.promiseLateText ??
  "You haven't heard from the installer for a week: please give them a ring.";

const noteLength = 1000;
const lineLength = 300;

/**
 * Every customer-facing note the app posts whose wording the admin may set, with its built-in
 * words. The ask comment is a first line, one line per missing item, then a last line; its
 * parts are set one by one.
 */
export const noteDefinitions = {
  reopen: {
    name: 'The reopen note',
    builtIn:
      "Thanks for letting us know. We've reopened your request and it's back with {company}: " +
      'someone will pick it up and reply to you here.',
    placeholders: ['company'],
    required: {},
    maxLength: noteLength,
  },
  afterWindow: {
    name: 'The after-window note',
    builtIn:
      'Thanks for your message. This request was closed more than {days} days ago, so it stays ' +
      'closed. If something still needs {company}, please raise a new request: {portal}',
    placeholders: ['company', 'days', 'portal'],
    required: { portal: 'without the portal link the customer has no way to raise a new request' },
    maxLength: noteLength,
  },
  installerSilence: {
    name: 'The installer-silence advice',
    builtIn: silenceAdvice,
    placeholders: ['company'],
    required: {},
    maxLength: noteLength,
  },
  installerNumber: {
    name: "The installer's number line",
    builtIn: "The installer's number is {phone}.",
    placeholders: ['phone'],
    required: { phone: 'the line is only added to give the number' },
    maxLength: lineLength,
  },
  customerReminder: {
    name: 'The customer reminder',
    builtIn:
      "We're still waiting for your reply so {company} can carry on with this request. " +
      'Please add a comment here with what we asked for; if it is no longer needed, tell us and ' +
      "we'll close it.",
    placeholders: ['company'],
    required: {},
    maxLength: noteLength,
  },
  askIntroduction: {
    name: 'The first line of "Ask the customer"',
    builtIn: 'To move your request on, {company} needs a few details from you:',
    placeholders: ['company'],
    required: {},
    maxLength: lineLength,
  },
  askOptionalMark: {
    name: 'The mark beside an optional item',
    builtIn: '(optional)',
    placeholders: [],
    required: {},
    maxLength: 100,
  },
  askAttachmentHint: {
    name: 'The hint after a file item',
    builtIn: 'Please use the attach button on your request.',
    placeholders: [],
    required: {},
    maxLength: lineLength,
  },
  askClosing: {
    name: 'The last line of "Ask the customer"',
    builtIn: 'You can add them in the request panel "Where your request stands", or reply here.',
    placeholders: ['company'],
    required: {},
    maxLength: lineLength,
  },
  supplied: {
    name: 'The note of a value given in the panel',
    builtIn: '{item} (added in the request panel): {value}',
    placeholders: ['item', 'value'],
    required: {
      item: 'the team must see which item the value is for',
      value: 'the value is what the note carries',
    },
    maxLength: lineLength,
  },
} as const satisfies Record<string, NoteDefinition>;

/** The notes whose wording the admin may set. */
export type NoteId = keyof typeof noteDefinitions;

/** The notes in the order the settings page lists them. */
export const noteIds = Object.keys(noteDefinitions) as NoteId[];
