/**
 * Folds text for matching words: case, apostrophes, punctuation, emoji and spacing do not count.
 * @example foldWords("Works now — thanks!! 🙏") // 'works now thanks'
 */
export const foldWords = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
