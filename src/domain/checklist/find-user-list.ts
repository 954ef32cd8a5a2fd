const introExpression =
  /\b(?:users? affected|affected users?|users? who (?:are|is) affected|(?:the )?users? (?:are|is))\s*(?:are|is)?\s*[:-]?\s*([^\n.]{2,300})/i;

const emailExpression = /[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/**
 * The users affected named in a text: what follows "users affected" (or "affected users:"), else
 * two or more email addresses; null when there are none.
 * @example findUserList('Users affected: Sam, Priya') // 'Sam, Priya'
 */
export const findUserList = (text: string): string | null => {
  const intro = introExpression.exec(text)?.[1]?.trim();
  if (intro !== undefined && intro.length > 0) return intro;

  const emails = text.match(emailExpression) ?? [];
  return emails.length >= 2 ? emails.join(', ') : null;
};
