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
 * The plain text of an Atlassian Document (a comment body, a description), one line per block;
 * a plain string is returned as it is, anything else gives ''.
 * @example documentText({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }] }) // 'Hi'
 */
export const documentText = (document: unknown): string =>
  typeof document === 'string' ? document : textOf(document).trim();
