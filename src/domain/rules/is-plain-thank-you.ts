/**
 * Courtesy words that may surround a thank-you without adding anything the team must act on.
 * Words that change the meaning ("but", "not", "still", "again broke") are deliberately absent,
 * so "thanks, but it broke again" keeps words left over and is not a plain thank-you.
 */
const courtesyWords = new Set([
  'a',
  'all',
  'also',
  'best',
  'for',
  'great',
  'guys',
  'heaps',
  'hi',
  'hello',
  'it',
  'just',
  'kind',
  'lot',
  'lots',
  'many',
  'mate',
  'much',
  'now',
  'ok',
  'okay',
  'really',
  'regards',
  's',
  'so',
  'team',
  'that',
  'the',
  'this',
  'very',
  'you',
  'your',
]);

/** A longer message says more than thanks. */
const maxLength = 160;

/**
 * Folds text for matching: case, punctuation, emoji and spacing do not count.
 * @example foldWords("Works now — thanks!! 🙏") // 'works now thanks'
 */
export const foldWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * True when a comment says nothing but thanks: at least one of the phrases, and otherwise only
 * courtesy words. A question, a long message or any other word makes it more than thanks.
 * @example isPlainThankYou('Works now, thanks!', ['thanks', 'works now']) // true
 * @example isPlainThankYou('Thanks, but it broke again', ['thanks']) // false
 */
export const isPlainThankYou = (text: string, phrases: readonly string[]): boolean => {
  if (text.includes('?') || text.trim().length > maxLength) return false;

  let rest = ` ${foldWords(text)} `;
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
