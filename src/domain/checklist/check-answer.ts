import { answerValueLimit } from './checklist-answers';
import type { ChecklistItem } from './checklist-settings-schema';
import { isPhoneOrEmail } from './find-contact';
import { isPurchaseOrder } from './find-purchase-order';
import { isPersonalisedPlate, isRegistration } from './find-registration';

/**
 * Why a value was refused, as a stable name the customer's panel words in the viewer's language.
 */
export type AnswerProblem =
  | 'empty'
  | 'too-long'
  | 'registration'
  | 'phone-or-email'
  | 'purchase-order'
  | 'attachment'
  | 'location';

/**
 * A value checked against its item: the value to keep, or why it was refused with the message to
 * show beside the field in US English.
 */
export type AnswerCheck =
  { ok: true; value: string } | { ok: false; problem: AnswerProblem; message: string };

/** Kinds whose value is a code, compared letter by letter whatever keyboard typed it. */
const codeKinds = new Set<ChecklistItem['kind']>([
  'registration',
  'phone-or-email',
  'purchase-order',
]);

/**
 * Checks what someone typed for an item against the item's kind. Surrounding spaces are dropped;
 * a value over the limit is refused whole, never cut.
 * @example checkAnswer(registrationItem, 'abc 123', ['LLLNNN']) // { ok: true, value: 'ABC123' }
 */
export const checkAnswer = (
  item: ChecklistItem,
  raw: string,
  registrationFormats: readonly string[],
): AnswerCheck => {
  const typed = toOneLine(raw, item.kind === 'user-list' ? ', ' : ' ');
  // Codes typed on a phone's full-width keyboard ("ＫＬＭ４８２") are the same code.
  const value = codeKinds.has(item.kind) ? typed.normalize('NFKC') : typed;
  if (value.length === 0) {
    return { ok: false, problem: 'empty', message: `Enter the ${item.label.toLowerCase()}.` };
  }
  if (raw.length > answerValueLimit) {
    return {
      ok: false,
      problem: 'too-long',
      message: `This is ${raw.length} characters long; at most ${answerValueLimit} fit. Please shorten it.`,
    };
  }

  switch (item.kind) {
    case 'registration':
      return isRegistration(value, registrationFormats) || isPersonalisedPlate(value)
        ? { ok: true, value: value.replace(/[ -]/g, '').toUpperCase() }
        : {
            ok: false,
            problem: 'registration',
            message: 'Enter the registration as on the plate, for example ABC123.',
          };
    case 'phone-or-email':
      return isPhoneOrEmail(value)
        ? { ok: true, value }
        : {
            ok: false,
            problem: 'phone-or-email',
            message: 'Enter one phone number (such as 021 555 0192) or one email address.',
          };
    case 'purchase-order':
      return isPurchaseOrder(value)
        ? { ok: true, value: value.toUpperCase() }
        : {
            ok: false,
            problem: 'purchase-order',
            message: 'Enter the purchase order number: letters and digits, such as PO-4512.',
          };
    case 'attachment':
      return {
        ok: false,
        problem: 'attachment',
        message: 'Add files with the attach button of the request.',
      };
    case 'location':
      return value.length >= 4
        ? { ok: true, value }
        : {
            ok: false,
            problem: 'location',
            message: 'Enter the address or place where the vehicle is.',
          };
    case 'user-list':
    case 'text':
      return { ok: true, value };
  }
};

// Control characters, zero-width marks and the bidirectional overrides that could make a value
// read differently in the public comment the app posts under its own name.
const hiddenCharacters =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * A typed value as one line of plain text: hidden characters dropped, line breaks joined with
 * `joiner`, runs of spaces made one. The value cannot then start a paragraph of its own in the
 * app's comment and pass for the company speaking.
 * @example toOneLine('bob\n\nFrom our team: pay now', ' ') // 'bob From our team: pay now'
 */
export const toOneLine = (raw: string, joiner: string): string =>
  raw
    .replace(hiddenCharacters, '')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join(joiner);
