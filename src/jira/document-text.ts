/** A paragraph of plain text in Atlassian Document Format, as Jira's comment body takes it. */
export interface TextDocument {
  type: 'doc';
  version: 1;
  content: { type: 'paragraph'; content: { type: 'text'; text: string }[] }[];
}

/**
 * Writes plain text as a one-paragraph Atlassian document.
 * @example toDocument('Hi').content[0]?.content[0]?.text // 'Hi'
 */
export const toDocument = (text: string): TextDocument => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

interface DocumentNode {
  type?: unknown;
  text?: unknown;
  content?: unknown;
}

const blockTypes = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock']);

const textOf = (node: unknown): string => {
  if (node === null || typeof node !== 'object') return '';
  const { type, text, content } = node as DocumentNode;
  if (typeof text === 'string') return text;
  if (type === 'hardBreak') return '\n';
  const inner = Array.isArray(content) ? content.map(textOf).join('') : '';
  return typeof type === 'string' && blockTypes.has(type) ? `${inner}\n` : inner;
};

/**
 * The plain text of an Atlassian document (a comment body, a description), one line per block;
 * a plain string is returned as it is, anything else gives ''.
 * @example readDocumentText(toDocument('Works now')) // 'Works now'
 */
export const readDocumentText = (document: unknown): string =>
  typeof document === 'string' ? document : textOf(document).trim();
