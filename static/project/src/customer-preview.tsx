import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import type { ProjectConfig } from '../../../src/contracts/project';
import { catalogueOf } from '../../../src/domain/catalogue/catalogue-of-preset';
import { explainStatus } from '../../../src/domain/catalogue/explain-status';
import { RequestGuide } from '../../portal/src/request-guide';

/** Props of {@link CustomerPreview}. */
export interface CustomerPreviewProps {
  draft: ProjectConfig;
  entryId: string;
  /** The request type previewed; null for the words every request type shares. */
  requestTypeId: string | null;
  testId?: string;
}

const frameStyle = {
  border: `1px solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  padding: token('space.200'),
  background: token('elevation.surface.raised'),
} satisfies CSSProperties;

/**
 * The customer's panel for a request in the entry's status, drawn by the portal's own component
 * from the draft: its preset, company name, reopen rule and wording overrides, before saving.
 */
export const CustomerPreview = ({
  draft,
  entryId,
  requestTypeId,
  testId = 'customer-preview',
}: CustomerPreviewProps) => {
  const catalogue = catalogueOf(draft);
  const entry = catalogue.find((candidate) => candidate.id === entryId);
  if (entry === undefined) return null;

  // The preview names the entry itself, so whatever the workflow calls it, it shows this entry.
  const explanation = explainStatus(
    { name: entry.name, category: entry.category },
    catalogue,
    { ...draft, statusMapping: {} },
    { requestTypeId, isDispatched: false },
  );

  return (
    <Stack space="space.100" testId={testId}>
      <Heading size="xsmall" as="h2">
        What the customer reads
      </Heading>
      <Text size="small" color="color.text.subtlest">
        Preview, with no promise date or recorded details.
      </Text>
      <Box style={frameStyle}>
        <RequestGuide
          guide={{
            requestKey: 'PREVIEW-1',
            companyName: draft.companyName,
            explanation,
            promiseDue: null,
            facts: {},
            roadAhead: [],
          }}
          reader={{}}
        />
      </Box>
    </Stack>
  );
};
