import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Stack } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId } from 'react';

import type { StatusExplanation } from '../../../src/contracts/status-guide';

/** Props of {@link CustomerViewPreview}. */
export interface CustomerViewPreviewProps {
  /** The explanation the customer's portal panel shows for the current status. */
  explanation: StatusExplanation;
  testId?: string;
}

const previewStyle = {
  margin: 0,
  padding: token('space.150'),
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  columnGap: token('space.150'),
  rowGap: token('space.100'),
  alignItems: 'baseline',
} satisfies CSSProperties;

const termStyle = { color: token('color.text.subtle') } satisfies CSSProperties;

const detailStyle = { margin: 0 } satisfies CSSProperties;

/** A compact preview of what the customer reads in the portal about the current status. */
export const CustomerViewPreview = ({
  explanation,
  testId = 'customer-view-preview',
}: CustomerViewPreviewProps) => {
  const headingId = useId();

  return (
    <Stack space="space.100" testId={testId}>
      <Heading size="xsmall" as="h2" id={headingId}>
        What the customer sees
      </Heading>
      <dl style={previewStyle} aria-labelledby={headingId}>
        <dt style={termStyle}>Status</dt>
        <dd style={detailStyle}>
          <Lozenge>{explanation.statusName}</Lozenge>
        </dd>
        <dt style={termStyle}>Headline</dt>
        <dd style={detailStyle}>{explanation.headline}</dd>
        <dt style={termStyle}>Who acts next</dt>
        <dd style={detailStyle}>{explanation.actsNextLabel}</dd>
        <dt style={termStyle}>Waits on the customer</dt>
        <dd style={detailStyle}>
          {explanation.waitsOnCustomer ? <Lozenge appearance="moved">Yes</Lozenge> : 'No'}
        </dd>
      </dl>
    </Stack>
  );
};
