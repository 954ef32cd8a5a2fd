/**
 * Puts the company name in place of `{company}`, capitalised at the start of a sentence.
 * @example fillCompany('{company} will call.', 'acme') // 'Acme will call.'
 */
export const fillCompany = (text: string, companyName: string): string =>
  text.replace(/\{company\}/g, (_match, offset: number) => {
    const before = text.slice(0, offset);
    const startsSentence = before.trim() === '' || /[.!?]\s*$/.test(before);
    return startsSentence
      ? companyName.charAt(0).toUpperCase() + companyName.slice(1)
      : companyName;
  });
