import { screen, within } from '@testing-library/react';

/** The list items of the list named by a heading ('Promises'), waiting for the list to show. */
export const findListItems = async (name: string): Promise<HTMLElement[]> =>
  within(await screen.findByRole('list', { name })).getAllByRole('listitem');

/** The text of the definition that follows a term inside an element; throws when it has none. */
export const definitionText = (container: HTMLElement, term: string): string => {
  const termElement = within(container).getByText(term, { selector: 'dt' });
  const definition = termElement.nextElementSibling;
  if (definition?.tagName !== 'DD') {
    throw new Error(`The term ${term} has no definition`);
  }
  return normaliseSpaces(definition.textContent);
};

/** Text with ICU's narrow and no-break spaces (before am/pm in some locales) as plain spaces. */
export const normaliseSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();
