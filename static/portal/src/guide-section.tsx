import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId } from 'react';

import { TextList } from './text-list';

/** Props of {@link GuideSection}. */
export interface GuideSectionProps {
  /** The section's heading ("What happens next"). */
  title: string;
  /** A paragraph to show under the heading. */
  text?: string;
  /** Lines to list under the heading (after the paragraph, when both are given). */
  items?: readonly string[];
  testId?: string;
}

/** A titled part of the guide: a small heading, then a paragraph, a list or both. */
export const GuideSection = ({
  title,
  text = '',
  items = [],
  testId = 'guide-section',
}: GuideSectionProps) => {
  const headingId = useId();
  const paragraph = text.trim();

  if (paragraph === '' && items.length === 0) {
    return null;
  }

  return (
    <Stack space="space.075" testId={testId}>
      <Heading size="xsmall" as="h3" id={headingId}>
        {title}
      </Heading>
      {paragraph === '' ? null : <Text as="p">{paragraph}</Text>}
      <TextList items={items} labelledBy={headingId} />
    </Stack>
  );
};
