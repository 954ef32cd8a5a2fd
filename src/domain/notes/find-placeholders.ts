// Spaces inside the braces ("{ company }") are forgiven: an admin means the same placeholder.
const placeholderExpression = /\{[ \t]*([^{}\s]{1,40})[ \t]*\}/g;

/**
 * The names written in braces in a note's wording, in order, repeats kept, spaces around a name
 * forgiven; a brace that opens no name ("{ }", a lone "{") is plain text.
 * @example findPlaceholders('Back with { company }: {portal}') // ['company', 'portal']
 */
export const findPlaceholders = (wording: string): string[] =>
  [...wording.matchAll(placeholderExpression)].map((match) => match[1] ?? '');

/**
 * Puts each value in place of its placeholder in one pass, so a value that itself holds braces
 * is never filled again; `{company}` is capitalised where it starts a sentence. A name with no
 * value is left as written.
 * @example fillPlaceholders('{company} will call: {phone}', { company: 'acme', phone: '021' })
 *   // 'Acme will call: 021'
 */
export const fillPlaceholders = (
  wording: string,
  values: Readonly<Record<string, string>>,
): string =>
  wording.replace(placeholderExpression, (match, name: string, offset: number) => {
    const value = values[name];
    if (value === undefined) return match;
    if (name !== 'company') return value;

    const before = wording.slice(0, offset);
    const startsSentence = before.trim() === '' || /[.!?]\s*$/.test(before);
    return startsSentence ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
