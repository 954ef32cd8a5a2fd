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

/**
 * The plain text of an Atlassian document (or of a string body): its text nodes, one line per
 * block. An absent or unreadable body gives ''.
 * @example readDocumentText(toDocument('Works now')) // 'Works now'
 */
export const readDocumentText = (node: unknown): string => {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return '';
  const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown };
  if (type === 'text') return typeof text === 'string' ? text : '';

  const parts = Array.isArray(content) ? content.map(readDocumentText) : [];
  return parts.join(type === 'doc' ? '\n' : '');
};
