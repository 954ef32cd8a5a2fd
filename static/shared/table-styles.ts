import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

/** A table as wide as its panel, its cells' borders joined. */
export const tableStyle = { borderCollapse: 'collapse', width: '100%' } satisfies CSSProperties;

/** A table cell: padded, a line under it, its content at the top and the start. */
export const cellStyle = {
  padding: token('space.100'),
  borderBottom: `1px solid ${token('color.border')}`,
  textAlign: 'left',
  verticalAlign: 'top',
} satisfies CSSProperties;
