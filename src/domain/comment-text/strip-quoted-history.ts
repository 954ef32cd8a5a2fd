/**
 * A mail client's header above the message it quotes, as Gmail, Apple Mail and Thunderbird write
 * it in English, French, German and Spanish ("On … wrote:", "Le … a écrit :", "Am … schrieb …:",
 * "El … escribió:"), or Outlook's "Original Message" rule. The French, German and Spanish
 * openings are also everyday words ("Am Montag schrieb der Fahrer:"), so those headers must
 * carry the date or time every client writes into them.
 */
const quoteHeaders = [
  // A mail client's header carries the date or time; a customer's own "On Monday he wrote:" does not.
  /^\s*On\b(?=.*\d).{0,200}\bwrote:\s*$/i,
  /^\s*Le\b(?=.*\d).{0,200}\ba\s+écrit\s*:\s*$/iu,
  /^\s*Am\b(?=.*\d).{0,200}\bschrieb\b.{0,200}:\s*$/iu,
  /^\s*El\b(?=.*\d).{0,200}\bescribió\s*:\s*$/iu,
  /^\s*-{2,}\s*(?:Original Message|Message d['’]origine|Ursprüngliche Nachricht|Mensaje original)\s*-{2,}\s*$/iu,
];

/** Outlook's header: a "From:" line with "Sent:" or "Date:" right below it, in each language. */
const outlookFrom = /^\s*(?:From|De|Von)\s*:\s.+$/iu;
const outlookSent = /^\s*(?:Sent|Date|Envoyé|Gesendet|Datum|Enviado(?: el)?|Fecha)\s*:\s.+$/iu;

/** The clients wrap a long header line, so a header may end on the line after its start. */
const headerStart = /^\s*(?:On|Le|Am|El)\b/i;
const maxHeaderLine = 200;

const isHeader = (line: string) => quoteHeaders.some((header) => header.test(line));

/**
 * The text a person wrote in an email reply: lines quoted with ">" are dropped, and so is
 * everything from a mail client's quote header on ("On … wrote:", "Le … a écrit :", "Am …
 * schrieb …:", "El … escribió:", Outlook's "From:"/"De :"/"Von:" block or "Original Message"
 * rule). A text without quoting comes back trimmed; an all-quoted text gives ''.
 * @example stripQuotedHistory('Thanks\n\nOn Tue, Support wrote:\n> Resolved') // 'Thanks'
 * @example stripQuotedHistory('Merci\nLe mar. 1 déc., Support a écrit :\n> Résolu') // 'Merci'
 */
export const stripQuotedHistory = (text: string): string => {
  const lines = text.split(/\r?\n/);

  const headerAt = lines.findIndex((line, index) => {
    const next = lines[index + 1] ?? '';
    return (
      isHeader(line) ||
      (outlookFrom.test(line) && outlookSent.test(next)) ||
      (headerStart.test(line) &&
        line.length <= maxHeaderLine &&
        next.trim() !== '' &&
        isHeader(`${line} ${next.trim()}`))
    );
  });
  const written = headerAt === -1 ? lines : lines.slice(0, headerAt);

  return written
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n')
    .trim();
};
