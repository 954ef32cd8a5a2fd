import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { Children, type ReactNode, useId } from 'react';

import { TextList } from './text-list';

/** Props of {@link GuideSection}. */
export interface GuideSectionProps {
  /** The section's heading ("What happens next"). */
  title: string;
  /** A paragraph to show under the heading. */
  text?: string;
  /** Lines to list under the heading (after the paragraph, when both are given). */
  items?: readonly string[];
  /** More to show after the paragraph and the list (the facts that belong to the section). */
  children?: ReactNode;
  testId?: string;
}

/** A titled part of the guide: a small heading, then a paragraph, a list, more content or all. */
export const GuideSection = ({
  title,
  text = '',
  items = [],
  children,
  testId = 'guide-section',
}: GuideSectionProps) => {
  const headingId = useId();
  const paragraph = text.trim();

  if (paragraph === '' && items.length === 0 && !hasContent(children)) {
    return null;
  }

  return (
    <Stack space="space.075" testId={testId}>
      <Heading size="xsmall" as="h3" id={headingId}>
        {title}
      </Heading>
      {paragraph === '' ? null : <Text as="p">{paragraph}</Text>}
      <TextList items={items} labelledBy={headingId} />
      {children}
    </Stack>
  );
};

const hasContent = (children: ReactNode): boolean =>
  Children.toArray(children).some((child) => child !== '');
