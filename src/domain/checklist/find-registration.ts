/** What registration detection needs to know of the desk. */
export interface RegistrationContext {
  /** Masks of the countries in use ("LLLNNN"). */
  formats: readonly string[];
  /** The project's key: "FS-1234" is a request, not a plate. */
  projectKey: string;
}

/** Words that say a plate follows (or precedes): "rego", "number plate", "the van". */
const cueWords = new Set([
  'rego',
  'registration',
  'reg',
  'plate',
  'plates',
  'vehicle',
  'van',
  'ute',
  'truck',
  'car',
  'trailer',
]);

/** Words right before a token that make it a code of another kind: "error ERR404". */
const otherCodeWords = new Set([
  'error',
  'err',
  'code',
  'fault',
  'model',
  'part',
  'serial',
  'sn',
  'sku',
  'version',
  'firmware',
  'order',
  'invoice',
  'inv',
  'quote',
  'ref',
  'reference',
  'job',
  'ticket',
  'po',
  'example',
  'eg',
]);

/** Words between a cue and its plate: "the rego is KLM482", "registration number: ABC123". */
const linkWords = new Set([
  'is',
  'was',
  'no',
  'number',
  'num',
  'its',
  'it',
  's',
  'the',
  'a',
  'our',
]);

/** Words that may stand between a code word and its code: "error no. 404", "order number". */
const numberWords = new Set(['no', 'number', 'num', 'is']);

/** How many words before a plate a cue may stand, links aside ("the rego of our van is"). */
const cueReach = 4;

const months = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

/** Builds the expression of one mask: groups of letters and digits, a space or hyphen between. */
const maskExpression = (mask: string): RegExp => {
  const groups = mask.match(/L+|N+/g) ?? [];
  const body = groups
    .map((group) => (group.startsWith('L') ? `[A-Za-z]{${group.length}}` : `\\d{${group.length}}`))
    .join('[ -]?');
  return new RegExp(`(?<![A-Za-z0-9-])${body}(?![A-Za-z0-9]|-[A-Za-z0-9])`, 'g');
};

/** The words of the same sentence on one side of a token, nearest first, in lower case. */
const wordsBeside = (text: string, start: number, end: number, side: 'before' | 'after') => {
  const part = side === 'before' ? text.slice(0, start) : text.slice(end);
  // A full stop after a short abbreviation ends no sentence: "Reg. no. ABC123" is one.
  const sentences = part.split(/[!?;\n]|(?<=\p{L}{4})\.(?=\s|$)/u);
  const sentence = (side === 'before' ? sentences.at(-1) : sentences[0]) ?? '';
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return side === 'before' ? words.reverse() : words;
};

const hasCue = (words: readonly string[]): boolean =>
  words
    .filter((word) => !linkWords.has(word))
    .slice(0, cueReach)
    .some((word) => cueWords.has(word));

const isPlausible = (text: string, start: number, candidate: string, projectKey: string) => {
  const end = start + candidate.length;
  const before = wordsBeside(text, start, end, 'before');
  const after = wordsBeside(text, start, end, 'after');

  const nearest = before.find((word) => !numberWords.has(word));
  if (nearest !== undefined && otherCodeWords.has(nearest)) return false;
  if (/^P\.?O[ #-]/i.test(candidate)) return false;
  if (new RegExp(`^${projectKey}[ -]?\\d+$`, 'i').test(candidate)) return false;
  const letters = candidate.match(/[A-Za-z]+/g) ?? [];
  if (letters.some((part) => months.test(part)) && /\s/.test(candidate)) return false;

  const isWholeText = text.trim().replace(/[.!]+$/, '') === candidate;
  const isCued = hasCue(before) || hasCue(after.slice(0, 3));
  // Plates are written in capitals; lower case counts only right after a cue such as "rego".
  const isCapitals = candidate === candidate.toUpperCase();
  return isWholeText || (isCued && (isCapitals || hasCue(before.slice(0, 2))));
};

/**
 * The first vehicle registration in a text in one of the formats, in capitals without spaces or
 * hyphens; null when there is none. A plate counts when a cue word ("rego", "plate", "vehicle")
 * stands near it in its sentence, or when it is the whole text; a token after "error", "model",
 * "order" and the like, request keys and dates never count.
 * @example findRegistration('Rego is abc 123, thanks', { formats: ['LLLNNN'], projectKey: 'FS' }) // 'ABC123'
 * @example findRegistration('error ERR404 again', { formats: ['LLLNNN'], projectKey: 'FS' }) // null
 */
export const findRegistration = (text: string, context: RegistrationContext): string | null => {
  const found = context.formats
    .flatMap((mask) => [...text.matchAll(maskExpression(mask))])
    .filter((match) => isPlausible(text, match.index, match[0], context.projectKey))
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

/** What people type when they do not have the plate: never taken for a personalised one. */
const nonAnswers = new Set([
  'none',
  'unknown',
  'tbc',
  'tba',
  'tbd',
  'idk',
  'na',
  'nil',
  'later',
  'soon',
  'asap',
  'dunno',
  'notsure',
  'aucun',
  'aucune',
  'inconnu',
  'inconnue',
]);

/**
 * True when a value someone typed into the registration field reads as a personalised plate:
 * two to seven letters and digits with at least one letter, in one group or two. Such plates
 * ("TRUCK1", "FLEET") follow no series, so they are taken only where the value is said to be the
 * registration, never found in free text.
 * @example isPersonalisedPlate('VAN 7') // true
 * @example isPersonalisedPlate('next week') // false
 */
export const isPersonalisedPlate = (value: string): boolean => {
  const trimmed = value.trim();
  const compact = trimmed.replace(/[ -]/g, '');
  if (nonAnswers.has(compact.toLowerCase())) return false;
  return (
    /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)?$/.test(trimmed) &&
    compact.length >= 2 &&
    compact.length <= 7 &&
    /[A-Za-z]/.test(compact)
  );
};
