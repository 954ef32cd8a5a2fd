const emailExpression = /(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?![\w-])/g;

// A phone number starts with + or 0 (national or international), as people in NZ and AU write them.
const phoneExpression =
  /(?<![\w+])(?:\+\d{1,3}[ -]?(?:\(0\)[ -]?)?|\(0\d{1,2}\)[ -]?|0)\d(?:[ -]?\d){5,12}(?![\w])/g;

const datePattern = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;
const orderWords =
  /\b(?:order|invoice|inv|quote|ref(?:erence)?|job|ticket|po|p\.o\.|serial)\b[\s.:#-]*$/i;

/**
 * The first email address in a text; null when there is none.
 * @example findEmail('Ring or mail sam@fleet.example') // 'sam@fleet.example'
 */
export const findEmail = (text: string): string | null => text.match(emailExpression)?.[0] ?? null;

/**
 * The first phone number in a text (7 to 15 digits, starting with + or 0); null when there is
 * none. Dates and numbers after words such as "order" do not count.
 * @example findPhone('Call Sam on 021 555 0192') // '021 555 0192'
 */
export const findPhone = (text: string): string | null => {
  for (const match of text.matchAll(phoneExpression)) {
    const digits = match[0].replace(/\D/g, '');
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    if (digits.length < 7 || digits.length > 15) continue;
    if (datePattern.test(match[0]) || orderWords.test(before)) continue;
    return match[0].trim();
  }
  return null;
};

/**
 * The first phone number or email in a text; null when there is neither.
 * @example findPhoneOrEmail('sam@fleet.example') // 'sam@fleet.example'
 */
export const findPhoneOrEmail = (text: string): string | null => {
  const phone = findPhone(text);
  const email = findEmail(text);
  if (phone === null || email === null) return phone ?? email;
  return text.indexOf(phone) <= text.indexOf(email) ? phone : email;
};

/**
 * True when the whole value is one phone number or one email address.
 * @example isPhoneOrEmail('+64 21 555 0192') // true
 */
export const isPhoneOrEmail = (value: string): boolean => {
  const trimmed = value.trim();
  return findPhone(trimmed) === trimmed || findEmail(trimmed) === trimmed;
};
