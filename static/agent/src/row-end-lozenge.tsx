import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Box } from '@atlaskit/primitives/compiled';
import type { CSSProperties } from 'react';

/** Props of {@link RowEndLozenge}. */
export interface RowEndLozengeProps {
  /** The lozenge's colour, by what it says. */
  appearance: ThemeAppearance;
  /** The word it shows ('Missed'). */
  text: string;
  testId?: string;
}

// Beside a name long enough to wrap, a lozenge free to shrink would cut its word ("Miss…").
const keepWholeStyle = { flexShrink: 0 } satisfies CSSProperties;

/** A state's lozenge at the end of a row: it keeps its whole word, however long the row's name. */
export const RowEndLozenge = ({
  appearance,
  text,
  testId = 'row-end-lozenge',
}: RowEndLozengeProps) => (
  <Box style={keepWholeStyle} testId={testId}>
    <Lozenge appearance={appearance}>{text}</Lozenge>
  </Box>
);
