import { foldWords } from '../comment-text/fold-words';
import { stripQuotedHistory } from '../comment-text/strip-quoted-history';
import { stripSignOff } from '../comment-text/strip-sign-off';

export { foldWords };

/**
 * Courtesy words that may surround a thank-you without adding anything the team must act on,
 * with the words of the sign-offs the sign-off strip keeps ("Cordialement", "Viele Grüße", "Un
 * saludo", "Nāku noa, nā").
 * Words that change the meaning ("but", "not", "still", "again broke") are deliberately absent,
 * so "thanks, but it broke again" keeps words left over and is not a plain thank-you.
 */
const courtesyWords = new Set([
  'a',
  'again',
  'all',
  'also',
  'amazing',
  'atentamente',
  'awesome',
  'best',
  'beste',
  'bien',
  'brilliant',
  'cordialement',
  'cordiales',
  'excellent',
  'for',
  'freundlichen',
  'great',
  'gruß',
  'grüße',
  'guys',
  'heaps',
  'hello',
  'herzliche',
  'hi',
  'it',
  'just',
  'kia',
  'kind',
  'legend',
  'lg',
  'liebe',
  'lot',
  'lots',
  'many',
  'mate',
  'mfg',
  'mit',
  'much',
  'na',
  'naku',
  'noa',
  'now',
  'nā',
  'nāku',
  'ok',
  'okay',
  'ora',
  'really',
  'regards',
  's',
  'saludo',
  'saludos',
  'so',
  'stuff',
  'team',
  'that',
  'the',
  'this',
  'un',
  'very',
  'viele',
  'vous',
  'you',
  'your',
  'à',
]);

/**
 * A comment of these emoji alone is a thanks; phrases cannot hold them, as folding drops emoji.
 * Skin tones and the variation selector may follow any of them.
 */
const thanksEmojiOnly =
  /^(?:\s|[\u{1F44D}\u{1F64F}\u{1F64C}\u{1F44C}\u{1F60A}\u{1F642}\u{1F600}\u{1F603}\u{1F604}\u{2764}\u{1F49C}\u{1F499}\u{1F49A}\u{1F4AF}\u{2705}\u{1F389}\u{1F91D}](?:[\u{1F3FB}-\u{1F3FF}])?\u{FE0F}?)+$/u;

/** A longer message says more than thanks. */
const maxLength = 160;

/**
 * True when a comment says nothing but thanks: at least one of the phrases (or thanks emoji
 * alone), and otherwise only courtesy words. Quoted email history, a sign-off with its signature
 * and a device footer are set aside first. A question, a long message or any other word makes it
 * more than thanks.
 * @example isPlainThankYou('Works now, thanks!\n\nKind regards,\nCasey', ['thanks']) // true
 * @example isPlainThankYou('Thanks, but it broke again', ['thanks']) // false
 */
export const isPlainThankYou = (text: string, phrases: readonly string[]): boolean => {
  const written = stripSignOff(stripQuotedHistory(text));
  if (written.includes('?') || written.length > maxLength) return false;
  if (thanksEmojiOnly.test(written)) return true;

  let rest = ` ${foldWords(written)} `;
  let matched = false;
  const folded = phrases.map(foldWords).filter((phrase) => phrase.length > 0);
  for (const phrase of [...folded].sort((a, b) => b.length - a.length)) {
    const spaced = ` ${phrase} `;
    while (rest.includes(spaced)) {
      rest = rest.replace(spaced, ' ');
      matched = true;
    }
  }

  return matched && rest.split(' ').every((word) => word === '' || courtesyWords.has(word));
};
