import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

/** Props of {@link TextList}. */
export interface TextListProps {
  /** The lines to list, each shown as plain text. */
  items: readonly string[];
  /** Id of the heading that names the list. */
  labelledBy: string;
  testId?: string;
}

const listStyle = {
  margin: 0,
  paddingInlineStart: token('space.300'),
  display: 'grid',
  gap: token('space.050'),
} satisfies CSSProperties;

/** A bulleted list of short lines, named by the heading above it; renders nothing when empty. */
export const TextList = ({ items, labelledBy, testId = 'text-list' }: TextListProps) => {
  if (items.length === 0) {
    return null;
  }

  return (
    <ul style={listStyle} aria-labelledby={labelledBy} data-testid={testId}>
      {items.map((item, index) => (
        // Lines may repeat, so the position keeps keys unique.
        <li key={`${index}:${item}`}>{item}</li>
      ))}
    </ul>
  );
};
