/** A mail client's header above the message it quotes. */
const quoteHeaders = [/^\s*On\b.{0,200}\bwrote:\s*$/i, /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i];

/** Outlook's header: a "From:" line with "Sent:" or "Date:" right below it. */
const outlookFrom = /^\s*From:\s.+$/i;
const outlookSent = /^\s*(?:Sent|Date):\s.+$/i;

/** Gmail wraps a long "On … wrote:" line, so the header may end on the line after. */
const wrappedHeaderStart = /^\s*On\b.{0,200}$/i;
const wrappedHeaderEnd = /^.{0,120}\bwrote:\s*$/i;

/**
 * The text a person wrote in an email reply: lines quoted with ">" are dropped, and so is
 * everything from a mail client's "On … wrote:" (or "Original Message") header on. A text
 * without quoting comes back trimmed; an all-quoted text gives ''.
 * @example stripQuotedHistory('Thanks\n\nOn Tue, Support wrote:\n> Resolved') // 'Thanks'
 */
export const stripQuotedHistory = (text: string): string => {
  const lines = text.split(/\r?\n/);

  const headerAt = lines.findIndex(
    (line, index) =>
      quoteHeaders.some((header) => header.test(line)) ||
      (outlookFrom.test(line) && outlookSent.test(lines[index + 1] ?? '')) ||
      (wrappedHeaderStart.test(line) && wrappedHeaderEnd.test(lines[index + 1] ?? '')),
  );
  const written = headerAt === -1 ? lines : lines.slice(0, headerAt);

  return written
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n')
    .trim();
};
