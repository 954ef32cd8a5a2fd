import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { ReactNode } from 'react';

/** Props of {@link RuleBlock}. */
export interface RuleBlockProps {
  title: string;
  description: string;
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
  /** The rule's parameters, shown while it is on. */
  children?: ReactNode;
  testId?: string;
}

/** One rule: its switch, what it does, and its parameters while it is on. */
export const RuleBlock = ({
  title,
  description,
  enabled,
  onToggle,
  children,
  testId,
}: RuleBlockProps) => (
  <Stack space="space.100" {...(testId === undefined ? {} : { testId })}>
    <Heading size="xsmall" as="h2">
      {title}
    </Heading>
    <Text as="p" color="color.text.subtle">
      {description}
    </Text>
    <Checkbox
      label={`Use “${title}”`}
      isChecked={enabled}
      onChange={(event) => {
        onToggle(event.currentTarget.checked);
      }}
    />
    {enabled ? children : null}
  </Stack>
);
