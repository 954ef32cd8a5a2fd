import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

const plainList = { margin: 0, padding: 0, listStyle: 'none', display: 'grid' } as const;

/**
 * A list without bullets or indent whose items stand apart by a token's space: `compact` for
 * rows of a line or two, `roomy` for rows with details beneath.
 */
export const plainListStyles = {
  compact: { ...plainList, gap: token('space.150') },
  roomy: { ...plainList, gap: token('space.200') },
} satisfies Record<string, CSSProperties>;
