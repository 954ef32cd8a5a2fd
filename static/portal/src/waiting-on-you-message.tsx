import { Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';

import { GuideSection } from './guide-section';

/** Props of {@link WaitingOnYouMessage}. */
export interface WaitingOnYouMessageProps {
  /** The status in plain words. */
  headline: string;
  /** What the customer can do now to move the request on. */
  customerCanDo: readonly string[];
  testId?: string;
}

const fallbackAction = 'Reply on this request with the details we asked for.';

/** The warning that leads the guide when the request waits on the customer. */
export const WaitingOnYouMessage = ({
  headline,
  customerCanDo,
  testId = 'waiting-on-you-message',
}: WaitingOnYouMessageProps) => {
  const actions = customerCanDo.length > 0 ? customerCanDo : [fallbackAction];

  return (
    <SectionMessage
      appearance="warning"
      title="Your action is needed"
      headingLevel="h2"
      testId={testId}
    >
      <Stack space="space.150">
        <Text as="p">{headline}</Text>
        <GuideSection title="What you can do now" items={actions} />
      </Stack>
    </SectionMessage>
  );
};
