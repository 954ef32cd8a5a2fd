/** What registration detection needs to know of the desk. */
export interface RegistrationContext {
  /** Masks of the countries in use ("LLLNNN"). */
  formats: readonly string[];
  /** The project's key: "FS-1234" is a request, not a plate. */
  projectKey: string;
}

const keyword =
  /\b(?:rego|registration|reg(?:istration)?\s*(?:no|number)?|plates?|number\s+plate)\b/i;
const orderWords =
  /\b(?:order|invoice|inv|quote|ref(?:erence)?|job|ticket|po|p\.o\.|no|number)\b[\s.:#-]*$/i;
const months = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

/** Builds the expression of one mask: groups of letters and digits, a space or hyphen between. */
const maskExpression = (mask: string): RegExp => {
  const groups = mask.match(/L+|N+/g) ?? [];
  const body = groups
    .map((group) => (group.startsWith('L') ? `[A-Za-z]{${group.length}}` : `\\d{${group.length}}`))
    .join('[ -]?');
  return new RegExp(`(?<![A-Za-z0-9-])${body}(?![A-Za-z0-9]|-[A-Za-z0-9])`, 'g');
};

const isPlausible = (
  text: string,
  start: number,
  candidate: string,
  context: RegistrationContext,
) => {
  const before = text.slice(Math.max(0, start - 30), start);
  if (orderWords.test(before) && !keyword.test(before)) return false;
  if (/^P\.?O[ #-]/i.test(candidate)) return false;
  if (new RegExp(`^${context.projectKey}[ -]?\\d+$`, 'i').test(candidate)) return false;

  const letters = candidate.match(/[A-Za-z]+/g) ?? [];
  if (letters.some((part) => months.test(part)) && /\s/.test(candidate)) return false;

  // Plates are written in capitals; lower case counts only right after a word such as "rego".
  const isCapitals = candidate === candidate.toUpperCase();
  return isCapitals || keyword.test(text.slice(Math.max(0, start - 25), start));
};

/**
 * The first vehicle registration in a text in one of the formats, in capitals without spaces or
 * hyphens; null when there is none. Order numbers, request keys and dates do not count.
 * @example findRegistration('Rego is abc 123, thanks', { formats: ['LLLNNN'], projectKey: 'FS' }) // 'ABC123'
 */
export const findRegistration = (text: string, context: RegistrationContext): string | null => {
  const found = context.formats
    .flatMap((mask) => [...text.matchAll(maskExpression(mask))])
    .filter((match) => isPlausible(text, match.index, match[0], context))
    .sort((a, b) => a.index - b.index);

  const first = found[0];
  return first === undefined ? null : first[0].replace(/[ -]/g, '').toUpperCase();
};

/**
 * True when the value is a registration in one of the formats, written with or without spaces
 * or hyphens between its letters and digits.
 * @example isRegistration('ab-1234', ['LLNNNN']) // true
 */
export const isRegistration = (value: string, formats: readonly string[]): boolean =>
  formats.some((mask) => {
    const expression = maskExpression(mask);
    const match = expression.exec(value.trim());
    return match !== null && match[0].length === value.trim().length;
  });
