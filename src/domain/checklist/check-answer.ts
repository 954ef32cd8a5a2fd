import { answerValueLimit } from './checklist-answers';
import type { ChecklistItem } from './checklist-settings-schema';
import { isPhoneOrEmail } from './find-contact';
import { isPurchaseOrder } from './find-purchase-order';
import { isRegistration } from './find-registration';

/** A value checked against its item: the value to keep, or the message to show beside the field. */
export type AnswerCheck = { ok: true; value: string } | { ok: false; message: string };

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
  const value = raw.trim();
  if (value.length === 0) return { ok: false, message: `Enter the ${item.label.toLowerCase()}.` };
  if (raw.length > answerValueLimit) {
    return {
      ok: false,
      message: `This is ${raw.length} characters long; at most ${answerValueLimit} fit. Please shorten it.`,
    };
  }

  switch (item.kind) {
    case 'registration':
      return isRegistration(value, registrationFormats)
        ? { ok: true, value: value.replace(/[ -]/g, '').toUpperCase() }
        : { ok: false, message: 'Enter the registration as on the plate, for example ABC123.' };
    case 'phone-or-email':
      return isPhoneOrEmail(value)
        ? { ok: true, value }
        : {
            ok: false,
            message: 'Enter one phone number (such as 021 555 0192) or one email address.',
          };
    case 'purchase-order':
      return isPurchaseOrder(value)
        ? { ok: true, value: value.toUpperCase() }
        : {
            ok: false,
            message: 'Enter the purchase order number: letters and digits, such as PO-4512.',
          };
    case 'attachment':
      return { ok: false, message: 'Add files with the attach button of the request.' };
    case 'location':
      return value.length >= 4
        ? { ok: true, value }
        : { ok: false, message: 'Enter the address or place where the vehicle is.' };
    case 'user-list':
    case 'text':
      return { ok: true, value };
  }
};
