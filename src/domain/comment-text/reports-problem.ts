import { foldWords } from './fold-words';

/**
 * Words and phrases that report a fault, in the languages customers write to the desk in (folded:
 * lower case, no apostrophes, spaces for punctuation). Words that also fill an automatic reply
 * or a signature are deliberately absent: "again" ("available again on Monday"), "wieder"
 * ("ab Montag wieder im Büro"), "de nuevo", "à nouveau", "error" (the disclaimer's "received
 * in error"), "urgent" ("for urgent matters call").
 */
const problemWords = [
  // English
  'offline',
  'broke',
  'broken',
  'stopped',
  'dead',
  'died',
  'faulty',
  'failed',
  'failing',
  'crashed',
  'crashing',
  'frozen',
  'fix',
  'repair',
  'not working',
  'isnt working',
  'wasnt working',
  'doesnt work',
  'didnt work',
  'wont work',
  'not reporting',
  'no signal',
  'no power',
  'cant log in',
  'cannot log in',
  // French
  'panne',
  'hors ligne',
  'hors service',
  'cassé',
  'cassée',
  'défectueux',
  'ne marche',
  'marche pas',
  'marche plus',
  'ne fonctionne',
  'fonctionne pas',
  'fonctionne plus',
  'réparer',
  // German
  'kaputt',
  'defekt',
  'ausgefallen',
  'störung',
  'geht nicht',
  'funktioniert nicht',
  'schon wieder',
  'kein signal',
  'reparieren',
  // Spanish
  'no funciona',
  'dejó de funcionar',
  'roto',
  'rota',
  'averiado',
  'averiada',
  'sin señal',
  'sin conexión',
  'otra vez',
  'arreglar',
  // te reo Māori
  'pakaru',
];

const fold = foldWords;

const folded = problemWords.map(fold);

/**
 * True when a text reports a problem or asks something: it holds a question mark, or a word or
 * phrase (whole words, without regard to case or punctuation) that says something is broken or
 * needs fixing, in English, French, German, Spanish or te reo Māori; false otherwise, and for ''.
 * @example reportsProblem('The tracker in van 12 stopped again.') // true
 * @example reportsProblem('I am out of the office until Monday.') // false
 */
export const reportsProblem = (text: string): boolean => {
  if (text.includes('?')) return true;
  const words = ` ${fold(text)} `;

  return folded.some((phrase) => words.includes(` ${phrase} `));
};
