/** A line that closes a message ("Kind regards,", "Cheers", "Ngā mihi"). */
const signOffLine =
  /^\s*(?:(?:kind|best|warm|many)\s+)?(?:regards|wishes|thanks|cheers|sincerely|best|br|ngā mihi|nga mihi|yours(?:\s+\w+)?)\s*[,.!]?\s*$/iu;

/** A line of a signature block: a name or title in capitals, or a phone, email or web address. */
const signatureLine =
  /^\s*(?:(?:[\p{Lu}][\p{L}'’.-]*|&|\|)\s*){1,5}$|[\w.+-]+@[\w-]+\.|\+?\d[\d ()-]{6,}|https?:\/\/|www\./u;

/** Mobile mail apps add these to every message. */
const deviceFooter = /\s*\b(?:sent from my [\p{L}\p{N} ]+|get outlook for [\p{L} ]+)\s*$/iu;

/** A signature holds a few short lines at most; more is a message. */
const maxSignatureLines = 5;

/**
 * The text without what closes an email: a device footer ("Sent from my iPhone"), a "-- "
 * signature and the name block under a sign-off line (the sign-off line itself stays). A text
 * without any comes back trimmed.
 * @example stripSignOff('Thanks!\n\nKind regards,\nCasey Customer') // 'Thanks!\n\nKind regards,'
 */
export const stripSignOff = (text: string): string => {
  const delimiterAt = text.search(/^-- ?$/m);
  const unsigned = delimiterAt === -1 ? text : text.slice(0, delimiterAt);
  const lines = unsigned.split(/\r?\n/).map((line) => line.replace(deviceFooter, ''));

  const signOffAt = lines.findIndex((line, index) => {
    const below = lines.slice(index + 1).filter((rest) => rest.trim() !== '');
    return (
      signOffLine.test(line) &&
      below.length <= maxSignatureLines &&
      below.every((rest) => signatureLine.test(rest) && rest.trim().length <= 80)
    );
  });
  const kept = signOffAt === -1 ? lines : lines.slice(0, signOffAt + 1);

  return kept.join('\n').trim();
};
