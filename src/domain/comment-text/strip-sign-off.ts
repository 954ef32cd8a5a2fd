import { reportsProblem } from './reports-problem';

/**
 * A line that closes a message, in the languages the desk's customers write in ("Kind regards,",
 * "Cheers", "Cordialement", "Viele Grüße", "Un saludo", "Ngā mihi", "Nāku noa, nā").
 */
const signOffLine =
  /^\s*(?:(?:(?:kind|best|warm|many)\s+)?(?:regards|wishes|thanks|cheers|sincerely|best|br|yours(?:\s+\w+)?)|(?:bien\s+)?cordialement|bien à (?:vous|toi)|(?:mit )?(?:freundlichen|viele|beste|liebe|herzliche) grüße|(?:viele )?grüße|gruß|lg|mfg|(?:un )?saludos?(?: cordiales)?|atentamente|ngā mihi|nga mihi|nāku noa(?:,? nā)?|naku noa(?:,? na)?)\s*[,.!]?\s*$/iu;

/** How a signature labels a contact: "M:", "Mob", "Tel.", "Email:", "Tél :", "Handy:", "Móvil:". */
const contactLabel =
  /(?:m|mob|mobile|cell|ph|phone|p|t|tel|telephone|ddi|fax|o|office|e|email|e-mail|w|web|tél|portable|courriel|telefon|handy|mobil|teléfono|móvil|correo)\.?\s*:?\s*/
    .source;

/** A phone number, an email address or a web address. */
const contact = /(?:\+?\(?\d[\d ().-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+)/
  .source;

/** A line of contacts and nothing else, each with its label if any: "M: 021 555 0192 | casey@…". */
const contactLine = new RegExp(
  `^\\s*(?:${contactLabel})?${contact}(?:\\s*[|·,/]\\s*(?:${contactLabel})?${contact})*\\s*$`,
  'iu',
);

/**
 * A name, title or company: a few capitalised words, with "&", "|" or a surname's particle
 * ("van", "de", "von") between them.
 */
const nameLine =
  /^\s*(?:(?:[\p{Lu}][\p{L}'’.-]*|&|\||·|van|der|de|du|la|le|von|di|da|del)\s*){1,5}$/u;

/** A name in capitals is short: "CASEY CUSTOMER", "ACME FLEET LTD". */
const maxCapitalWords = 4;

/** Words of a sentence, never of a name, title or company ("CALL ME ASAP", "Still Down"). */
const sentenceWords = new Set([
  'again',
  'asap',
  'call',
  'down',
  'help',
  'is',
  'it',
  'me',
  'no',
  'not',
  'now',
  'please',
  'still',
  'today',
  'urgent',
  'working',
]);

/**
 * Whether a line can belong to a signature block: a contact line, or a short name, title or
 * company line that holds no word of a sentence and reports no problem. A sentence that only
 * contains a number or an address ("It died again, call 021 555 1234") is written text.
 */
const isSignatureLine = (line: string): boolean => {
  const trimmed = line.trim();
  if (trimmed.length > 80 || reportsProblem(trimmed)) return false;
  if (contactLine.test(trimmed)) return true;
  if (!nameLine.test(trimmed)) return false;

  const words = trimmed.split(/[^\p{L}'’]+/u).filter((word) => /\p{L}/u.test(word));
  const isCapitals = !/\p{Ll}/u.test(trimmed);
  if (isCapitals && words.length > maxCapitalWords) return false;
  return words.every((word) => !sentenceWords.has(word.toLowerCase()));
};

/** Mobile mail apps add these to every message. */
const deviceFooter = /\s*\b(?:sent from my [\p{L}\p{N} ]+|get outlook for [\p{L} ]+)\s*$/iu;

/** A signature holds a few short lines at most; more is a message. */
const maxSignatureLines = 5;

/**
 * The text without what closes an email: a device footer ("Sent from my iPhone"), a "-- "
 * signature and the name block under a sign-off line (the sign-off line itself stays). A name
 * block holds only names, titles, companies and contact lines; a line under the sign-off that
 * reports a problem or is a sentence ("It died again, call 021 555 1234", "UNIT OFFLINE AGAIN")
 * keeps the whole close as written. A text without any comes back trimmed.
 * @example stripSignOff('Thanks!\n\nKind regards,\nCasey Customer') // 'Thanks!\n\nKind regards,'
 */
export const stripSignOff = (text: string): string => {
  // A problem written under the "-- " delimiter is still the customer's message.
  const delimiterAt = text.search(/^-- ?$/m);
  const isSignature = delimiterAt !== -1 && !reportsProblem(text.slice(delimiterAt));
  const unsigned = isSignature ? text.slice(0, delimiterAt) : text;
  const lines = unsigned.split(/\r?\n/).map((line) => line.replace(deviceFooter, ''));

  const signOffAt = lines.findIndex((line, index) => {
    const below = lines.slice(index + 1).filter((rest) => rest.trim() !== '');
    return (
      signOffLine.test(line) && below.length <= maxSignatureLines && below.every(isSignatureLine)
    );
  });
  const kept = signOffAt === -1 ? lines : lines.slice(0, signOffAt + 1);

  return kept.join('\n').trim();
};
