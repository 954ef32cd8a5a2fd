import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

/** Props of {@link NotePreview}. */
export interface NotePreviewProps {
  /** The note as the customer reads it, filled with sample data. */
  text: string;
  testId?: string;
}

const frameStyle = {
  border: `1px solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  padding: token('space.150'),
  background: token('elevation.surface.raised'),
  // The note is plain text: its line breaks are the customer's too.
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} satisfies CSSProperties;

/** A note as it reaches the conversation: its text as typed, markup included, never rendered. */
export const NotePreview = ({ text, testId = 'note-preview' }: NotePreviewProps) => (
  <Stack space="space.050" testId={testId}>
    <Text size="small" weight="bold" color="color.text.subtle">
      What the customer reads (sample data)
    </Text>
    <Box style={frameStyle}>
      <Text as="p">{text}</Text>
    </Box>
  </Stack>
);
